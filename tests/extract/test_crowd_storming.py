"""A crowd that storms a building has left peaceful protest behind: ACLED's violent demonstration. "Storm"
is no trigger of its own, so a crowd's storming gave no row. Near misses: fans storming a pitch, troops or
police storming a place, and a crowd that only gathers outside stay no violent demonstration.

Every sentence here is fiction written for these tests, in the styles of wire copy and local press.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

RIOT = "violent_demonstration"


@pytest.mark.parametrize("text", [
    "Protesters stormed the parliament building in Colombo on Saturday, witnesses said.",
    "A mob stormed the police station in Kano on Monday and set it on fire, police said.",
    "Hundreds of demonstrators stormed the governor's office in Jos on Tuesday.",
    "Angry youths stormed the electoral commission office in Kinshasa on Sunday.",
    "Rioters stormed a courthouse in Dushanbe late on Friday, state media reported.",
    "Protesters storm parliament in Colombo",
])
def test_a_crowd_storming_a_building_is_a_violent_demonstration(extract: Extract, text: str) -> None:
    assert RIOT in {m.type for m in extract(text)}, [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Fans stormed the pitch in Lagos after the match.",
    "Dozens of soldiers stormed the compound in Gao on Friday.",
    "Hundreds of protesters gathered outside the parliament building in Colombo on Saturday.",
])
def test_a_storming_by_no_crowd_or_a_crowd_that_only_gathers_is_no_riot(extract: Extract, text: str) -> None:
    assert RIOT not in {m.type for m in extract(text)}, [(m.type, m.trigger.text) for m in extract(text)]
