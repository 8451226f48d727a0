"""Ground taken "from" its holders is still ground taken, and the holders are the target.

"took control of the town from government troops": the troops named after "from" held the town;
what was taken is the town, so the capture stays an overtaking of territory (ACLED) and the troops
its target, not a surrender or capture of soldiers (the ``unless_prepositions`` of the
surrender_capture rule in data/taxonomy.yaml). Soldiers taken themselves stay captured. Every
sentence here is fiction written for these tests, in wire-copy style, from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, roles

OVERTAKES = "non_state_overtakes_territory"
CAPTURE = "surrender_capture"


@pytest.mark.parametrize("text", [
    "Rebels took control of the town of Mocoa from government troops on Sunday, residents said.",
    "Jihadist fighters seized the district headquarters of Tessit from Malian soldiers after a night of fighting.",
    "Insurgents captured the border crossing from army units on Thursday, a local official said.",
    "Separatist militia took over the village of Bamessing from soldiers stationed there, witnesses said.",
    "Militants seized the police station in Kidal from security officers on Friday, the governor said.",
])
def test_ground_taken_from_its_holders_is_overtaken(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert OVERTAKES in types and CAPTURE not in types, types


def test_the_holders_are_the_target(extract: Extract) -> None:
    text = "Rebels took control of the town of Mocoa from government troops on Sunday, residents said."
    mention = next(m for m in extract(text) if m.type == OVERTAKES)
    assert roles(mention).get("target"), roles(mention)


@pytest.mark.parametrize("text", [
    "Rebels captured 30 soldiers on Sunday, residents said.",
    "Militants seized two officers from a checkpoint near Gao.",
    "Insurgents captured a government commander from his convoy on Tuesday.",
])
def test_soldiers_taken_themselves_are_still_captured(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert CAPTURE in types, types
