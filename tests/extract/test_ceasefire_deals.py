"""A ceasefire agreement is a ceasefire: the modifier names the deal (the taxonomy's note on ceasefire).

"Ceasefire" before "agreement" or "deal" modifies a noun, so it is no event word of its own, and
the bare "agreement" typed the deal as a general agreement; the phrase wins over the noun. Other
agreements stay agreements.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize("text", [
    "The two sides signed a ceasefire agreement in the capital of Karsa on Friday.",
    "The army and the militia reached a truce deal late on Sunday, mediators said.",
    "A ceasefire accord brokered by the regional bloc took effect in Vesk at midnight.",
])
def test_a_ceasefire_deal_is_a_ceasefire(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert "ceasefire" in types and "agreement" not in types, types


@pytest.mark.parametrize("text", [
    "The government and the rebel alliance signed a peace agreement in Karsa on Friday.",
    "The two parties signed a power-sharing agreement in the capital on Monday.",
])
def test_other_deals_stay_agreements(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert "agreement" in types and "ceasefire" not in types, types
