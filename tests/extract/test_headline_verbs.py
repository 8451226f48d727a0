"""A headline's present tense the tagger reads as a noun ("Army shells rebel positions near Goma") is the verb's
event when the parse hangs an object on it and a doer before it; the noun "strike" that hits a place ("Strikes
hit Kharkiv") is an air strike unless a stoppage word or working people modify it. Near misses: general,
nationwide, hunger and doctors' strikes that hit a place.

Every sentence here is fiction written for these tests, in the styles of wire headlines and local press.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

SHELLING = "shelling_missile_attack"
AIR = "air_drone_strike"


def _types(extract: Extract, text: str) -> set[str]:
    return {m.type for m in extract(text)}


@pytest.mark.parametrize("text", [
    "Army shells rebel positions near Goma",
    "Azerbaijan shells Armenian border posts",
    "RSF shells El Fasher market",
])
def test_a_headline_verb_read_as_a_noun_is_the_shelling(extract: Extract, text: str) -> None:
    assert SHELLING in _types(extract, text), [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Strikes hit Kharkiv",
    "Russian strikes hit power plants across Ukraine",
    "Overnight strikes hit the outskirts of Khartoum, witnesses said.",
    "Strikes hit Kharkiv as residents shelter in metro stations",
    "A strike hit a fuel depot near Donetsk on Tuesday, local officials said.",
])
def test_strikes_that_hit_a_place_are_air_strikes(extract: Extract, text: str) -> None:
    assert AIR in _types(extract, text), [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    "General strike hits Lagos",
    "A nationwide strike hit ports across Nigeria on Monday.",
    "The doctors' strike hit hospitals across Kenya for a second week.",
    "Hunger strike hits prison in Tehran",
])
def test_a_stoppage_that_hits_a_place_is_no_air_strike(extract: Extract, text: str) -> None:
    assert AIR not in _types(extract, text), [(m.type, m.trigger.text) for m in extract(text)]
