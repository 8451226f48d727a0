"""A town the gazetteer finds in the story's country, named after a locative preposition in the event's own
sentence but not on its trigger's path and not labelled a place by the tagger, places an event that would
else take the story's place from another sentence (extract/places.unlabelled_places,
extract/target_places.home_places, round 30). "The road outside X was the scene of an ambush, when a bomb
killed two soldiers": the small tagger reads X as an organisation or a person. Fiction written for this test."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(
    ("text", "region", "town"),
    [
        ("BAMAKO - Militants attacked a convoy in the Mopti region on Friday. The bridge outside Douentza was the "
         "scene of an earlier attack in January, when a bomb killed two soldiers.", "Mopti Region", "Douentza"),
        ("QUETTA, Pakistan - Militants attacked a checkpoint in Balochistan on Tuesday. The highway outside Turbat "
         "was the scene of a similar attack in January, when a bomb killed two policemen.", "Balochistan", "Turbat"),
    ],
)
def test_the_telling_sentences_own_town_places_it(extract: Extract, text: str, region: str, town: str) -> None:
    mentions = extract(text)
    attacked = [m.place.name for m in mentions if m.trigger.text == "attacked" and m.place is not None]
    bomb = [m.place for m in mentions if m.trigger.text == "bomb" and m.place is not None]
    assert bomb and bomb[0].name == town and bomb[0].geo_precision == 2, bomb
    # the earlier attack keeps its own region: the other sentence's town is no finer place of it
    assert attacked == [region], attacked



def test_a_town_inside_the_unit_named_for_the_event_refines_it(extract: Extract) -> None:
    """A unit is refined by the town its sentence names inside it ("villages around Turbat in Pakistan's
    Balochistan province since a drone struck a car there"), though the town hangs outside the act's clause."""
    text = ("Dozens of families have left villages around Turbat in Pakistan's Balochistan province since a drone "
            "struck a car on a mountain road there on Saturday, killing three men, officials said. On Sunday, "
            "gunmen attacked a checkpoint near Gwadar.")
    strike = [m.place for m in extract(text) if m.type == "air_drone_strike" and m.place is not None]
    # its own sentence's town, not the story's one finer place (with Gwadar told too there is none)
    assert strike and (strike[0].name, strike[0].note) == ("Turbat", "near Turbat"), strike

