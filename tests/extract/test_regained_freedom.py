"""A captive who "regained his freedom" was set free: no ground was retaken (round 24, fresh wire copy: the
release of kidnapped students was a government retaking territory with the students as its doer).

Sentences written for these tests (fiction in wire style); near misses after.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

FREED = [
    "Twelve students who were kidnapped last month regained their freedom on Friday, the state government said.",
    "The abducted priest regained his freedom after three weeks in captivity, the diocese said.",
    "The two engineers regained their liberty on Sunday after their families paid a ransom.",
]


@pytest.mark.parametrize("text", FREED)
def test_regained_freedom_is_no_retaking(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert "government_regains_territory" not in types, types


RETAKEN = [
    "Government troops regained control of Kitshanga on Monday.",
    "The army regained the town of Bunagana after a week of fighting, a spokesman said.",
]


@pytest.mark.parametrize("text", RETAKEN)
def test_regained_ground_is_still_a_retaking(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert "government_regains_territory" in types, types
