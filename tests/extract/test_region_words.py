"""A proper noun right before a region word names that region whatever the small tagger calls it
("in Amhara region on Monday" read as a date), and a story country's own region of a name comes
before sitreps' wide area of that name when a region word is written ("the Sahel region of Burkina
Faso" is Burkina's Sahel Region; "across the Sahel" is the wide area). Fiction in news style."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        ("Fano militiamen clashed with federal troops in Amhara region on Monday, residents said.", "armed_clash",
         "Amhara"),
        ("Drone strikes hit a market in Amhara region on Sunday, killing 30 people, residents said.",
         "air_drone_strike", "Amhara"),
        ("Al-Shabaab fighters ambushed a convoy in Gedo region on Monday, residents said.", "armed_clash", "Gedo"),
        ("Jihadists killed 20 civilians in the Sahel region of Burkina Faso on Monday.", "attack_on_civilians",
         "Sahel Region"),
        ("Jihadists killed 20 civilians in Sahel region on Monday, Burkina Faso's army said.",
         "attack_on_civilians", "Sahel Region"),
    ],
)
def test_a_region_word_makes_its_name_the_region(extract: Extract, text: str, type_id: str, name: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and place.name == name and place.precision.value == "region"


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        # no region word: the wide area
        ("Jihadist violence has spread across the Sahel, from Mali to Burkina Faso, killing thousands.",
         "attack_on_civilians", "the Sahel"),
        ("Rebels clashed with soldiers in Hiraan region on Monday, residents said.", "armed_clash", "Hiiraan"),
    ],
)
def test_without_a_region_word_or_a_misread_nothing_changes(extract: Extract, text: str, type_id: str,
                                                            name: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and place.name == name
