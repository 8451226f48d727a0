"""A unit written with its unit word but spelt otherwise than GeoNames spells it ("Galgaduud region"
for Galguduud, "Zaporizhia oblast" for Zaporizhzhia, "Amahara region" for Amhara, "Borono state" for
Borno) is that unit, matched approximately among the story's countries' units; a name with no near
unit, or one spelt as GeoNames does, keeps its answer. Fiction written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(
    ("text", "country", "admin1", "approximately"),
    [
        ("Al-Shabaab fighters attacked an army base in Galgaduud region on Tuesday, killing five soldiers, "
         "Somali officials said.", "Somalia", "Galguduud", True),
        ("Russian drones struck a power station in Zaporizhia oblast overnight, wounding three workers, "
         "Ukrainian officials said.", "Ukraine", "Zaporizhzhia Oblast", True),
        ("Fano militiamen attacked a police station in Amahara region on Sunday, killing four officers, "
         "Ethiopian officials said.", "Ethiopia", "Amhara", True),
        ("Boko Haram fighters raided a military base in Borono state on Sunday, killing seven soldiers, "
         "Nigerian officials said.", "Nigeria", "Borno State", True),
        # near-misses: the unit spelt as GeoNames spells it
        ("Al-Shabaab fighters attacked an army base in Galguduud region on Tuesday, killing five soldiers, "
         "Somali officials said.", "Somalia", "Galguduud", False),
    ],
)
def test_a_misspelt_unit_with_its_unit_word_is_that_unit(extract: Extract, text: str, country: str, admin1: str,
                                                         approximately: bool) -> None:
    places = [m.place for m in extract(text) if m.place is not None]
    assert places and (places[0].country, places[0].admin1) == (country, admin1)
    assert ("spelling matched approximately" in (places[0].note or "")) == approximately


def test_a_name_near_no_unit_stays_unplaced_below_its_country(extract: Extract) -> None:
    text = ("Al-Shabaab fighters attacked an army base in Tessoumbara region on Tuesday, killing five soldiers, "
            "Somali officials said.")
    places = [m.place for m in extract(text) if m.place is not None]
    assert places and places[0].country == "Somalia" and places[0].admin1 is None
