"""A placeless event takes the place of the nearest event written before it in the text, whatever order
the merged incidents come in (extract/story_place.inherit_places, round 30): a headline's incident retold
in the lead may come after a later paragraph's incident, and "the nearest earlier" read in that order
gave "the army said its soldiers killed two gunmen" the lead's village instead of the town its paragraph
had just named. Fiction written for this test."""

from __future__ import annotations

from sitreps.extract.story_place import inherit_places
from sitreps.models import AcledCode, EventMention, Place, PlacePrecision, Span

TEXT = ("Gunmen attacked Arlow on Monday. Later, soldiers raided Bexley. The army said troops killed two gunmen "
        "there.")
ACLED = AcledCode(event_type="Battles", sub_event_type="Armed clash")


def _span(word: str) -> Span:
    start = TEXT.index(word)
    return Span(start=start, end=start + len(word), text=word)


def _sentence(word: str) -> Span:
    start = TEXT.rfind(". ", 0, TEXT.index(word))
    start = 0 if start < 0 else start + 2
    end = TEXT.index(".", TEXT.index(word)) + 1
    return Span(start=start, end=end, text=TEXT[start:end])


def _mention(trigger: str, town: str | None, lat: float = 0.0) -> EventMention:
    place = Place(text=town, name=town, lat=lat, lon=lat, country="Nowhere", precision=PlacePrecision.EXACT,
                  evidence=[_span(town)]) if town else None
    return EventMention(id=trigger, type="armed_clash", acled=ACLED, plover=None, cameo=None,
                        trigger=_span(trigger), sentence=_sentence(trigger), place=place, confidence=0.9)


def test_the_nearest_earlier_place_in_the_text_not_in_the_list() -> None:
    # the lead's raid comes first in the list (a headline retold it), the first paragraph's attack after it
    mentions = [_mention("raided", "Bexley", 2.0), _mention("attacked", "Arlow", 1.0), _mention("killed", None)]
    killed = next(m for m in inherit_places(mentions) if m.id == "killed")
    assert killed.place is not None and killed.place.name == "Bexley", killed.place


def test_with_no_earlier_place_the_nearest_later_one() -> None:
    mentions = [_mention("killed", None), _mention("raided", "Bexley", 2.0)]
    killed = next(m for m in inherit_places(mentions) if m.id == "killed")
    assert killed.place is not None and killed.place.name == "Bexley", killed.place
