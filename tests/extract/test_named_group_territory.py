"""A capitalised armed group's name the registry lacks takes ground as a non-state actor.

"The Free Hills Army seized control of Tarn" was typed the government's regaining, from the word
"army"; a name of an armed group's shape ("Army" after a name no country's, "Front", "Movement",
"Liberation") now vetoes that rule and re-types the state's retaking words as the registry's armed
groups do (retype.py's ``_decided``). Every sentence is fiction written for these tests.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

REGAINS = "government_regains_territory"
OVERTAKES = "non_state_overtakes_territory"


@pytest.mark.parametrize("text", [
    "The Free Hills Army seized control of Mabri on Monday.",
    "The Northern Hills Army regained control of the mining town of Ruzo on Wednesday.",
    "The Western Plateau Liberation Front recaptured the town of Kembe on Sunday.",
    "The Ogaden Patriotic Movement seized the district town of Dhagax on Friday, elders said.",
    "Fighters of the Arakan Army captured the town of Paletwa after weeks of fighting, residents said.",
])
def test_a_named_armed_group_overtakes_ground(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert OVERTAKES in types and REGAINS not in types, types


@pytest.mark.parametrize("text", [
    "The Sudanese Army seized control of the town of Sinja on Monday.",
    "The army retook the town of Bunagana on Tuesday.",
    "The Security Forces retook the town of Bunagana on Tuesday.",
    "The Kenya Defence Forces recaptured the border post of Elwak on Monday.",
])
def test_a_state_force_still_regains_it(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert REGAINS in types, types
