"""A town the small tagger does not know, written last in a sentence-case headline or sentence ("Gunmen
killed 15 villagers in Djibo"), is tagged a common noun; capitalised inside a sentence written in
sentence case, it is a name all the same and is placed. Near misses: a title-case headline's capitals tell
nothing ("Police Detain Dozens In Market"), initials are no town ("in IDF"), and a capitalised institution
the gazetteer does not hold as a town ("outside Parliament") places nothing.

Every sentence here is fiction written for these tests, in the styles of wire headlines and copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(("text", "town"), [
    ("Gunmen killed 15 villagers in Djibo", "Djibo"),
    ("Jihadists kill 15 villagers near Djibo", "Djibo"),
    ("Bandits abducted 40 farmers in Tsafe", "Tsafe"),
    ("Militants attacked a checkpoint in Bannu", "Bannu"),
    ("Troops clashed with rebels near Kitshanga", "Kitshanga"),
])
def test_a_town_tagged_as_a_common_noun_is_placed(extract: Extract, text: str, town: str) -> None:
    places = [m.place for m in extract(text) if m.place is not None]
    assert places and town in (places[0].name or ""), [(m.type, m.place) for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Police Detain Dozens In Market",
    "Protesters rallied outside Parliament on Monday.",
    "Soldiers deployed in the Army barracks clashed with rebels.",
])
def test_capitals_that_name_no_town_place_nothing(extract: Extract, text: str) -> None:
    assert all(m.place is None for m in extract(text)), [(m.type, m.place) for m in extract(text)]
