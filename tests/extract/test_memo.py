"""Answers kept per document (round 18, throughput): asked again, a lookup answers alike and runs once."""

from __future__ import annotations

from sitreps.annotate.nlp import load_nlp
from sitreps.extract.memo import MEMO_KEY, per_document
from sitreps.extract.place_lookup import resolve_place
from sitreps.extract.placename import toponym_in
from sitreps.resolve.gazetteer import get_gazetteer

TEXT = ("Gunmen on motorbikes attacked the village of Koumbri in Burkina Faso's Yatenga province on "
        "Sunday, and a second group raided a market in the town of Djibo later that day, residents said.")


def test_a_lookup_runs_once_per_span_and_arguments() -> None:
    calls: list[tuple[int, int, str]] = []

    @per_document
    def echo(span, word: str, countries: list[str]) -> tuple[int, int, str]:  # type: ignore[no-untyped-def]
        calls.append((span.start, span.end, word))
        return span.start, span.end, word

    doc = load_nlp()(TEXT)
    assert echo(doc[0:2], "a", ["Mali"]) == echo(doc[0:2], "a", ("Mali",)) == (0, 2, "a")
    assert len(calls) == 1  # a list and a tuple of the same countries are one question
    echo(doc[0:3], "a", ["Mali"])  # near misses: another span, another argument, another document
    echo(doc[0:2], "b", ["Mali"])
    echo(doc[0:2], "a", ["Niger"])
    echo(load_nlp()(TEXT)[0:2], "a", ["Mali"])
    assert len(calls) == 5


def test_a_place_phrase_resolves_alike_from_memory() -> None:
    doc = load_nlp()(TEXT)
    gazetteer = get_gazetteer()
    phrases = [doc.char_span(TEXT.index(s), TEXT.index(s) + len(s), alignment_mode="expand")
               for s in ("the village of Koumbri in Burkina Faso's Yatenga province", "in the town of Djibo")]
    first = [resolve_place(p, TEXT, gazetteer, ["Burkina Faso"]) for p in phrases]
    assert MEMO_KEY in doc.user_data
    again = [resolve_place(p, TEXT, gazetteer, ("Burkina Faso",)) for p in phrases]
    fresh = [resolve_place.__wrapped__(p, TEXT, gazetteer, ["Burkina Faso"]) for p in phrases]  # type: ignore[attr-defined]
    assert first == again == fresh
    assert all(a is b for a, b in zip(first, again, strict=True))
    assert first[1] is not None and first[1].name == "Djibo"
    assert toponym_in(phrases[1]) is not None and toponym_in(phrases[1]).text == "Djibo"
