"""A part of a town the gazetteer lacks ("Dhaka's Mirpur area", "Aleppo's Sheikh Maqsoud neighbourhood")
lies in the city that owns it, not at the middle of the province of the same name, nor at a lookalike
village far away ("Kabul's Dasht-e-Barchi neighbourhood" is not Kunduz's Dasht-e Archi); a district or
township of a region keeps the region. Fiction written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only

from sitreps.resolve.geodata import distance_km


@pytest.mark.parametrize(
    ("text", "type_id", "country", "city"),
    [
        ("Police arrested 30 protesters in Dhaka's Mirpur area on Thursday.", "arrest", "Bangladesh",
         (23.71, 90.41)),
        ("Clashes erupted in Aleppo's Sheikh Maqsoud neighbourhood on Sunday.", "armed_clash", "Syria",
         (36.20, 37.16)),
        ("A bomb killed 12 people in Kabul's Dasht-e-Barchi neighbourhood on Tuesday.", "remote_explosive",
         "Afghanistan", (34.53, 69.17)),
        ("Shelling killed six civilians in Khartoum's Kalakla neighbourhood on Monday, activists said.",
         "shelling_missile_attack", "Sudan", (15.55, 32.53)),
        ("A car bomb exploded in Baghdad's Shaab area on Saturday, killing five.", "remote_explosive", "Iraq",
         (33.34, 44.40)),
    ],
)
def test_a_part_of_a_town_lies_in_the_town(extract: Extract, text: str, type_id: str, country: str,
                                           city: tuple[float, float]) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and place.country == country and place.approximate
    assert place.lat is not None and place.lon is not None and distance_km(place.lat, place.lon, *city) < 25.0


@pytest.mark.parametrize(
    ("text", "type_id", "admin1"),
    [
        # a township of a region is the region's, however far from its namesake city
        ("An airstrike hit a house in Sagaing's Kani township on Sunday, killing nine.", "air_drone_strike",
         "Sagaing Region"),
        # an owner that is a town only (no province of its name) already held its parts
        ("Gunmen killed four people in Karachi's Lyari area on Friday, police said.", "attack_on_civilians",
         "Sindh"),
    ],
)
def test_units_and_known_towns_keep_their_answers(extract: Extract, text: str, type_id: str, admin1: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and place.admin1 == admin1
