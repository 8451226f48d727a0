"""An event on a road is placed near the first town the road is named by ("on the road between X and
Y", "on the road to X", "on the highway linking X and Y"), with ACLED geo_precision 2; a road that
names no town, or a town only named as where the road's travellers went, does not move the event.
Fiction written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import PlacePrecision


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Jihadists ambushed an army convoy on the road between Gao and Ansongo on Tuesday, killing six "
         "soldiers, the Malian army said.", "Gao", "Mali"),
        ("Bandits killed 11 travellers on the road to Birnin Gwari in Nigeria's Kaduna state on Sunday, "
         "police said.", "Birnin-Gwari", "Nigeria"),
        ("Gunmen opened fire on a bus on the highway linking Bamenda and Bafut on Monday, wounding six "
         "passengers, Cameroonian officials said.", "Bamenda", "Cameroon"),
        ("A roadside bomb hit a police convoy on the road from Quetta to Chaman on Sunday, killing three "
         "officers, Pakistani police said.", "Quetta", "Pakistan"),
    ],
)
def test_an_event_on_a_road_is_near_its_first_named_town(extract: Extract, text: str, town: str,
                                                         country: str) -> None:
    place = extract(text)[0].place
    assert place is not None and place.name is not None and town in place.name
    assert place.country == country and place.precision is PlacePrecision.EXACT
    assert place.geo_precision == 2 and "near" in (place.note or "")
    assert place.text.startswith("the road") or place.text.startswith("the highway")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a road with no town named: the town the sentence puts the event in
        ("Gunmen ambushed a convoy on a dirt road in Mubi on Friday, killing four soldiers, Nigerian police "
         "said.", "Mubi"),
        # the road is the event's, but the town it is told in is finer than a road's far end
        ("Militants attacked a checkpoint in Diffa on the road to Niamey on Sunday, killing four soldiers, "
         "Niger's defence ministry said.", "Diffa"),
    ],
)
def test_a_road_does_not_outrank_the_town_the_event_is_in(extract: Extract, text: str, town: str) -> None:
    place = extract(text)[0].place
    assert place is not None and place.name == town and place.geo_precision == 1
