"""A road written as its towns' names with its site word in lower case ("the Maiduguri-Damboa road",
"the Abuja-Kaduna highway") is placed at its first town the gazetteer knows, approximate, at ACLED's
precision 2, not at its country's middle; a road named after no known town keeps its fallback.
Fiction written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("ISWAP fighters ambushed a military convoy on the Maiduguri-Damboa road on Friday, killing 11 soldiers, "
         "Nigerian officials said.", "Nigeria", "Borno State"),
        ("Separatist fighters killed two soldiers at a checkpoint on the Kumba-Mamfe road on Monday, Cameroonian "
         "officials said.", "Cameroon", "South-West"),
        ("Armed men ambushed a bus on the Jalalabad-Torkham road on Tuesday, killing four passengers, Afghan "
         "officials said.", "Afghanistan", "Nangarhar"),
    ],
)
def test_a_road_named_after_its_towns_is_at_its_first_town(extract: Extract, text: str, country: str,
                                                           admin1: str) -> None:
    places = [m.place for m in extract(text) if m.place is not None]
    assert places and (places[0].country, places[0].admin1) == (country, admin1)
    assert places[0].approximate and places[0].geo_precision == 2


def test_a_road_named_after_no_known_town_keeps_its_fallback(extract: Extract) -> None:
    text = ("Separatist fighters killed two soldiers on the Tessoumbara-Kelmabougou road on Monday, Cameroonian "
            "officials said.")
    places = [m.place for m in extract(text) if m.place is not None]
    assert places and places[0].country == "Cameroon" and places[0].admin1 is None
