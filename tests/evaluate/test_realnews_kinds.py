"""Error kinds: each wrong field of a best row is counted by why it is wrong, naming no article.

The article is fiction written for this test; its gold is made wrong on purpose in every field, so
each field lands in a known kind through the real pipeline (ingest, process, link, match).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitreps.evaluate.realnews import run_pipeline
from sitreps.evaluate.realnews_gold import GoldEvent, GoldPlace, GoldSet
from sitreps.evaluate.realnews_kind_pairs import ASPECTS, _part_and_host, _refusal
from sitreps.evaluate.realnews_kinds import PLACE_ASPECTS, Kinds, _lost_vote, error_kinds, render_kinds
from sitreps.evaluate.realnews_scores import score_rows
from sitreps.models import (
    DatePrecision,
    Event,
    EventMention,
    FieldCandidate,
    FieldConsensus,
    Place,
    PlacePrecision,
    Span,
    TimeRef,
)

ARTICLE = ("Title: Gunmen kill five in Maiduguri\n\n"
           "Gunmen killed five villagers in Maiduguri on Saturday, police said. The attackers fled on "
           "motorcycles.\n")
LAGOS = GoldPlace("Lagos", 6.45, 3.39, "exact", 10, "NG")


def kinds_of(folder: Path, text: str, gold_event: GoldEvent) -> Kinds:
    """The error kinds of one article through the real pipeline, scored against one gold event."""
    article = folder / "a" / "articles" / "01_story.txt"
    article.parent.mkdir(parents=True)
    article.write_text(text, encoding="utf-8")
    gold = GoldSet(folder=folder, articles={"a/01_story.txt": article}, events=[gold_event], neutral={})
    rows, articles = run_pipeline(gold, folder)
    return error_kinds(score_rows(rows, articles, gold))


@pytest.fixture(scope="module")
def kinds(tmp_path_factory: pytest.TempPathFactory) -> Kinds:
    gold_event = GoldEvent(
        id="A1", articles=("a/01_story.txt",), acled_codes=True, sub_event_types=frozenset({"Armed clash"}),
        sub_event_type="Armed clash", event_date="2024-03-02", date_precision="day", place=LAGOS,
        fatalities=None, initiator_terms=("police",), target_terms=(), modality="claimed",
        anchors={"a/01_story.txt": ("Gunmen killed five villagers in Maiduguri on Saturday",)}, description="")
    return kinds_of(tmp_path_factory.mktemp("kinds"), ARTICLE, gold_event)


def test_each_wrong_field_is_counted_by_its_kind(kinds: Kinds) -> None:
    assert kinds[("sub_event_type", "Armed clash coded as Attack")] == 1
    assert kinds[("date", "missing (article has no publication date)")] == 1
    assert kinds[("fatalities", "toll where gold has none")] == 1
    assert kinds[("place", "beyond tolerance")] == 1
    assert kinds[("initiator", "wrong")] == 1
    assert kinds[("initiator wrong, by row type", "Attack")] == 1
    assert kinds[("initiator wrong, where from", "named in a sentence that tells the event")] == 1
    assert kinds[("target", "named where gold has none")] == 1
    assert kinds[("modality", "reported for claimed")] == 1


def test_the_table_names_kinds_and_counts_only(kinds: Kinds) -> None:
    table = render_kinds(kinds)
    assert "| date | missing (article has no publication date) | 1 |" in table
    assert "Maiduguri" not in table and "villagers" not in table
    fields = [line.split(" | ")[0].strip("| ") for line in table.splitlines()[2:]]
    assert fields == sorted(fields, key=["sub_event_type", "place", *(f"place wrong, {a}" for a in PLACE_ASPECTS),
                                         "date", "fatalities", "initiator",
                                         "initiator wrong, by row type", "initiator swapped, by row type",
                                         "initiator wrong, where from", "target", "target wrong, by row type",
                                         "target swapped, by row type", "target wrong, where from",
                                         "modality", "excess rows", "excess types",
                                         "excess another type, kept apart by", "excess same type, kept apart by",
                                         "excess same type, placed right"].index)


def test_a_wrong_place_is_counted_in_every_aspect(kinds: Kinds) -> None:
    """Round 29: why a place is wrong, in aspects that name nothing of the set (``realnews_place_kinds``)."""
    aspects = {field: kind for (field, kind) in kinds if field.startswith("place wrong, ")}
    assert aspects["place wrong, how far"] == "beyond 500 km", aspects  # Maiduguri to Lagos is some 1,000 km
    assert aspects["place wrong, precision (row / gold)"] == "exact / exact"
    assert aspects["place wrong, how it was placed"] == "found by its name"
    assert aspects["place wrong, the dateline's place"] == "the article has no dateline"
    assert aspects["place wrong, the gold's name"] == "not written in the article, the gazetteer finds it"
    assert aspects["place wrong, a shared name"] == "no shared name"
    assert aspects["place wrong, the row's country"] == "the gold's country"
    assert aspects["place wrong, taken from"] == "a telling of the event"
    assert aspects["place wrong, where the row's place is named"].endswith("in a sentence telling the event")


# Excess rows of one type in one article are counted by the agreement that kept them apart (round 27): the
# headline and lead below put one killing in two cities 500 km apart, and the gold anchors both to one event.
TWO_TOWNS = ("Title: Gunmen kill five villagers in Maiduguri\nPublished: 2024-03-03\n\n"
             "Gunmen killed five villagers in Kano on Saturday, police said.\n")
MAIDUGURI = GoldPlace("Maiduguri", 11.85, 13.16, "exact", 15, "NG")


@pytest.fixture(scope="module")
def kinds_apart(tmp_path_factory: pytest.TempPathFactory) -> Kinds:
    gold_event = GoldEvent(
        id="A1", articles=("a/01_story.txt",), acled_codes=True, sub_event_types=frozenset({"Attack"}),
        sub_event_type="Attack", event_date="2024-03-02", date_precision="day", place=MAIDUGURI,
        fatalities=None, initiator_terms=("gunmen",), target_terms=(), modality="reported",
        anchors={"a/01_story.txt": ("Gunmen kill five villagers in Maiduguri", "Gunmen killed five villagers in Kano")},
        description="")
    return kinds_of(tmp_path_factory.mktemp("kinds_apart"), TWO_TOWNS, gold_event)


def test_two_tellings_in_two_towns_are_kept_apart_by_places(kinds_apart: Kinds) -> None:
    assert kinds_apart[("excess rows", "within one article, same type")] == 1, kinds_apart
    assert kinds_apart[("excess same type, kept apart by", "places: two local places beyond 25 km")] == 1, kinds_apart
    # the gold's place is Maiduguri: the headline's telling is right, the lead's Kano is not; Kano is a town
    # named as its province (Kano State)
    placed = {kind for (field, kind), count in kinds_apart.items() if field == "excess same type, placed right"}
    assert placed & {"the kept row's only, one a town named as its province",
                     "the excess row's only, one a town named as its province"}, placed


# Excess rows of another type are counted by whether their types are two kinds of incident, else by the agreement
# that kept them apart (round 28): the headline's air strike and the lead's killing are both violence, told in two
# cities 500 km apart.
TWO_TYPES = ("Title: Air strike kills five villagers in Maiduguri\nPublished: 2024-03-03\n\n"
             "Gunmen killed five villagers in Kano on Saturday, police said.\n")


@pytest.fixture(scope="module")
def kinds_typed_apart(tmp_path_factory: pytest.TempPathFactory) -> Kinds:
    gold_event = GoldEvent(
        id="A1", articles=("a/01_story.txt",), acled_codes=True, sub_event_types=frozenset({"Attack"}),
        sub_event_type="Attack", event_date="2024-03-02", date_precision="day", place=MAIDUGURI,
        fatalities=None, initiator_terms=("gunmen",), target_terms=(), modality="reported",
        anchors={"a/01_story.txt": ("Air strike kills five villagers in Maiduguri",
                                    "Gunmen killed five villagers in Kano")},
        description="")
    return kinds_of(tmp_path_factory.mktemp("kinds_typed_apart"), TWO_TYPES, gold_event)


def test_two_types_of_one_kind_are_kept_apart_by_their_agreement(kinds_typed_apart: Kinds) -> None:
    assert kinds_typed_apart[("excess rows", "within one article, another type")] == 1, kinds_typed_apart
    assert kinds_typed_apart[("excess another type, kept apart by",
                              "one kind: places: two local places beyond 25 km")] == 1, kinds_typed_apart


def _candidate(value: str, label: str, spans: list[tuple[str, int]], outlets: list[str]) -> FieldCandidate:
    """A candidate told at each (document, offset) of ``spans``, by ``outlets``."""
    return FieldCandidate(value=value, label=label, mention_ids=[f"m{i}" for i in range(len(spans))],
                          document_ids=[d for d, _ in spans], outlets=outlets,
                          evidence=[Span(start=s, end=s + len(label), text=label) for _, s in spans])


def test_a_lost_vote_says_how_the_winner_stood_against_the_gold_actor() -> None:
    """Round 28: the row's vote is counted by outlets, reports, which is told first and what each value is,
    so that a split says which weighing would have kept the gold's actor."""
    winner = _candidate("id:new:fighters", "fighters", [("d1", 300), ("d1", 500)], ["Wire"])
    gold = _candidate("id:xx-varn-front", "Varn Front", [("d1", 0)], ["Wire"])
    initiator = FieldConsensus(field="actor:initiator", value=winner.value, label=winner.label, support=1.0,
                               contradiction=False, candidates=[winner, gold])
    event = Event(id="ev", type="attack_on_civilians", acled=None, plover=None, cameo=None, fields=[initiator],
                  mentions=[], n_documents=1, n_outlets=1, n_originators=1)
    assert _lost_vote(event, ("varn",), "initiator") == {
        "outlets": "as many", "reports": "winner more", "told first": "gold's",
        "values (winner / gold's)": "minted / known party"}


