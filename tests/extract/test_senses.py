"""Words of two meanings (extract/senses.py and the protest lexicon's vetoes): the parse picks the sense.

Fiction in news style, written for sitreps."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize("text", [
    "Teachers strike over unpaid salaries in Kinshasa",
    "Dock workers struck at the port of Mombasa on Monday, demanding back pay.",
    "Nurses and doctors struck across Harare on Tuesday over the cost of fuel.",
    "Bus drivers in Lahore struck on Thursday over unpaid wages.",
])
def test_working_people_who_strike_stop_work(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert "peaceful_protest" in types and "air_drone_strike" not in types, types


@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli jets struck overnight in Rafah, killing four people.", "air_drone_strike"),
    # people on foot who strike made a ground attack, typed by whom it hit (round 28, test_ground_strikers.py)
    ("Militants struck at a police checkpoint in Bannu on Sunday.", "armed_clash"),
    ("Attackers struck at dawn near Djibo, killing seven herders.", "attack_on_civilians"),
    ("Russian forces struck Kharkiv with ballistic missiles overnight.", "shelling_missile_attack"),
])
def test_an_armed_side_or_an_object_keeps_the_assault(extract: Extract, text: str, expected: str) -> None:
    types = [m.type for m in extract(text)]
    assert expected in types and "peaceful_protest" not in types, types


def test_workers_who_strike_a_deal_make_no_protest(extract: Extract) -> None:
    types = [m.type for m in extract("Union leaders struck a deal with the port authority in Durban on Monday.")]
    assert "peaceful_protest" not in types and "air_drone_strike" not in types, types


@pytest.mark.parametrize("text", [
    "Al-Shabaab fighters marched into the town of Mahas on Friday after government troops withdrew.",
    "Rebels marched into Goma on Tuesday as the army fled south.",
])
def test_armed_men_who_march_do_not_protest(extract: Extract, text: str) -> None:
    assert "peaceful_protest" not in [m.type for m in extract(text)]


def test_marchers_still_protest(extract: Extract) -> None:
    types = [m.type for m in extract("Thousands of students marched through central Bogota on Sunday.")]
    assert "peaceful_protest" in types, types


@pytest.mark.parametrize("text", [
    "At least 12 villagers killed in northern Burkina Faso drone strikes\n\nOUAGADOUGOU - At least 12 villagers "
    "were killed on Sunday by drone strikes near Djibo, local sources said.",
    "Six fishermen killed in Lake Chad drone strikes\n\nN'DJAMENA - Six fishermen were killed on Monday by drone "
    "strikes on islands of Lake Chad, officials said.",
])
def test_a_headline_weapon_before_the_verb_keeps_the_strike(extract: Extract, text: str) -> None:
    """The parse reads "... drone strikes" as a verb whose subject is the victims far before it."""
    types = [m.type for m in extract(text)]
    assert "peaceful_protest" not in types and "air_drone_strike" in types, types
