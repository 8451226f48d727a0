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


def _names(events: list[EventMention], role: Role) -> list[str]:
    return [a.name for m in events for a in m.actors if a.role is role]


@pytest.mark.parametrize(("text", "attacker", "attacked"), UNDER_ATTACK)
def test_who_came_under_attack_is_its_target(extract: Extract, text: str, attacker: str, attacked: str) -> None:
    events = extract(text)
    assert not any(attacked in n for n in _names(events, Role.INITIATOR)), [(m.type, m.actors) for m in events]
    assert any(attacked in n for n in _names(events, Role.TARGET)), [(m.type, m.actors) for m in events]
    assert any(attacker in n for n in _names(events, Role.INITIATOR)), [(m.type, m.actors) for m in events]


@pytest.mark.parametrize(("text", "doer"), [
    ("Troops launched an attack from the north of the town of Mesk on Monday, the army said.", "Troops"),
    ("Ostra Front fighters attacked an army post from the hills above Mesk on Sunday.", "Ostra Front"),
])
def test_an_attack_from_a_place_keeps_its_doer(extract: Extract, text: str, doer: str) -> None:
    """Near misses: "from" a place says where the attack came from; the attackers stay its doers."""
    events = extract(text)
    assert any(doer in n for n in _names(events, Role.INITIATOR)), [(m.type, m.actors) for m in events]
