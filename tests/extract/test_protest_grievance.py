"""A killing a protest is held over (inside its purpose clause: "to mark", "to demand justice for", "to
commemorate") is its grievance, not force used on it: the march stays a peaceful protest. Near misses: a
march that security forces fire on, protesters shot dead after marching, and a crowd fired on as it protests
stay excessive force.

Every sentence here is fiction written for these tests, in the styles of wire copy and local press.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

PEACEFUL = "peaceful_protest"
EXCESSIVE = "excessive_force_against_protesters"


def _types(extract: Extract, text: str) -> set[str]:
    return {m.type for m in extract(text)}


@pytest.mark.parametrize("text", [
    "Hundreds march in Dhaka to mark anniversary of student killings\n\nHundreds of students marched through "
    "Dhaka on Monday to mark one year since police shot dead 14 protesters. The march ended peacefully at the "
    "Shaheed Minar.",
    "Thousands of people marched in Conakry on Thursday to demand justice for protesters shot dead by security "
    "forces last year.",
    "Relatives of the victims rallied in Lima on Sunday to commemorate the 18 protesters police killed in Juliaca "
    "in 2023.",
    "Students marched in Nairobi on Tuesday to honour demonstrators shot dead by police during last year's tax "
    "protests.",
])
def test_a_killing_the_protest_is_held_over_leaves_it_peaceful(extract: Extract, text: str) -> None:
    types = _types(extract, text)
    assert PEACEFUL in types and EXCESSIVE not in types, [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Protesters marched through Conakry on Thursday until security forces opened fire, killing two protesters.",
    "Security forces shot dead three protesters who had marched to the governor's office in Kano on Monday.",
    "Soldiers fired on a crowd protesting the election result in Maputo, killing two protesters.",
])
def test_force_used_on_the_protest_stays_excessive(extract: Extract, text: str) -> None:
    assert EXCESSIVE in _types(extract, text), [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Thousands took to the streets in Dhaka on Sunday, angered by the killing of students during last month's "
    "crackdown. No violence was reported.",
    "Hundreds of mourners marched in Kano on Monday over the killing of a cleric by soldiers, the state "
    "broadcaster reported.",
    "Protesters rallied peacefully in Lima on Saturday against the crackdown that killed 49 people, local media "
    "said.",
    "LIVE: Journalists demonstrated outside the ministry in Tbilisi on Friday, denouncing the violent crackdown "
    "on reporters in May.",
    "Protests sparked by the police shooting of a teenager spread to Lyon on Friday, where hundreds marched "
    "peacefully, the prefecture said.",
])
def test_a_crackdown_or_killing_the_protest_is_against_leaves_it_peaceful(extract: Extract, text: str) -> None:
    events = extract(text)
    protest = next(m for m in events if m.type not in {"accusation", "attack_on_civilians"}
                   and m.trigger.text.lower() not in {"crackdown", "violent crackdown", "killing", "shooting"})
    assert protest.type == PEACEFUL, [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize("text", [
    "Police fired tear gas at students who marched against the new fees in Nairobi on Tuesday.",
    "Security forces opened fire on protesters marching against the election result in Maputo, killing three.",
])
def test_force_used_on_a_protest_against_something_stays(extract: Extract, text: str) -> None:
    types = _types(extract, text)
    assert types & {"protest_with_intervention", EXCESSIVE}, [(m.type, m.trigger.text) for m in extract(text)]
