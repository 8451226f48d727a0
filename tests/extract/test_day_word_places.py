"""A town written right before a word of the day ("on Odesa overnight", "in Gao today", "attacked Goma
yesterday") is still the town: the small tagger reads "Odesa overnight" as one time entity, and a name
before a lower-case noun was read as describing it. Near misses: a weekday before "overnight" is no
place, and a name that does describe the next noun ("the Fano conflict") stays no place.

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(("text", "town"), [
    ("Russia launched a drone attack on Odesa overnight, Ukrainian officials said.", "Odesa"),
    ("A drone attack on Kyiv overnight killed two people, the mayor said.", "Kyiv"),
    ("Gunmen stormed a police post in Gao today, killing two officers.", "Gao"),
    ("Rebels shelled the town of Goma today, killing five people.", "Goma"),
    ("Police fired tear gas at protesters in Dhaka today, witnesses said.", "Dhaka"),
    ("Soldiers clashed with militants in Marawi tonight, the army said.", "Marawi"),
    ("Rebels attacked Goma yesterday, killing four.", "Goma"),
])
def test_a_town_before_a_day_word_is_placed(extract: Extract, text: str, town: str) -> None:
    places = [m.place for m in extract(text) if m.place is not None]
    assert places and town in (places[0].name or ""), places


@pytest.mark.parametrize("text", [
    "Protesters clashed with police on Saturday overnight in the square.",
    "Fighters of the Fano conflict clashed with troops today, residents said.",
])
def test_a_weekday_or_a_describing_name_stays_no_place(extract: Extract, text: str) -> None:
    assert all(m.place is None for m in extract(text))
