"""A claimant the text denies is no one: "no group has claimed the bombing", "nobody has claimed
responsibility", "the Taliban did not claim the attack" name no initiator, while a claim still does.

Every sentence here is fiction written for these tests, in the styles of wire copy and local papers.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in

from sitreps.models import Role


def _doers(extract: Extract, text: str) -> list[str]:
    return [name for m in extract(text) for name in names_in(m, Role.INITIATOR)]


@pytest.mark.parametrize("text", [
    "No group has claimed the bombing of the bus in Kabul.",
    "No one has claimed responsibility for the attack on the convoy near Gao.",
    "No armed group has claimed the ambush that killed 12 soldiers near Djibo.",
    "Nobody has claimed the car bombing outside the ministry in Mogadishu, police said.",
    "The Pakistani Taliban did not claim the bombing at the market in Peshawar.",
])
def test_a_denied_claimant_is_no_initiator(extract: Extract, text: str) -> None:
    assert _doers(extract, text) == []


@pytest.mark.parametrize(("text", "doer"), [
    ("The Baloch Liberation Army claimed the attack on the train in a statement.", "Baloch Liberation Army"),
    ("Al-Shabaab claimed responsibility for the bombing at the hotel in Mogadishu.", "Al-Shabaab"),
])
def test_a_claim_still_names_its_doer(extract: Extract, text: str, doer: str) -> None:
    assert doer in _doers(extract, text)
