"""A road named by its ends that the act's verb takes as its object places the act near its first town, as
"on the road between X and Y" does (extract/places._struck_sites, round 29), also when the act is told by a
verb joined after it ("blocked the highway between X and Y and abducted ..."). Fiction written for this test."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gunmen blocked the highway between Kankara and Funtua on Friday and abducted 20 travellers, police said.",
         "Kankara"),
        ("Militants blocked the road between Djibo and Arbinda on Monday and killed nine drivers, security sources "
         "said.", "Djibo"),
        ("Russian forces shelled the road linking Kostiantynivka and Druzhkivka overnight, killing a driver.",
         "Kostiantynivka"),
    ],
)
def test_a_road_object_places_the_act_near_its_first_town(extract: Extract, text: str, town: str) -> None:
    places = [m.place for m in extract(text) if m.place is not None]
    assert places and places[0].name == town, places
    assert places[0].note == f"near {town}" and places[0].geo_precision == 2, places[0]


def test_a_verb_with_its_own_subject_keeps_its_own_place(extract: Extract) -> None:
    """Only a joined verb sharing the subject tells the same act's next step: the drivers killed by others
    elsewhere are not on the soldiers' road."""
    text = "Soldiers cleared the road between Djibo and Arbinda on Monday, and gunmen killed nine drivers in Kaya."
    killed = [m.place for m in extract(text) if m.trigger.text == "killed" and m.place is not None]
    assert killed and killed[0].name == "Kaya", killed
