"""Whoever "came under attack" suffered it; whom the attack came "from" did it: "security forces came
under attack from gunmen" is the gunmen's attack on the forces (ACLED codes the attacker first).

Sentences written for these tests (fiction in the style of news), from several conflicts and outlets.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role

UNDER_ATTACK = [
    ("Security forces came under attack from gunmen in Zamfara state on Friday, police said.",
     "gunmen", "Security forces"),
    ("An army outpost in Tillaberi came under heavy attack from jihadist fighters overnight, Niger's army said.",
     "jihadist", "outpost"),
    ("A police station in Mirebalais came under attack from gang members on Sunday, the Haitian police said.",
     "gang", "police station"),
]


MEANS_FROM = [
    ("Kurdish fighters came under attack from Turkish drones near Qamishli on Tuesday.", "Turk", "Kurdish"),
    ("A Ukrainian border post came under attack from Russian drones overnight, the guard service said.",
     "Russia", "post"),
    ("Government troops came under attack from RSF drones near El Obeid, the army said.", "RSF", "troops"),
]


def _names(events: list[EventMention], role: Role) -> list[str]:
    return [a.name for m in events for a in m.actors if a.role is role]


@pytest.mark.parametrize(("text", "attacker", "attacked"), UNDER_ATTACK)
def test_who_came_under_attack_is_its_target(extract: Extract, text: str, attacker: str, attacked: str) -> None:
    events = extract(text)
    assert not any(attacked in n for n in _names(events, Role.INITIATOR)), [(m.type, m.actors) for m in events]
    assert any(attacked in n for n in _names(events, Role.TARGET)), [(m.type, m.actors) for m in events]
    assert any(attacker in n for n in _names(events, Role.INITIATOR)), [(m.type, m.actors) for m in events]


@pytest.mark.parametrize(("text", "owner", "attacked"), MEANS_FROM)
def test_whose_means_an_attack_came_from_did_it(extract: Extract, text: str, owner: str, attacked: str) -> None:
    """Round 29: an attack "from Turkish drones" named the drones as its means and no doer; their owner did it,
    as "struck by Houthi drones" names the Houthis."""
    events = extract(text)
    assert any(owner in n for n in _names(events, Role.INITIATOR)), [(m.type, m.actors) for m in events]
    assert any(attacked in n for n in _names(events, Role.TARGET)), [(m.type, m.actors) for m in events]


@pytest.mark.parametrize(("text", "doer"), [
    ("Troops launched an attack from the north of the town of Mesk on Monday, the army said.", "Troops"),
    ("Ostra Front fighters attacked an army post from the hills above Mesk on Sunday.", "Ostra Front"),
])
def test_an_attack_from_a_place_keeps_its_doer(extract: Extract, text: str, doer: str) -> None:
    """Near misses: "from" a place says where the attack came from; the attackers stay its doers."""
    events = extract(text)
    assert any(doer in n for n in _names(events, Role.INITIATOR)), [(m.type, m.actors) for m in events]


INTO_AMBUSH = [
    ("A military patrol ran into an ambush near Gondar on Monday, losing six soldiers, residents said.", "patrol"),
    ("A convoy of Burkinabe volunteers fell into an ambush laid by jihadists near Djibo on Thursday.", "convoy"),
    ("Police officers drove into an ambush set by gang members outside Port-au-Prince on Friday.", "Police"),
]


@pytest.mark.parametrize(("text", "ambushed"), INTO_AMBUSH)
def test_who_ran_into_an_ambush_suffered_it(extract: Extract, text: str, ambushed: str) -> None:
    """"Ran/fell/drove into an ambush": the subject is the ambush's target, as with "came under attack"."""
    events = extract(text)
    assert not any(ambushed in n for n in _names(events, Role.INITIATOR)), [(m.type, m.actors) for m in events]
    assert any(ambushed in n for n in _names(events, Role.TARGET)), [(m.type, m.actors) for m in events]


def test_fire_into_a_crowd_keeps_its_doer(extract: Extract) -> None:
    """Near miss: "fired into the crowd" is the police's act (a crowd is no assault)."""
    events = extract("Police fired into the crowd of protesters in Nairobi on Tuesday, killing two, witnesses said.")
    crowd_first = ("protest_with_intervention", "excessive_force_against_protesters")  # the crowd is actor 1
    police = [a for m in events for a in m.actors if "Police" in a.name and (
        a.role is Role.INITIATOR or (a.role is Role.TARGET and m.type in crowd_first))]
    assert police, [(m.type, m.actors) for m in events]


@pytest.mark.parametrize(("text", "struck"), [
    ("A Malian army convoy hit an ambush near Boni on Friday, losing five soldiers, officials said.", "convoy"),
    ("A police patrol hit an ambush outside Mandera on Tuesday, the Kenyan police said.", "patrol"),
    ("A supply column of the Syrian army hit an ambush in the desert near Palmyra on Sunday.", "column"),
])
def test_what_hit_an_ambush_suffered_it(extract: Extract, text: str, struck: str) -> None:
    """"A convoy hit an ambush": the convoy was ambushed, not the ambusher."""
    events = extract(text)
    assert not any(struck in n for n in _names(events, Role.INITIATOR)), [(m.type, m.actors) for m in events]


def test_rebels_who_ambushed_a_convoy_did_it(extract: Extract) -> None:
    """Near miss: the ambush told with its doer as subject keeps it ("rebels ambushed a convoy")."""
    events = extract("Ostra Front rebels ambushed an army convoy near Mesk on Sunday, killing four soldiers.")
    assert any("Ostra Front" in n for n in _names(events, Role.INITIATOR)), [(m.type, m.actors) for m in events]
