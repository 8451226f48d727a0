"""Idioms with their object inside: "took dozens of guests hostage", "set two cars ablaze".

A phrase trigger's words must stand next to each other, with at most numbers, articles and
adjectives between; "take hostage" missed "took 20 passengers hostage". A phrase's ``*`` now
stands for a short noun phrase (up to five words), the idiom's object; a clause does not fit in it.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(("text", "type_id"), [
    ("Gunmen stormed a hotel in the capital of Karsa and took dozens of guests hostage.", "abduction"),
    ("Pirates held the ship's crew hostage for three weeks off the coast of Sela.", "abduction"),
    ("Rioters set two police cars ablaze outside the courthouse in Vesk on Monday.", "violent_demonstration"),
    ("Soldiers set the homes of rebel fighters on fire in the village of Kiri.", "looting_property_destruction"),
    ("The rebels took 40 government soldiers prisoner near the town of Kalu.", "surrender_capture"),
])
def test_an_idiom_with_its_object_inside_is_found(extract: Extract, text: str, type_id: str) -> None:
    types = [m.type for m in extract(text)]
    assert type_id in types, types


@pytest.mark.parametrize("text", [
    "The company took the decision to hold its annual meeting in Vesk, despite the hostage crisis abroad.",
    "Officials said the fire set off alarms across the district, but nobody was hurt.",
])
def test_a_clause_is_no_idiom_object(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert "abduction" not in types and "looting_property_destruction" not in types, types
