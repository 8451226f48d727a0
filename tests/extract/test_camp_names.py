"""A name before a run of nouns that ends in a settlement or site word is where it happened: "the
Nuseirat refugee camp" is Nuseirat, not the region the sentence adds; a name that describes any
other noun ("the Fano conflict zone", "the Wagner training ..." as a group) places nothing.
Fiction in the style of news."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        ("Two Israeli airstrikes on the Nuseirat refugee camp in central Gaza killed at least 18 people on "
         "Tuesday, the health ministry said.", "air_drone_strike", "An Nuşayrāt"),
        ("Israeli tanks shelled the Jabalia refugee camp in northern Gaza on Saturday, killing 11 people, medics "
         "said.", "shelling_missile_attack", "Jabālyā"),
        ("Gunmen attacked the Kakuma refugee camp in northwestern Kenya on Monday, killing two people, police "
         "said.", "attack_on_civilians", "Kakuma"),
    ],
)
def test_a_camp_is_at_its_name(extract: Extract, text: str, type_id: str, name: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and place.name == name and place.precision.value == "exact"


@pytest.mark.parametrize(
    ("text", "type_id", "describer"),
    [
        ("Fano militiamen clashed with federal troops in the Fano conflict zone on Monday, Ethiopian officials "
         "said.", "armed_clash", "Fano"),
        ("Government troops attacked the Wagner training camp in central Libya on Monday.", "attack_on_civilians",
         "Wagner"),
    ],
)
def test_a_name_describing_another_noun_is_no_place(extract: Extract, text: str, type_id: str,
                                                    describer: str) -> None:
    place = only(extract(text), type_id).place
    assert place is None or describer not in (place.name or "")
