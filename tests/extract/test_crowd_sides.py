"""Crowds in unrest: the crowd does a riot ("rioters", "an angry mob", "looters" are people, even where the
word is itself a trigger), and the police it fights are its target, never a mere participant.

Sentences written for these tests (fiction in the style of news).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, roles

from sitreps.models import EventMention

RIOTS = {"violent_demonstration", "mob_violence"}


def _of(events: list[EventMention], types: set[str]) -> EventMention:
    found = [m for m in events if m.type in types]
    assert found, [(m.type, m.trigger.text) for m in events]
    return found[0]


@pytest.mark.parametrize(("text", "crowd", "force"), [
    ("Rioters clashed with police in the suburbs of Lormont overnight, setting cars on fire.", "Rioters", "police"),
    ("Violent protests erupted in Kisumu as protesters clashed with police.", "protesters", "police"),
    ("Protesters threw stones at police outside the governor's office in Kano on Monday.", "Protesters", "police"),
    ("Hundreds of marchers threw stones at riot police in Harare on Friday.", "Hundreds of marchers",
     "riot police"),
])
def test_a_riot_is_done_by_its_crowd_against_the_police(extract: Extract, text: str, crowd: str,
                                                        force: str) -> None:
    sides = roles(_of(extract(text), RIOTS))
    assert crowd in sides.get("initiator", []), sides
    assert force in sides.get("target", []), sides
    assert force not in sides.get("initiator", []) + sides.get("participant", []), sides


@pytest.mark.parametrize(("text", "types", "doer"), [
    # Not unrest: who fought keeps the sides the sentence gives.
    ("Soldiers clashed with rebels near the town of Varno on Sunday.", {"armed_clash"}, "Soldiers"),
    # A protest nobody broke up keeps its marchers as the doers.
    ("Thousands of teachers marched through the capital to demand unpaid salaries.", {"peaceful_protest"},
     "Thousands of teachers"),
])
def test_other_events_keep_their_sides(extract: Extract, text: str, types: set[str], doer: str) -> None:
    sides = roles(_of(extract(text), types))
    assert doer in sides.get("initiator", []) + sides.get("participant", []), sides
    assert doer not in sides.get("target", []), sides


@pytest.mark.parametrize(("text", "grievance"), [
    ("Thousands of people marched in Tel Aviv on Saturday in protests against the government's plans to overhaul "
     "the judiciary.", "plans"),
    ("Students staged a rally against the killing of three villagers in the district of Moreh.", "killing"),
    ("Demonstrators protested against the new tax law outside parliament in Nairobi on Tuesday.", "tax law"),
    ("Tens of thousands of Serbs protested the election results in Belgrade on Sunday.", "election results"),
])
def test_what_a_crowd_opposes_is_no_target(extract: Extract, text: str, grievance: str) -> None:
    events = [m for m in extract(text) if m.type in RIOTS | {"peaceful_protest", "protest_with_intervention"}]
    assert events
    assert not any(grievance in name for m in events for name in roles(m).get("target", [])), events


def test_the_police_a_crowd_fights_stay_its_target(extract: Extract) -> None:
    text = "Rioters threw stones at police and torched cars in protest against the death of a teenager."
    sides = roles(_of(extract(text), RIOTS))
    assert "police" in sides.get("target", []), sides
    assert not any("death" in name for name in sides.get("target", [])), sides
