"""What a force is sent to do has not happened: "sent 1,000 troops to fight the rebels" tells a deployment, not a
battle (round 27, issue #13 "dispatches"). A fight told in its own clause still is one.

Every text here is fiction written for these tests, in the styles of East African, Sahelian and South Asian
wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

FIGHTS = frozenset({"armed_clash", "attack_on_civilians", "air_drone_strike", "shelling_missile_attack"})


@pytest.mark.parametrize("text", [
    "Last month, Kenya sent 800 police officers to the coast to fight the militants, officials said.",
    "The junta has deployed two battalions to the border region to attack rebel camps, state media reported.",
    "Hundreds of soldiers were dispatched to Kidal on Sunday to repel any assault by the separatists.",
])
def test_the_purpose_of_a_dispatch_is_no_fight(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert not FIGHTS & set(types), types


def test_a_fight_told_after_the_dispatch_is_one(extract: Extract) -> None:
    text = ("Troops were sent to Kidal on Sunday and fought separatist fighters at the airport on Monday, killing "
            "four of them, the army said.")
    assert "armed_clash" in [m.type for m in extract(text)]
