"""A village the gazetteer lacks, told as near a neighbour ("near Mali's border with Algeria", "at X,
near Sudan", "close to the Somali border"), lies in its country's border area with that neighbour,
not at the country's middle; a unit its sentence names, a known town or a border with no country
named keep their answers. Fiction written for these tests; the villages' names are made up."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only

from sitreps.resolve.geodata import distance_km


@pytest.mark.parametrize(
    ("text", "type_id", "country", "near"),
    [
        ("A drone strike on the hamlet of Tessoumbara near Mali's border with Algeria killed four herders on "
         "Sunday, local officials said.", "air_drone_strike", "Mali", (20.21, 1.01)),  # Tessalit's side
        ("Gunmen abducted nine traders at Kalgouri Wells, close to the Somali border, Kenyan police said on "
         "Monday.", "abduction", "Kenya", (3.94, 41.86)),  # Mandera's side
        ("Chad's army said gunmen attacked a camp at Mbaroua, near Sudan, on Friday, killing six refugees. "
         "Chad hosts many refugees.", "attack_on_civilians", "Chad", (13.47, 22.20)),  # Adré's side
        ("Russian artillery shelled the village of Verkhnia Pysarivka Druha near the border with Russia on "
         "Tuesday, wounding two, officials in Ukraine said.", "shelling_missile_attack", "Ukraine",
         (49.99, 36.23)),  # the north-east, not the west
    ],
)
def test_a_missing_village_near_a_neighbour_is_in_the_border_area(extract: Extract, text: str, type_id: str,
                                                                    country: str, near: tuple[float, float]) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and place.country == country and place.approximate
    assert place.lat is not None and place.lon is not None and "border area" in (place.note or "")
    assert distance_km(place.lat, place.lon, *near) < 400.0


@pytest.mark.parametrize(
    ("text", "type_id", "note"),
    [
        # a unit the sentence names is where the village is
        ("A drone strike on the hamlet of Tessoumbara in the Kidal region, near Algeria, killed four herders "
         "on Sunday, Mali's army said.", "air_drone_strike", "Kidal"),
        # a border with no country named says nothing of which one
        ("Militants attacked the hamlet of Tessoumbara near the border on Sunday, killing four villagers, "
         "Mali's army said.", "attack_on_civilians", "Mali"),
    ],
)
def test_a_named_unit_or_a_nameless_border_keeps_its_answer(extract: Extract, text: str, type_id: str,
                                                            note: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and place.note is not None
    assert note in place.note and "border area" not in place.note


def test_a_known_town_near_a_neighbour_keeps_its_own_point(extract: Extract) -> None:
    text = "Jihadists attacked an army post in Djibo, near Mali, on Friday, killing five soldiers, officials said."
    place = only(extract(text), "armed_clash").place
    assert place is not None and place.name == "Djibo" and not place.approximate


def test_a_frontier_that_is_acted_on_places_nothing_across_it(extract: Extract) -> None:
    """"Algeria closed its border with Mali": the border is what was closed, not where something is."""
    text = ("Algeria closed its border with Mali after a drone strike killed four herders at Tessoumbara in "
            "northern Mali on Sunday.")
    place = only(extract(text), "air_drone_strike").place
    assert place is not None and place.country == "Mali" and "border area" not in (place.note or "")
