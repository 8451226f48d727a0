"""A town written "in <country>" lies in that country or beside it: "the town of Palma in Mozambique" is
not Mallorca's Palma, "the village of Medina in Somalia" no county of Ohio; a town the gazetteer lacks
there is placed in that country. A namesake inside it, or in a neighbour, is still taken. Fiction
written for these tests; some villages' names are made up to share a far city's name."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only


@pytest.mark.parametrize(
    ("text", "type_id", "country"),
    [
        ("Militants stormed and torched the town of Palma in Mozambique on Wednesday.",
         "looting_property_destruction", "Mozambique"),
        ("Gunmen attacked the village of Cambridge in Kenya on Sunday, killing two herders.",
         "attack_on_civilians", "Kenya"),
        ("Bandits raided the village of Memphis in Sudan on Friday, residents said.", "attack_on_civilians",
         "Sudan"),
        ("Gang members burned homes in the village of Lyon in Haiti on Tuesday, killing five.",
         "attack_on_civilians", "Haiti"),
        ("Militants attacked the village of Medina in Somalia, killing three soldiers.", "attack_on_civilians",
         "Somalia"),
        ("Soldiers clashed with rebels near the village of Manchester in Jamaica on Monday.", "armed_clash",
         "Jamaica"),
    ],
)
def test_a_town_in_a_written_country_is_there(extract: Extract, text: str, type_id: str, country: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and place.country == country


@pytest.mark.parametrize(
    ("text", "type_id", "name", "country"),
    [
        ("Police arrested 20 protesters in the city of Valencia in Venezuela on Saturday.", "arrest",
         "Valencia", "Venezuela"),
        ("Gunmen clashed with soldiers in Tripoli in Lebanon on Sunday, killing two.", "armed_clash",
         "Tripoli", "Lebanon"),
        ("A drone hit an oil depot in the city of Bryansk in Russia, the governor said.", "air_drone_strike",
         "Bryansk", "Russia"),
    ],
)
def test_a_namesake_in_the_written_country_is_kept(extract: Extract, text: str, type_id: str, name: str,
                                                   country: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and (place.name, place.country) == (name, country) and not place.approximate
