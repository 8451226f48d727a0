"""A village the gazetteer lacks, told as in a part of its country ("the hamlet of X in northern Mali",
"in eastern Burkina Faso"), goes to that part of the country, as ACLED codes it, not to the country's
middle; a unit or a known town keeps its own point, and another country's bearing moves nothing.
Fiction written for these tests; the villages' names are made up."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only

from sitreps.resolve.geodata import distance_km


@pytest.mark.parametrize(
    ("text", "type_id", "country", "near"),
    [
        ("Drones struck the hamlet of Tessoumbara in northern Mali on Sunday, killing six herders, residents "
         "said.", "air_drone_strike", "Mali", (16.77, -3.01)),  # Timbuktu's latitude, not Bamako's
        ("Gunmen killed nine villagers in Kourou Peulh, in eastern Burkina Faso, on Friday, a local official "
         "said.", "attack_on_civilians", "Burkina Faso", (12.06, 0.36)),  # Fada N'gourma's side
        ("Militants attacked the village of Ngaoundal Kossi in northeastern Nigeria, killing 12 farmers.",
         "attack_on_civilians", "Nigeria", (11.85, 13.16)),  # Borno, not Abuja
        ("Gunmen abducted 20 students from a school in Kuriga Dutse, in northwest Nigeria, police said.",
         "abduction", "Nigeria", (12.0, 6.0)),  # Zamfara/Sokoto, not Abuja
    ],
)
def test_a_missing_village_goes_to_the_part_of_its_country_the_sentence_names(
        extract: Extract, text: str, type_id: str, country: str, near: tuple[float, float]) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and place.country == country and place.approximate
    assert place.lat is not None and place.lon is not None and "part of" in (place.note or "")
    assert distance_km(place.lat, place.lon, *near) < 300.0


def test_a_known_town_keeps_its_point_in_a_named_part(extract: Extract) -> None:
    text = "Jihadists attacked Djibo in northern Burkina Faso on Friday, killing 14 soldiers."
    place = only(extract(text), "armed_clash").place
    assert place is not None and place.name == "Djibo" and not place.approximate


def test_a_unit_the_sentence_names_holds_the_village(extract: Extract) -> None:
    text = "Drones struck the hamlet of Tessoumbara in the Kidal region of northern Mali on Sunday, killing six."
    place = only(extract(text), "air_drone_strike").place
    assert place is not None and "Kidal" in (place.admin1 or "") and "part of" not in (place.note or "")


def test_another_countrys_part_moves_nothing(extract: Extract) -> None:
    text = ("Gunmen attacked the village of Dan Kasseye in Chad on Friday, killing eight farmers, and fled back "
            "to northern Nigeria, officials said.")
    place = only(extract(text), "attack_on_civilians").place
    assert place is not None and place.country == "Chad" and "part of" not in (place.note or "")


@pytest.mark.parametrize(
    ("text", "type_id", "parts"),
    [
        # bearings joined by "and" are two parts of the country, not the corner between them
        ("Israeli strikes hit southern and eastern Lebanon on Monday, killing 40 people, the health ministry said.",
         "air_drone_strike", "southern and eastern parts of Lebanon"),
        ("Heavy fighting raged across northern and eastern Syria on Tuesday, a war monitor said.",
         "armed_clash", "northern and eastern parts of Syria"),
        ("Jihadists attacked army posts in northern and eastern Burkina Faso on Sunday, killing 20 soldiers.",
         "armed_clash", "northern and eastern parts of Burkina Faso"),
        # near misses: one compound bearing is one part; two countries each keep their own part
        ("Militants attacked the village of Ngaoundal Kossi in northeastern Nigeria, killing 12 farmers.",
         "attack_on_civilians", "north-eastern part of Nigeria"),
        ("Israeli jets struck southern Lebanon on Friday after rockets hit northern Israel, the army said.",
         None, "southern part of Lebanon"),
    ],
)
def test_coordinated_bearings_name_each_part(extract: Extract, text: str, type_id: str | None, parts: str) -> None:
    notes = [m.place.note for m in extract(text) if type_id in (None, m.type) and m.place is not None and m.place.note]
    assert any(parts in note for note in notes), notes
