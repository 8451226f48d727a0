"""A thing the taker struck elsewhere in the story is not the side that lost the ground it took.

``story_targets`` gives a capture whose sentence names no loser the other side of a fight the story
tells between the taker and someone; a fuel depot, a water plant or power lines the taker's drones hit
are property (``riot_property.is_property``), never that side. People it fought still are. Every
story here was written for sitreps.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import Role

CAPTURE_TYPES = ("non_state_overtakes_territory", "government_regains_territory")

THING_STORIES = [
    "Russian forces captured the village of Novoselivka in Kharkiv region, the defence ministry said. Russian drones"
    " also struck a fuel depot in Sumy overnight.",
    "Israeli troops took control of the town of Quneitra, the army said. Israeli jets struck a water plant near Daraa"
    " on Sunday.",
    "Azerbaijani forces captured the village of Talish, officials said. Azerbaijani artillery shelled power lines"
    " near Martakert.",
    "Ethiopian troops recaptured the town of Lalibela. Ethiopian drones struck a fuel truck near Bahir Dar.",
    "Russia's defence ministry said its forces had captured the village of Stepove. Overnight, Russian missiles"
    " struck energy infrastructure in the city of Dnipro.",
]


def _capture_targets(extract: Extract, text: str) -> list[str]:
    captures = [m for m in extract(text) if m.type in CAPTURE_TYPES]
    assert captures, "the story must hold a capture for this test to mean anything"
    return [a.name for m in captures for a in m.actors if a.role is Role.TARGET]


@pytest.mark.parametrize("text", THING_STORIES)
def test_a_struck_thing_is_never_the_loser(extract: Extract, text: str) -> None:
    things = ("fuel depot", "water plant", "power lines", "fuel truck", "energy infrastructure")
    assert not [t for t in _capture_targets(extract, text) if t in things]


def test_the_soldiers_it_fought_still_lost_the_ground(extract: Extract) -> None:
    text = ("Russian forces captured the village of Novoselivka in Kharkiv region. Russian troops fought Ukrainian"
            " soldiers near the village.")
    assert _capture_targets(extract, text) == ["Ukrainian soldiers"]
