"""A village the gazetteer lacks in a province the news writes without GeoNames' Arabic article ("Iraq's
western Anbar province", GeoNames' Al Anbar) goes to that province, not to the country's middle (round 27)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only_of


@pytest.mark.parametrize(
    ("text", "type_ids", "unit"),
    [
        ("Rockets struck the Qasr Dulaimi outpost in Iraq's western Anbar province overnight, an official said.",
         frozenset({"shelling_missile_attack", "air_drone_strike"}), "Al Anbar"),
        ("A drone strike killed four men in the village of Wadi Harib in Yemen's central Bayda province on "
         "Tuesday, residents said.", frozenset({"air_drone_strike"}), "Al Bayda"),
    ],
)
def test_a_village_the_gazetteer_lacks_goes_to_its_province(extract: Extract, text: str, type_ids: frozenset[str],
                                                            unit: str) -> None:
    place = only_of(extract(text), type_ids).place
    assert place is not None and place.lat is not None
    assert unit in (place.name, place.admin1) or unit in (place.note or ""), place
