"""A part of the lead's toll counted as "people" is the lead's incident, whatever class the lead counts.

The lead counts its victims by a class ("30 villagers", "25 worshippers", "40 civilians"); a later
sentence tells how some of them died and counts them by the generic noun ("eight people were killed
with machetes"). "People" names no class of its own, so it cannot set the part apart from the total the
way "33 militants" and "21 train passengers" do. Every article here is fiction written for these
tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

VIOLENT = {"air_drone_strike", "shelling_missile_attack", "armed_clash", "attack_on_civilians", "remote_explosive",
           "suicide_bomb", "grenade"}


def _violent(extract: Extract, text: str) -> list[tuple[str, str]]:
    return [(m.type, m.trigger.text) for m in extract(text) if m.type in VIOLENT]


@pytest.mark.parametrize("text", [
    ("Gunmen killed 30 villagers in an attack on Kiwanja in North Kivu on Sunday, officials said.\n\n"
     "At least eight people were killed with machetes in their homes, a local chief said."),
    ("Bandits killed 25 worshippers in an attack on a mosque in Katsina state on Friday, police said.\n\n"
     "Ten people were killed as they prayed, a witness told reporters."),
    ("RSF fighters killed at least 40 civilians in a raid on a village near El Geneina on Tuesday, "
     "activists said.\n\nFifteen people were burned alive inside their homes, the group said."),
])
def test_a_part_counted_as_people_is_the_leads_incident(extract: Extract, text: str) -> None:
    assert len(_violent(extract, text)) == 1, _violent(extract, text)


def test_two_tolls_of_two_classes_stay_apart(extract: Extract) -> None:
    text = ("Insurgents killed 33 soldiers in an attack on a base in Borno state on Monday, the army said.\n\n"
            "Twenty-one passengers were killed when gunmen attacked a bus in Borno state on Monday.")
    assert len(_violent(extract, text)) == 2, _violent(extract, text)


def test_people_killed_by_another_doer_stay_apart(extract: Extract) -> None:
    text = ("Soldiers killed 30 militants in clashes near Kidal on Monday, the army said.\n\n"
            "Gunmen killed eight people at a market in Kidal on Monday, residents said.")
    assert len(_violent(extract, text)) == 2, _violent(extract, text)


def test_the_part_does_not_become_the_incidents_toll(extract: Extract) -> None:
    text = ("Militiamen killed more than 40 civilians in an attack on a camp near Djugu on Monday, officials said.\n\n"
            "At least 12 people were burned alive in their shelters, a survivor said.")
    events = [m for m in extract(text) if m.type in VIOLENT]
    assert len(events) == 1, [(m.type, m.trigger.text) for m in events]
    killed = [c for c in events[0].counts if c.what == "killed"]
    assert killed and all((c.low or c.value or 0) >= 40 for c in killed), killed  # the lead's toll, not the 12
