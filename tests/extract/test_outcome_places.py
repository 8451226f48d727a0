"""A participle of harm tells what the act did, and where: "drones struck Kharkiv region, hitting a
warehouse in Chuhuiv" happened in Chuhuiv (the finer place wins); a participle of some other act
("pushing toward X") keeps its place to itself. A region written as a name and its noun ("Kharkiv
region") is the region, not a district that shares its name."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        # fiction in the style of news, three conflicts
        ("Ukrainian officials said Russian drones struck Kharkiv region on Monday, hitting a warehouse in the "
         "town of Chuhuiv.", "air_drone_strike", "Chuhuiv"),
        ("Gunmen attacked Zamfara state on Friday, killing 15 villagers in Tsafe.", "armed_clash", "Tsafe"),
        ("Syrian government aircraft bombed Idlib province on Thursday, killing nine civilians in the town of "
         "Saraqib.", "air_drone_strike", "Saraqib"),
    ],
)
def test_a_harm_participles_place_is_the_acts(extract: Extract, text: str, type_id: str, name: str) -> None:
    mention = only(extract(text), type_id)
    assert mention.place is not None and mention.place.name == name


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        # a participle of moving is another act: its destination is not where the shelling was
        ("Russian forces shelled Kherson on Monday, pushing toward Beryslav.", "shelling_missile_attack", "Kherson"),
        # a subordinate clause with its own marker is another act too
        ("Police dispersed protesters in Dhaka on Sunday while rallies continued in Rangpur.",
         "excessive_force", "Dhaka"),
    ],
)
def test_another_acts_place_stays_its_own(extract: Extract, text: str, type_id: str, name: str) -> None:
    events = [m for m in extract(text) if m.place is not None and m.place.name == name]
    assert events, [(m.type, m.place.name if m.place else None) for m in extract(text)]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Russian drones struck Kharkiv region overnight, the governor said.", "Kharkiv Oblast"),
        ("Ukrainian drones struck Kursk region overnight, the governor said.", "Kursk Oblast"),
    ],
)
def test_a_region_noun_names_the_region(extract: Extract, text: str, region: str) -> None:
    placed = [m.place for m in extract(text) if m.place is not None]
    assert placed and placed[0].name == region and placed[0].precision.value == "region"
