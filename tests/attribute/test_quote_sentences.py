"""The sentences a quotation touches, found in one pass, are those its tokens' ``.sent`` name."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from sitreps.attribute.speakers import _sentences_touching

# Fiction in news style, written for this test.
ARTICLE = (
    "KORVANE — \"We will not leave the valley,\" a farmer told reporters on Monday. Militia fighters "
    "shelled the market at dawn, residents said.\n\n\"The shells fell near the school. Nobody came "
    "to help us,\" said Irma Delko, a teacher. The provincial governor said an inquiry would follow."
)


def _by_token_sent(doc: Doc, open_at: int, close_at: int) -> list[tuple[int, int]]:
    """The reference: ask every token in the range for its sentence."""
    found = {tok.sent.start: tok.sent for tok in doc if open_at <= tok.idx <= close_at}
    return [(s.start, s.end) for s in found.values()]


def test_same_sentences_as_asking_each_token(parse: Callable[[str], Doc]) -> None:
    doc = parse(ARTICLE)
    bounds = sorted({0, len(ARTICLE), *(t.idx for t in doc), *(t.idx + len(t) for t in doc)})
    for open_at in bounds[::3]:
        for close_at in (open_at, open_at + 1, open_at + 40, open_at + 120):
            got = [(s.start, s.end) for s in _sentences_touching(doc, open_at, close_at)]
            assert got == _by_token_sent(doc, open_at, close_at), (open_at, close_at)


def test_a_quotation_across_sentences_touches_each(parse: Callable[[str], Doc]) -> None:
    doc = parse(ARTICLE)
    open_at = ARTICLE.index("\"The shells")
    close_at = ARTICLE.index("us,\"") + 3
    touched = _sentences_touching(doc, open_at, close_at)
    assert len(touched) >= 2
    assert touched[0].text.startswith("\"The shells")
