"""A "strike" that names no weapon is the lexicon's guess of an air strike; a retelling of the incident that
names a ground weapon ("the missiles hit residential buildings") decides its type, as ACLED codes the means.
Near misses: a strike told with its aircraft ("jets struck", "drones hit") stays an air strike beside a shell
or a rocket told after it.

Every text here is fiction written for these tests, in the styles of wire headlines and local press.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

SHELLING = "shelling_missile_attack"
AIR = "air_drone_strike"
REMOTE = frozenset({SHELLING, AIR})


def _remote(extract: Extract, text: str) -> list[str]:
    return [m.type for m in extract(text) if m.type in REMOTE]


@pytest.mark.parametrize("text", [
    "Strikes hit Kharkiv\n\nRussian missiles hit residential buildings in Kharkiv overnight, killing five people, "
    "the governor said.",
    "Russia strikes Kharkiv\n\nRussian missiles hit residential buildings in Kharkiv overnight, killing five "
    "people, the governor said.",
    "Russian strike on Odesa kills five\n\nRussian missiles hit a grain terminal in Odesa overnight, killing five "
    "people, the regional governor said.",
    "Russian forces struck Kharkiv overnight, killing five people. The missiles hit residential buildings, the "
    "governor said.",
])
def test_a_named_ground_weapon_decides_over_a_bare_strike(extract: Extract, text: str) -> None:
    assert _remote(extract, text) == [SHELLING], [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Strikes hit Khan Younis\n\nIsraeli jets struck homes in Khan Younis overnight, killing 12 people. Tank "
    "shells also hit the area, medics said.",
    "Drones strike Port Sudan\n\nDrones hit a fuel depot in Port Sudan on Sunday, the army said. A rocket also "
    "landed near the airport.",
    "Strikes hit Gaza City\n\nIsraeli warplanes bombed homes in Gaza City overnight, killing 12 people, medics "
    "said.",
])
def test_a_strike_told_with_its_aircraft_stays_an_air_strike(extract: Extract, text: str) -> None:
    assert _remote(extract, text)[:1] == [AIR], [(m.type, m.trigger.text) for m in extract(text)]
