"""A credit line ("By our correspondent in Mopti") is where the reporter sits, not the story's place
(extract/credit_line.py, read by extract/story_place.lead_sentences): a state named for the event is not
refined to the reporter's town. Fiction in the style of local outlets; near misses keep their place."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, PlacePrecision


def _places(events: list[EventMention]) -> set[tuple[str | None, PlacePrecision]]:
    """The (name, precision) of every placed mention with an ACLED code."""
    return {(m.place.name, m.place.precision) for m in events if m.acled is not None and m.place is not None}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Gunmen abduct 20 in Zamfara\n\nBy Ibrahim Sani in Gusau\n\nGunmen have abducted at least 20 people "
         "in an attack on a community in Zamfara State, police said on Sunday.", "Zamfara State"),
        ("JNIM fighters burn food trucks\n\nBy our correspondent in Mopti\n\nFighters of JNIM on Sunday burned "
         "two trucks carrying food in the Mopti region of central Mali, residents said.", "Mopti Region"),
        ("Bandits kill nine villagers in night raid\n\nBy Musa Bello, in Katsina\n\nBandits killed nine "
         "villagers in a night raid in Katsina State, the state police command said on Monday.", "Katsina State"),
        ("Floods of displaced reach Kivu\n\nBY OUR REPORTER IN GOMA\n\nM23 rebels clashed with the army in "
         "North Kivu province on Tuesday, forcing thousands to flee, local sources said.", "North Kivu"),
        ("Soldiers ambushed in Borno\n\nBy Staff Reporter in Maiduguri\n\nTerrorists ambushed a military "
         "convoy in Borno State on Friday, killing three soldiers, sources said.", "Borno State"),
    ],
)
def test_a_credit_lines_town_is_no_place_of_the_event(extract: Extract, text: str, region: str) -> None:
    assert _places(extract(text)) == {(region, PlacePrecision.REGION)}


def test_a_sentence_opened_by_by_with_a_verb_still_places(extract: Extract) -> None:
    """Near miss: "By Sunday, troops had retaken Gusau" tells an event at its town."""
    text = ("Troops retake town\n\nBy Sunday, troops had retaken Gusau from the bandits after heavy fighting in "
            "Zamfara State, the army said.")
    assert ("Gusau", PlacePrecision.EXACT) in _places(extract(text))
