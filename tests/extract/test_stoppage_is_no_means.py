"""A stoppage named beside a killing is no means of it: "killed ... on the eighth day of a national strike" tells a
killing during a labour or protest strike, not an air strike (round 27, wire part r: the retype rule that reads
"strike" among a killing's words as the weapon took the stoppage for one). An armed side's strike still is.

Every text here is fiction written for these tests, in the styles of Andean, West African and South Asian copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize("text", [
    "A farmer was killed on Monday when police cleared a road blockade near Cuenca on the fifth day of a national "
    "strike over fuel prices.",
    "A student was shot dead in Ouagadougou on Tuesday during a general strike called by the unions.",
    "Two protesters were killed in Rajshahi on the second day of an indefinite transport strike, police said.",
])
def test_a_killing_during_a_stoppage_is_no_air_strike(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert types and "air_drone_strike" not in types, types


def test_a_side_s_strike_still_kills_by_air(extract: Extract) -> None:
    events = extract("An Israeli strike killed seven people in Khan Younis on Sunday, health officials said.")
    assert [m.type for m in events] == ["air_drone_strike"], [m.type for m in events]
