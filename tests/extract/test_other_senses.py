"""Words whose clause tells which sense they have (extract/senses.py, round 18): a warning of the warner's
own harm is a threat, a base set up is read by its object's noun, and "protest" and "rally" have senses
that are no demonstration.

Fiction in news style, written for sitreps."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize("text", [
    "Hezbollah warned on Sunday it would strike Israeli cities if the attacks on Lebanon continued.",
    "The junta warned on Monday that it would use force against anyone who joined the strike.",
    "The rebels warned they would attack Goma if the army did not withdraw, a spokesman said on Tuesday.",
    "Israel warned Hamas on Friday that it would not hesitate to strike Rafah.",
    "Al Shabaab's spokesman warned on Monday that its fighters would attack any town that hosted Kenyan troops.",
    "The Houthis vowed on Saturday they would retaliate against any strike on Hodeidah.",
    "Pakistan's army warned of a befitting response to any aggression from across the border.",
])
def test_a_warning_of_the_warners_own_harm_is_a_threat(extract: Extract, text: str) -> None:
    assert "threat" in [m.type for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Doctors warned on Monday that the cholera outbreak would kill hundreds in the camps.",
    "The UN warned on Tuesday that the militia would attack the camp within days.",
    "The minister warned that prices would rise further next month.",
    "The army warned residents on Sunday to stay away from the border area.",
    "The EU warned of consequences for the economy if the border stayed closed.",
    "Doctors warned of a sharp response of the virus to the cold weather.",
])
def test_a_warning_of_others_harm_or_of_a_danger_is_no_threat(extract: Extract, text: str) -> None:
    assert "threat" not in [m.type for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Turkey has established 12 new military posts in Idlib province since January, a monitor said.",
    "The rebels moved their headquarters to the town of Kiwanja last week.",
    "JNIM fighters set up two new camps in the forest near Kompienga, residents said on Friday.",
    "Russia's Africa Corps has built a new airbase near Niamey, satellite images show.",
])
def test_a_base_is_read_by_the_object_noun(extract: Extract, text: str) -> None:
    assert "base_established" in [m.type for m in extract(text)]


@pytest.mark.parametrize("text", [
    "The army moved the wounded soldiers to a hospital in Goma on Tuesday.",
    "Gunmen set fire to a police post in Kaduna on Sunday.",
    "The company opened a new post office in the town on Monday.",
    "Soldiers built a bridge over the river near the base on Tuesday.",
])
def test_other_objects_set_up_no_base(extract: Extract, text: str) -> None:
    assert "base_established" not in [m.type for m in extract(text)]


@pytest.mark.parametrize("text", [
    "The foreign ministry protested the arrest of its citizen on Monday.",
    "Pakistan protested to India on Tuesday over the shelling of a border village.",
    "Israel lodged a protest with the UN Security Council over the drone incident.",
    "Oil prices rallied on Monday after the ceasefire announcement.",
    "The president rallied his supporters behind the peace plan on Sunday.",
])
def test_an_objection_in_words_or_a_rise_is_no_demonstration(extract: Extract, text: str) -> None:
    assert "peaceful_protest" not in [m.type for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Thousands of students protested in Dhaka on Monday against the quota system.",
    "Students protested the tuition hike outside the ministry in Santiago on Tuesday.",
    "Supporters of the opposition rallied in Kinshasa on Saturday.",
    "Thousands rallied in Tbilisi on Sunday against the foreign agents law.",
    "Students rallied outside parliament in Nairobi on Friday against the new tax.",  # "parliament" parsed an object
    "Kenyans protested across Nairobi on Tuesday against the finance bill.",
])
def test_people_who_protest_or_rally_demonstrate(extract: Extract, text: str) -> None:
    assert "peaceful_protest" in [m.type for m in extract(text)]
