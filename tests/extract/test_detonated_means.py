"""What a bomber detonates is the means of the blast, never whom it struck (round 29, issue #13 "Actors").

"detonated his explosives" made "explosives" the bombing's target (wire dev part x): the bombing types named
vests, devices and bombs as their means, not the explosives themselves. Sentences written for these tests
(fiction in the style of wire copy and police statements, several conflicts).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role


def _names(events: list[EventMention], role: Role) -> list[str]:
    return [a.name.lower() for m in events for a in m.actors if a.role is role]


@pytest.mark.parametrize("text", [
    "The bomber was stopped by guards at the outer gate and detonated his explosives there, the spokesman said.",
    "The attacker detonated explosives strapped to his body at the gate of the ministry, killing six people.",
    "Militants detonated explosives hidden in a cart at the cattle market in Maiduguri on Monday, police said.",
    "A suicide bomber set off his explosives outside a police station in Quetta, killing four officers.",
])
def test_the_explosives_detonated_are_no_target(extract: Extract, text: str) -> None:
    events = extract(text)
    assert events, "the bombing must stay"
    assert not any("explosive" in n for n in _names(events, Role.TARGET)), [(m.type, m.actors) for m in events]


@pytest.mark.parametrize(("text", "struck"), [
    ("The attacker detonated explosives strapped to his body at the gate of the ministry, killing six people.",
     "six people"),
    ("A suicide bomber set off his explosives outside a police station in Quetta, killing four officers.",
     "a police station"),
])
def test_whom_or_what_the_blast_struck_stays_its_target(extract: Extract, text: str, struck: str) -> None:
    events = extract(text)
    assert struck in _names(events, Role.TARGET), [(m.type, m.actors) for m in events]