def test_sides_swapped_are_counted_by_row_type(tmp_path: Path) -> None:
    """Round 28: a row whose initiator is the gold's target (and the other way round) is counted by its row
    type, so that a split says which rules of sides to look at."""
    gold_event = GoldEvent(
        id="A1", articles=("a/01_story.txt",), acled_codes=True, sub_event_types=frozenset({"Attack"}),
        sub_event_type="Attack", event_date=None, date_precision="day", place=LAGOS,
        fatalities=None, initiator_terms=("villagers",), target_terms=("gunmen",), modality="reported",
        anchors={"a/01_story.txt": ("Gunmen killed five villagers in Maiduguri on Saturday",)}, description="")
    swapped = kinds_of(tmp_path, ARTICLE, gold_event)
    assert swapped[("initiator swapped, by row type", "Attack")] == 1, swapped
    assert swapped[("target swapped, by row type", "Attack")] == 1, swapped


# Excess rows of two kinds of incident are counted by how the two tellings stand (round 29): one sentence tells a
# gunfight and, chained to it by "after", the arrests that followed; the gold anchors the whole sentence to one event.
TWO_KINDS = ("Title: Police arrest five after gunfight in Kano\nPublished: 2024-03-03\n\n"
             "Police arrested five men in Kano on Saturday after a gunfight with soldiers, officials said.\n")
