"""A round-up sentence anchors one gold event per place; a row reports the one at its own place."""

from __future__ import annotations

from sitreps.evaluate.realnews_gold import GoldEvent, GoldPlace
from sitreps.evaluate.realnews_match import _at_its_place
from sitreps.models import EventMention, Place, PlacePrecision, Span

SENTENCE = "Bombs went off in Tarsville and Morrow on Monday, police said."


def _gold(gold_id: str, sub_type: str, place: GoldPlace) -> GoldEvent:
    return GoldEvent(id=gold_id, articles=("a/1.txt",), acled_codes=True, sub_event_types=frozenset({sub_type}),
                     sub_event_type=sub_type, event_date=None, date_precision=None, place=place, fatalities=None,
                     initiator_terms=None, target_terms=None, modality="reported", anchors={}, description="")


TARSVILLE = GoldPlace("Tarsville", 10.0, 20.0, "exact", 10, "XX")
MORROW = GoldPlace("Morrow", 11.0, 21.0, "exact", 10, "XX")
GOLD = {
    "T": _gold("T", "Remote explosive/landmine/IED", TARSVILLE),
    "M": _gold("M", "Remote explosive/landmine/IED", MORROW),
    "P": _gold("P", "Arrests", MORROW),
}


def _mention(lat: float | None, lon: float | None) -> EventMention:
    span = Span(start=0, end=len(SENTENCE), text=SENTENCE)
    place = Place(text="Tarsville", name="Tarsville", lat=lat, lon=lon, precision=PlacePrecision.EXACT,
                  evidence=[span]) if lat is not None else None
    return EventMention(id="m", type="remote_explosive", acled=None, plover=None, cameo=None,
                        trigger=Span(start=0, end=5, text="Bombs"), sentence=span, place=place, confidence=0.9)


def test_a_row_at_one_listed_place_reports_that_places_event_only() -> None:
    assert _at_its_place(frozenset({"T", "M"}), _mention(10.0, 20.0), GOLD) == frozenset({"T"})


def test_events_of_another_sub_type_in_the_sentence_are_kept() -> None:
    assert _at_its_place(frozenset({"T", "M", "P"}), _mention(10.0, 20.0), GOLD) == frozenset({"T", "P"})


def test_a_row_placed_at_none_of_them_reports_all_as_before() -> None:
    assert _at_its_place(frozenset({"T", "M"}), _mention(40.0, 40.0), GOLD) == frozenset({"T", "M"})
    assert _at_its_place(frozenset({"T", "M"}), _mention(None, None), GOLD) == frozenset({"T", "M"})
