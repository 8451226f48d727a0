"""A faith's "State" ("Islamic State", an armed group) is no place; a people's own region ("Somali
Region", "Shan State") is. Fiction written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only


@pytest.mark.parametrize(
    "text",
    [
        # the accused group was read as a region "Islamic" with its unit word
        "Kabul has blamed Islamic State for the attack on the mosque.",
        "Nigeria's army blamed Islamic State for the ambush that killed 12 soldiers.",
        "Police in Mozambique accused Islamic State of beheading five villagers.",
        "The Taliban blamed Islamic State for a bombing that killed seven worshippers.",
        # never read so
        "Iraq's government said Islamic State attacked an army checkpoint, killing four soldiers.",
    ],
)
def test_islamic_state_is_a_group_not_a_place(extract: Extract, text: str) -> None:
    for mention in extract(text):
        assert mention.place is None or "Islamic" not in (mention.place.name or ""), mention.place


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        ("Fighting erupted in Somali Region on Monday, killing six people, Ethiopian officials said.", "armed_clash",
         "Somali"),  # a people's own region keeps its name
        ("The army shelled villages in Shan State on Monday, residents said.", "shelling_missile_attack",
         "Shan State"),
        ("The United States launched airstrikes against Islamic State in Somalia on Sunday.", "air_drone_strike",
         "Somalia"),  # the group is the target, the country the place
    ],
)
def test_a_region_named_after_its_people_is_a_place(extract: Extract, text: str, type_id: str, name: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and place.name == name