KANO = GoldPlace("Kano", 12.0, 8.52, "exact", 15, "NG")


@pytest.fixture(scope="module")
def kinds_two_kinds(tmp_path_factory: pytest.TempPathFactory) -> Kinds:
    gold_event = GoldEvent(
        id="A1", articles=("a/01_story.txt",), acled_codes=True, sub_event_types=frozenset({"Arrests"}),
        sub_event_type="Arrests", event_date="2024-03-02", date_precision="day", place=KANO,
        fatalities=None, initiator_terms=("police",), target_terms=(), modality="reported",
        anchors={"a/01_story.txt": ("Police arrested five men in Kano on Saturday after a gunfight with soldiers",)},
        description="")
    return kinds_of(tmp_path_factory.mktemp("kinds_two_kinds"), TWO_KINDS, gold_event)


def test_two_kinds_of_incident_are_counted_by_how_their_tellings_stand(kinds_two_kinds: Kinds) -> None:
    assert kinds_two_kinds[("excess another type, kept apart by", "two kinds of incident")] == 1, kinds_two_kinds
    pairs = {field.removeprefix("excess two kinds, "): kind for (field, kind), count in kinds_two_kinds.items()
             if field.startswith("excess two kinds, ") and count}
    assert pairs["anchors"] == "one anchor holds both", pairs
    assert pairs["quotes"] == "neither", pairs
    assert pairs["rule relating the types"] == "none", pairs
    assert pairs["link groups"] in ("none shared", "shared: unrest"), pairs
    # the body's sentence tells both, so the closest pair of tellings is in one sentence
    assert pairs["sentences"] == "same sentence", pairs
    assert set(pairs) == {*ASPECTS} - {"a part and its fight or raid"}, pairs  # an arrest is no part of a fight
    table = render_kinds(kinds_two_kinds)
    assert "Kano" not in table and "gunfight" not in table


