"""Working people or a stoppage word right before "strike" make it a labour strike (a peaceful protest), however
a title-case headline's parse breaks ("Doctors strike enters third week" parses "enters" as the object of a verb
"strike", which read as an air strike). Armed sides, a side's adjective and weapons before it stay an attack.
Round 21b, issue #13 "Types".

Every article and sentence here is fiction written for these tests, in the styles of wire copy, local dailies
and union bulletins.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

STRIKE_TYPES = frozenset({"air_drone_strike", "shelling_missile_attack"})
# People on foot who strike made a ground attack (round 28, tests/extract/test_ground_strikers.py)
ASSAULT_TYPES = STRIKE_TYPES | {"armed_clash", "attack_on_civilians"}


def _types_of_strike(extract: Extract, text: str) -> list[str]:
    """The types of the mentions whose trigger holds the word "strike", "strikes" or "struck"."""
    return [m.type for m in extract(text) if any(w in m.trigger.text.lower() for w in ("strike", "struck"))]


@pytest.mark.parametrize("text", [
    "Doctors strike enters third week\n\nJunior doctors in Nairobi stayed off the wards on Monday over unpaid "
    "wages, a union official said.",
    "Teachers' strike in its second week\n\nTeachers across Punjab stayed away from classes on Tuesday in a "
    "dispute over pay.",
    "Nurses strike paralyses hospitals in Lagos\n\nState hospitals in Lagos turned patients away on Wednesday, "
    "the nurses' union said.",
    "Dock workers strike halts port of Mombasa\n\nNo ship was unloaded in Mombasa on Thursday, port officials "
    "said.",
    "Junior doctors strike hits clinics in Harare\n\nClinics in Harare saw only emergencies on Friday, the "
    "health ministry said.",
    "Garment workers strike spreads in Dhaka\n\nFactories in the Ashulia belt near Dhaka shut on Sunday as "
    "workers demanded higher wages, police said.",
])
def test_working_people_before_strike_make_a_labour_strike(extract: Extract, text: str) -> None:
    found = _types_of_strike(extract, text)
    assert found and not STRIKE_TYPES & set(found), [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Drone strike kills three in Marib\n\nA drone strike killed three fighters near Marib on Monday, officials "
    "said.",
    "Israeli strike kills seven in Gaza\n\nAn Israeli strike on a house in Rafah killed seven people on Tuesday, "
    "medics said.",
    "Militants strike army post in Borno\n\nMilitants struck an army post near Bama on Wednesday, killing two "
    "soldiers, a military source said.",
    "Coalition strike kills ten in Saada\n\nA coalition air strike killed ten people in Saada on Friday, "
    "residents said.",
    "Commando strike on rebel camp\n\nCommandos struck a rebel camp near Beni on Saturday, the army said.",
])
def test_an_armed_side_or_weapon_before_strike_stays_an_attack(extract: Extract, text: str) -> None:
    found = _types_of_strike(extract, text)
    assert found and all(t in ASSAULT_TYPES for t in found), [(m.type, m.trigger.text) for m in extract(text)]
