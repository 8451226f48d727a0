""""The town" or "the city" after a town's owner in the same sentence ("Kidal's elders said drones struck
a market in the town") is that town, not the story's country; a town named for the event, or an owner
with no "the town" after it, keeps its answer. Fiction written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        ("Kidal's elders said drones struck a market in the town on Sunday, killing eight.", "air_drone_strike",
         "Kidal"),
        ("Gao's governor said jihadists shelled the city's airport on Monday, wounding two soldiers.",
         "shelling_missile_attack", "Gao"),
        ("Kherson's governor said Russian shelling hit a bus stop in the city on Friday, killing two.",
         "attack_on_civilians", "Kherson"),
        ("Maiduguri's police commissioner said a suicide bomber blew himself up at a mosque in the city, killing "
         "five worshippers, in northeastern Nigeria.", "suicide_bomb", "Maiduguri"),
    ],
)
def test_the_town_after_its_owner_is_that_town(extract: Extract, text: str, type_id: str, name: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and (place.name, place.geo_precision) == (name, 1)


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        ("Kharkiv's mayor said a missile hit an apartment block in Poltava on Tuesday, killing three, Ukrainian "
         "officials said.", "shelling_missile_attack", "Poltava"),
        ("Gunmen attacked a checkpoint in Mali on Monday; Kidal's elders condemned the attack.", "armed_clash", "Mali"),
    ],
)
def test_a_named_place_or_no_town_keeps_its_answer(extract: Extract, text: str, type_id: str, name: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and place.name == name


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        ("Goma's residents fled as rebels shelled the city on Monday, a UN official said.",
         "shelling_missile_attack", "Goma"),
        ("Aleppo's residents fled as government aircraft bombed the city on Sunday, activists said.",
         "air_drone_strike", "Aleppo"),
        ("Bamenda's shops were closed on Monday as separatist fighters attacked the town, local media reported.",
         None, "Bamenda"),
        ("Bunia's displaced camps swelled on Sunday after CODECO militiamen raided the town, aid workers said.",
         None, "Bunia"),
    ],
)
def test_an_event_with_no_place_at_all_takes_the_town_after_its_owner(
        extract: Extract, text: str, type_id: str | None, name: str) -> None:
    """The story names no country for the event: without the owner's town it had no place at all."""
    found = [m for m in extract(text) if m.acled is not None and (type_id is None or m.type == type_id)]
    assert found and all(m.place is not None and m.place.name == name for m in found), \
        [(m.type, m.place) for m in found]


@pytest.mark.parametrize("text", [
    "Residents fled as rebels shelled the city on Monday, a UN official said.",  # no town named before
    "Sudan's army shelled the city on Tuesday, witnesses said.",  # a country owns, not a town
])
def test_the_city_with_no_town_before_stays_unplaced(extract: Extract, text: str) -> None:
    assert all(m.place is None for m in extract(text) if m.acled is not None)