def _told(type_id: str, start: int, place: str | None, day: tuple[str, str] | None) -> EventMention:
    """A mention of ``type_id`` whose trigger starts at ``start``, at a town named ``place``, on ``day``."""
    word = Span(start=start, end=start + 4, text="word")
    spot = Place(text=place, name=place, precision=PlacePrecision.EXACT, evidence=[]) if place else None
    time = TimeRef(start=day[0], end=day[1], precision=DatePrecision.DAY, evidence=[]) if day else None
    return EventMention(id=str(start), type=type_id, acled=None, plover=None, cameo=None, trigger=word,
                        sentence=word, place=spot, time=time, confidence=0.9)


def test_a_part_beside_its_fight_says_how_each_is_placed_and_dated() -> None:
    """Round 29: a withdrawal beside the clash it may be part of is counted by which is told first and how the
    guards of ``battle_strikes`` read them; a pair that no part table relates is not counted."""
    clash = _told("armed_clash", 0, "Varn", ("2024-03-01", "2024-03-02"))
    left = _told("withdrawal", 50, "Varn", None)
    assert _part_and_host(left, clash) == \
        "host told first; host placed exact, a span; part at the host's place, undated"
    assert _part_and_host(_told("arrest", 50, "Varn", None), clash) is None


def test_the_guard_that_refuses_a_part_is_named() -> None:
    """Round 30: beside a clash, which guard of ``retelling.can_retell`` refuses the later telling, and for a part
    the part tables relate, which guard of the fight's place and day (``battle_strikes.part_refusal``)."""
    clash = _told("armed_clash", 0, "Varn", ("2024-03-01", "2024-03-01"))
    month = _told("armed_clash", 0, "Varn", ("2024-03-01", "2024-03-31"))
    assert _refusal(_told("withdrawal", 50, "Varn", None), clash) == "none (order, opener, item or linking)"
    assert _refusal(_told("withdrawal", 50, "Varn", ("2024-03-04", "2024-03-04")), clash) == \
        "two kinds, no fold (part: part of another day)"
    assert _refusal(_told("withdrawal", 50, "Varn", None), month) == \
        "two kinds, no fold (part: host over 31 days, part undated, placed exact, host placed exact)"
    assert _refusal(_told("arrest", 50, "Varn", None), clash) == "two kinds, no fold"
