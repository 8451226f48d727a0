"""A named town renamed by "a town in Y" is the event's place: a target so renamed is a town whatever
the tagger calls it ("attacked Debre Tabor, a town in the Amhara region"), and the phrase that only
says where the town lies yields to it even when it names a town too ("Kauru, a town in southern
Kaduna" is not the city of Kaduna). A group renamed by its own noun stays a group. Fiction written for
these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only


@pytest.mark.parametrize(
    ("text", "type_id", "name", "country"),
    [
        ("Fano militiamen attacked Debre Tabor, a town in the Amhara region, on Wednesday, residents said.",
         "armed_clash", "Debre Tabor", "Ethiopia"),
        ("Gunmen attacked Kauru, a town in southern Kaduna, killing six villagers.",
         "armed_clash", "Kauru", "Nigeria"),
        ("Fighting broke out in Kauru, a town in southern Kaduna, on Sunday, residents said.",
         "armed_clash", "Kauru", "Nigeria"),
        ("Rebels shelled Beni, a city in North Kivu province, killing seven civilians.",
         "shelling_missile_attack", "Beni", "Democratic Republic of the Congo"),
        ("Israeli jets struck Baalbek, a city in Lebanon's Bekaa valley, on Friday, killing four people.",
         "air_drone_strike", "Baalbek", "Lebanon"),
        ("A bomb exploded in Garissa, a town in eastern Kenya, killing two police officers.",
         "remote_explosive", "Garissa", "Kenya"),
    ],
)
def test_the_apposed_town_is_the_place(extract: Extract, text: str, type_id: str, name: str, country: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and (place.name, place.country) == (name, country) and not place.approximate


def test_a_group_renamed_as_a_group_is_no_town(extract: Extract) -> None:
    text = "Government forces attacked Al-Shabaab, a militant group based in Somalia, in the Lower Shabelle region."
    place = only(extract(text), "armed_clash").place
    assert place is not None and place.name == "Lower Shabelle"
