"""Round 23, issue #13 "Types": a change of ground one telling says came without a fight is a non-violent
transfer of territory (ACLED), whoever took it and however the capture itself is worded; a change of ground
told with a fight for it stays a capture. The phrase "without firing a shot" is found by its lemmas.

Every sentence here is fiction written for these tests, in the styles of wire copy and local press.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

UNFOUGHT = "non_violent_territory_transfer"
TERRITORY = {"non_state_overtakes_territory", "government_regains_territory", UNFOUGHT}


def _territory_types(extract: Extract, text: str) -> list[str]:
    return [m.type for m in extract(text) if m.type in TERRITORY]


@pytest.mark.parametrize("text", [
    "Rebels take Sorvak as troops pull out\n\nRebel fighters entered the town of Sorvak on Tuesday without a fight "
    "after government troops pulled out overnight, residents said. The rebels took control of the police station.",
    "Jihadist fighters seized the town of Koudra in northern Nelunga on Thursday without firing a shot, local "
    "sources said.",
    "The militia handed over control of Dera airport to the national army on Saturday under a deal brokered by "
    "elders. Army units took over the terminal peacefully, a spokesman said.",
    "Insurgents captured the border post of Amsel on Monday. The guards had left the post before dawn and the "
    "insurgents met no resistance, taking it without a shot, a police source said.",
    "Government forces took control of Hollin district on Friday without resistance after the armed group "
    "withdrew under the ceasefire terms, the ministry said.",
])
def test_an_unfought_change_of_ground_is_a_non_violent_transfer(extract: Extract, text: str) -> None:
    types = _territory_types(extract, text)
    assert types and types[0] == UNFOUGHT, [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Rebel fighters seized the town of Orvela on Saturday after two days of heavy fighting with government troops.",
    "Insurgents captured the district centre of Lamo on Friday after clashes with the army that left 20 soldiers "
    "dead, officials said.",
    "Troops recaptured Mabrin from the militants on Sunday following a fierce gun battle, the army said.",
])
def test_a_fought_change_of_ground_stays_a_capture(extract: Extract, text: str) -> None:
    types = _territory_types(extract, text)
    assert types and UNFOUGHT not in types, [(m.type, m.trigger.text) for m in extract(text)]
