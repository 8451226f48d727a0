"""Event words that tell no act of their own (round 27, issue #13): what a force is sent to do has not happened
("sent 1,000 troops to fight the rebels" tells a deployment, not a battle), and the plural an incident is told to be
one of ("in one of several attacks") ranks it among others. A fight told in its own clause still is one.

Every text here is fiction written for these tests, in the styles of East African, Sahelian and South Asian
wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

FIGHTS = frozenset({"armed_clash", "attack_on_civilians", "air_drone_strike", "shelling_missile_attack"})


@pytest.mark.parametrize("text", [
    "Last month, Kenya sent 800 police officers to the coast to fight the militants, officials said.",
    "The junta has deployed two battalions to the border region to attack rebel camps, state media reported.",
    "Hundreds of soldiers were dispatched to Kidal on Sunday to repel any assault by the separatists.",
])
def test_the_purpose_of_a_dispatch_is_no_fight(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert not FIGHTS & set(types), types


def test_a_fight_told_after_the_dispatch_is_one(extract: Extract) -> None:
    text = ("Troops were sent to Kidal on Sunday and fought separatist fighters at the airport on Monday, killing "
            "four of them, the army said.")
    assert "armed_clash" in [m.type for m in extract(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen killed at least 12 villagers in Tagou on Saturday, residents said, in one of several attacks that hit "
     "the region this month.", "attack_on_civilians"),
    ("Militants shot dead nine bus passengers near Quetta on Friday in one of the deadliest attacks this year, police "
     "said.", "attack_on_civilians"),
])
def test_the_incident_one_of_many_is_its_own_act(extract: Extract, text: str, expected: str) -> None:
    """"In one of several attacks" ranks the killing among others: the killing is the event, with its doer."""
    events = extract(text)
    assert [m.type for m in events] == [expected], [(m.type, m.trigger.text) for m in events]
    assert any(a.role.value == "initiator" for a in events[0].actors), events[0].actors
