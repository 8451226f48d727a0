"""A participle of "strike" describing working people ("striking teachers", "striking dock workers") names the
people, not an air strike; jets or drones "striking" a target still strike.

Every sentence here is fiction written for these tests, in the styles of wire copy and local press.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

AIR = "air_drone_strike"


@pytest.mark.parametrize("text", [
    "Riot police fired tear gas to disperse striking teachers outside the finance ministry in Harare on Tuesday.",
    "Striking dock workers marched to the port gates in Mombasa on Monday.",
    "Hundreds of striking miners blocked the road to the Kolwezi mine on Friday.",
    "Striking doctors rallied outside parliament in Nairobi on Wednesday.",
    "Police arrested 12 striking nurses outside the health ministry in Lagos.",
])
def test_striking_workers_are_no_air_strike(extract: Extract, text: str) -> None:
    assert AIR not in {m.type for m in extract(text)}, [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Jets striking rebel positions near Goma killed 20 fighters, the army said.",
    "Drones striking targets in Kharkiv overnight killed three civilians.",
])
def test_aircraft_striking_a_target_still_strike(extract: Extract, text: str) -> None:
    assert AIR in {m.type for m in extract(text)}, [(m.type, m.trigger.text) for m in extract(text)]
