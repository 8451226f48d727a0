"""The people a struck thing carries, shelters or is for are whom the strike hit, ranked before the thing;
a thing that holds no people keeps its place. Sentences written for these tests (fiction in the style of
news)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, incident_telling

from sitreps.models import EventMention, Role


def _targets(mention: EventMention) -> list[str]:
    return [a.name for a in mention.actors if a.role is Role.TARGET]


@pytest.mark.parametrize(("text", "word", "people", "thing"), [
    ("A roadside bomb struck a vehicle carrying members of the Popular Mobilisation Forces near Tikrit on "
     "Wednesday, killing two of them, security sources said.", "bomb",
     "members of the Popular Mobilisation Forces", "vehicle"),
    ("An air strike hit a school sheltering displaced families in Deir al-Balah on Monday, medics said.",
     "air strike", "displaced families", "school"),
    ("A drone struck a minibus transporting soldiers on the road to Kidal on Friday, a security source said.",
     "drone", "soldiers", "minibus"),
])
def test_the_people_a_thing_holds_come_first(extract: Extract, text: str, word: str, people: str,
                                            thing: str) -> None:
    targets = _targets(incident_telling(extract(text), word, text))
    assert targets[:1] == [people], targets
    assert any(thing in t for t in targets[1:]), targets


@pytest.mark.parametrize(("text", "word", "thing"), [
    # near misses: the thing carries goods, not people
    ("A drone struck a truck carrying fuel near Marib on Sunday, tribal sources said.", "drone", "truck"),
    ("An air strike hit a warehouse with weapons on the outskirts of Hodeidah on Tuesday.", "air strike",
     "warehouse"),
])
def test_a_thing_that_holds_goods_stays_the_target(extract: Extract, text: str, word: str, thing: str) -> None:
    targets = _targets(incident_telling(extract(text), word, text))
    assert targets and thing in targets[0], targets
