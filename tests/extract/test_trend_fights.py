"""Round 23, issue #13 "Types": a strike told beside a fight's course over time ("as fighting intensified across
the province", "amid escalating clashes") keeps its strike type; a strike backing the day's fight ("clashes
raged as warplanes struck", "troops backed by drone strikes clashed with rebels") is still the armed clash.

Every sentence here is fiction written for these tests, in the styles of wire copy, local press and live pages.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

STRIKES = {"air_drone_strike", "shelling_missile_attack"}
CLASH = "armed_clash"


def _violent(extract: Extract, text: str) -> list[str]:
    return [m.type for m in extract(text) if m.type in STRIKES | {CLASH}]


@pytest.mark.parametrize("text", [
    "Drone strike kills five militants in Haskel province\n\nA drone strike killed five militants travelling in a "
    "pickup truck in Haskel province on Monday, officials said. The strike came as fighting between the army and "
    "the militants intensified across the province.",
    "Warplanes bombed a fuel depot outside Marra on Thursday, killing three workers, amid escalating clashes "
    "between the army and the Marra Front in the region.",
    "Army artillery shelled rebel positions near Tolun on Sunday, killing eight fighters, a military source said. "
    "Fighting between the two sides has worsened since the truce collapsed in March.",
    "An air strike hit a rebel convoy on the Dorsk highway on Tuesday, killing 11 fighters, the air force said. "
    "Clashes with the rebels have escalated across the north this year.",
    "A drone struck a car carrying two commanders near Veyla on Friday, killing both, security officials said, "
    "as the fighting with the insurgents intensified.",
])
def test_a_strike_told_beside_a_fights_course_keeps_its_type(extract: Extract, text: str) -> None:
    types = _violent(extract, text)
    assert types and types[0] in STRIKES, [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Clashes raged in Marra on Thursday as army warplanes carried out air strikes on Marra Front positions.",
    "Troops backed by drone strikes clashed with rebels in Tolun on Sunday, leaving 14 fighters dead.",
])
def test_a_strike_backing_the_days_fight_is_the_clash(extract: Extract, text: str) -> None:
    types = _violent(extract, text)
    assert types and types[0] == CLASH, [(m.type, m.trigger.text) for m in extract(text)]
