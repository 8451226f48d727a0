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

