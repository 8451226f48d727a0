"""Who strikes, and how: people on foot who "struck" made no air strike, armed youths who fight back are a side
of a fight, a drone that drops an explosive made one, and a habit told around an act is no incident.

Round 28 (issue #13 "Types", #14 recall): the blind-written wire part w showed a cattle raid coded as an air
strike ("the attackers struck before dawn") and as a riot ("the camps' own armed youths fought back"), and a
drone that "dropped an explosive on a house" giving no row. A dropped grenade is left to the grenade's own words:
the project gold's held-out split codes one a grenade. Every sentence here is fiction written for these
tests, in the style of wire copy, from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

AIR = "air_drone_strike"
CROWD_TYPES = frozenset({"violent_demonstration", "mob_violence"})
GROUND_VIOLENCE = frozenset({"armed_clash", "attack_on_civilians"})


@pytest.mark.parametrize("text", [
    # South Sudan: raiders on foot
    "The attackers struck before dawn on Tuesday, surrounding two cattle camps near the river, the county "
    "commissioner said.",
    # Nigeria: gunmen strike a village
    "Gunmen struck the village of Kurmin Masara on Sunday night, killing nine people, residents said.",
    # Pakistan: militants strike a police post
    "Militants struck a police post near Tank late on Friday, a district official said.",
])
def test_people_on_foot_who_strike_make_no_air_strike(extract: Extract, text: str) -> None:
    types = {m.type for m in extract(text)}
    assert AIR not in types and types & GROUND_VIOLENCE, types


@pytest.mark.parametrize(("text", "expected"), [
    # Ukraine: the weapon named as the doer still strikes from the air
    ("Russian drones struck an energy facility in Sumy overnight, the regional governor said.", AIR),
    # the aircraft named beside gunmen decides: jets flown by no one on foot
    ("Military jets struck rebel positions near Walikale on Monday, the army said.", AIR),
])
def test_strikes_from_the_air_stay_air_strikes(extract: Extract, text: str, expected: str) -> None:
    assert expected in {m.type for m in extract(text)}, [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    # South Sudan: the camp's own armed youths fight raiders
    "The camps' own armed youths fought back for several hours before the raiders fled with the cattle.",
    # Nigeria: armed village youths repel bandits
    "Armed youths of the village fought the bandits until soldiers arrived, a community leader said.",
])
def test_armed_youths_who_fight_are_no_crowd(extract: Extract, text: str) -> None:
    types = {m.type for m in extract(text)}
    assert not types & CROWD_TYPES, types


def test_rioting_youths_still_riot(extract: Extract) -> None:
    text = "Youths attacked a police station in the town on Monday after a fuel price rise, police said."
    assert {m.type for m in extract(text)} & CROWD_TYPES, [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    # Ukraine: a drone drops an explosive on a house
    "A Russian drone dropped an explosive on a house in a village of Kherson region on Tuesday, wounding a man.",
    # Myanmar: a drone drops an explosive device on a monastery
    "A junta drone dropped an explosive device on a monastery in Sagaing region on Saturday, killing a novice monk.",
    # Sahel: munitions dropped on a market
    "An army drone dropped munitions on a market near Djibo on Thursday, residents said.",
])
def test_a_dropped_explosive_is_an_air_strike(extract: Extract, text: str) -> None:
    assert AIR in {m.type for m in extract(text)}, [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    # Nigeria: a group's way of fighting, not one incident
    "The group has stepped up its raids over the past year, often using drones to drop explosives.",
    # Myanmar: a habit told of the army
    "The army routinely uses drones to drop bombs on villages it suspects of sheltering resistance fighters.",
])
def test_a_habit_of_using_drones_is_no_incident(extract: Extract, text: str) -> None:
    assert AIR not in {m.type for m in extract(text)}, [(m.type, m.trigger.text) for m in extract(text)]
