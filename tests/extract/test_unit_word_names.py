"""A district written with a unit word of several words in capitals ("Bokkos Local Government Area of
Plateau State") is the district, not the state after it: "Government" there is part of the unit word,
not a body's name. A body's name that holds "Government" still names no place. Fiction written for
these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import PlacePrecision


@pytest.mark.parametrize(
    ("text", "district", "state"),
    [
        ("Gunmen killed nine villagers in Bokkos Local Government Area of Plateau State on Sunday, Nigerian "
         "police said.", "Bokkos", "Plateau State"),
        ("Bandits killed 12 farmers in Maru Local Government Area of Zamfara State on Tuesday, police said.",
         "Maru", "Zamfara State"),
        ("Suspected herders attacked a farming community in Guma Local Government Area of Benue State, "
         "killing 20 people, the state government said.", "Guma", "Benue State"),
    ],
)
def test_a_capitalised_local_government_area_is_the_district(extract: Extract, text: str, district: str,
                                                             state: str) -> None:
    place = extract(text)[0].place
    assert place is not None and place.name is not None and place.name.startswith(district)
    assert place.precision is PlacePrecision.DISTRICT and place.admin1 == state and place.country == "Nigeria"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed four farmers, the Kaduna State Government said on Monday.",
        "Protesters marched to the office of the Local Government Service Commission on Friday, police said.",
    ],
)
def test_a_body_named_with_government_is_no_place(extract: Extract, text: str) -> None:
    for mention in extract(text):
        assert mention.place is None or mention.place.precision is not PlacePrecision.DISTRICT
