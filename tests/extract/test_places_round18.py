"""A town the gazetteer lacks, written in one clause with an admin unit of the story's country, is not a
far namesake abroad (round 18): resolve/gazetteer.py reads the units the town's own clause names
(extract/name_context.py, clause_units), and extract/story_place.py keeps the town's bare retellings in that
unit. Fiction in the style of wire copy and local outlets; near misses keep their place abroad."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention


def _countries(events: list[EventMention], type_ids: tuple[str, ...]) -> set[str | None]:
    """The countries of every placed mention of these types."""
    return {m.place.country for m in events if m.type in type_ids and m.place is not None}


VIOLENCE = ("armed_clash", "attack_on_civilians", "shelling_missile_attack", "air_drone_strike",
            "looting_property_destruction", "abduction")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # wire lead: the unit after the town, hung on the same verb
        ("MAPUTO, May 12 (AFP) - Islamist insurgents attacked the coastal town of Palma in Mozambique's "
         "northern Cabo Delgado province on Saturday, killing at least six civilians, a security source said.",
         "Mozambique"),
        # the unit in apposition, a local outlet's long sentence
        ("Gunmen killed five farmers in Palma, Cabo Delgado province, on Monday morning while they were "
         "working in their fields, the district administrator told our correspondent.", "Mozambique"),
        # passive voice, the unit before the verb
        ("In Cabo Delgado province, the town of Palma was shelled by insurgents overnight and dozens of "
         "houses were burned, residents said.", "Mozambique"),
        # another conflict: an alternate spelling of a far city (Kenya's Mombasa), the unit after a comma
        ("At least fourteen civilians were killed on Friday when suspected ADF rebels ambushed vehicles on "
         "the road near Mambasa, in Ituri province, the territory's administrator said.",
         "Democratic Republic of the Congo"),
        # the same town raided, clause order reversed
        ("Suspected ADF fighters raided Mambasa in Ituri province on Friday night, killing nine civilians "
         "and torching a health centre, local officials said.", "Democratic Republic of the Congo"),
    ],
)
def test_a_town_written_with_its_unit_stays_in_the_units_country(extract: Extract, text: str,
                                                                   country: str) -> None:
    assert _countries(extract(text), VIOLENCE) == {country}


def test_a_bare_retelling_keeps_the_units_placing(extract: Extract) -> None:
    """"The attack on Palma" two sentences on names the town bare: one name is one place in a story."""
    text = ("Islamist insurgents attacked the coastal town of Palma in Mozambique's northern Cabo Delgado "
            "province on Saturday, killing six civilians. The attack on Palma is the most serious in the "
            "district since 2021, when a siege of the town left dozens dead.")
    assert _countries(extract(text), ("armed_clash",)) == {"Mozambique"}


@pytest.mark.parametrize(
    ("text", "type_ids", "country"),
    [
        # near miss: the unit is named in another clause; the far town is where this strike fell
        ("A Houthi drone hit an apartment building in Eilat after Israeli jets struck Hodeidah province, "
         "Israeli media reported.", ("air_drone_strike",), "Israel"),
        # near miss: the town the gazetteer knows in the unit's country stays there
        ("Russian drones struck the town of Chuhuiv in the Kharkiv region overnight, wounding three people, "
         "the regional governor said.", ("air_drone_strike",), "Ukraine"),
    ],
)
def test_a_town_abroad_or_at_home_keeps_its_country(extract: Extract, text: str, type_ids: tuple[str, ...],
                                                    country: str) -> None:
    assert country in _countries(extract(text), type_ids)
