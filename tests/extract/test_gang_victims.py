"""Gang members killed are combatants, not civilians: "soldiers killed eight gang members in a shootout"
is a clash, as "killed eight militants" is (round 24, fresh wire copy from Haiti: a police
counter-offensive's dead gang members made it an attack on civilians).

Sentences written for these tests (fiction in the style of wire copy from Haiti, Ecuador and Central
America); near misses after.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

CLASHES = [
    "Soldiers killed eight gang members in a shootout in Cite Soleil on Monday, police said.",
    "Police said 11 gang members were killed in an operation in Kenscoff on Wednesday.",
    "Marines shot dead four gangsters during a raid on a hideout in Guayaquil on Friday.",
    "Police killed six members of the gang in a gunfight in San Pedro Sula on Sunday.",
]


@pytest.mark.parametrize("text", CLASHES)
def test_gang_members_killed_by_forces_are_a_clash(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert "armed_clash" in types and "attack_on_civilians" not in types, types


CIVILIANS = [
    "Gang members shot dead four passengers on a bus near Kenscoff on Tuesday.",
    "Gunmen killed 12 residents of Kenscoff on Wednesday.",
    "A gang killed three shopkeepers who refused to pay extortion in Guayaquil on Monday.",
]


@pytest.mark.parametrize("text", CIVILIANS)
def test_gangs_killing_civilians_stay_attacks(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert "attack_on_civilians" in types, types
