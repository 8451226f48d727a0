"""Protest forms of South Asian and African copy: a human chain, a dharna, a hartal, a gherao, and the
police's lathi charge that breaks one up (data/taxonomy.yaml lexicons of peaceful_protest and
protest_with_intervention, round 18).

Fiction in news style, written for sitreps."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize("text", [
    "Several hundred garment workers formed a human chain on the highway in Gazipur on Saturday demanding wages.",
    "Students formed human chains in front of the university in Rajshahi on Sunday.",
    "Opposition workers staged a dharna outside the district collectorate in Patna on Monday.",
    "Traders observed a hartal in Kozhikode on Tuesday against the new tax.",
    "Villagers gheraoed the block office in Purulia on Monday over water supply.",
    # round 24: the stayaway (stay-away) of southern and eastern African copy, a shutdown protest
    "Shops and offices stayed shut in Bulawayo on Monday as a two-day stayaway called by the unions took hold.",
    "Workers heeded a national stay-away in Johannesburg on Wednesday against rising transport fares.",
])
def test_a_crowds_standing_protest_is_a_peaceful_protest(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert "peaceful_protest" in types, types
    assert "protest_with_intervention" not in types, types


@pytest.mark.parametrize("text", [
    "Police lathi-charged students protesting outside the university in Lucknow on Monday.",
    "Police lathicharged farmers marching to the capital on Tuesday.",
    "Police resorted to a lathi charge to break up the sit-in near the Secretariat on Sunday.",
])
def test_a_lathi_charge_on_a_crowd_is_an_intervention(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert "protest_with_intervention" in types, types


@pytest.mark.parametrize("text", [
    "The chain of command was changed after the defeat at the border, the army said on Monday.",
    "Police said lathis and sticks were recovered from the house in Kanpur on Friday.",
    "The minister said the new act would help teachers in every district.",
])
def test_near_misses_tell_no_protest(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert "peaceful_protest" not in types and "protest_with_intervention" not in types, types
