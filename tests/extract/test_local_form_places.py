"""Stories that write Ukrainian towns in their Russian form place the event at the Ukrainian town;
a story of another country keeps its own spelling. Fiction written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        ("Russian artillery shelled Orekhov in the Zaporozhye region on Tuesday, killing two civilians, "
         "the regional governor said.", "shelling_missile_attack", "Orikhiv"),
        ("Ukrainian troops repelled an assault near Gulyaipole overnight, the general staff in Kyiv said.",
         "armed_clash", "Hulyaypole"),
        ("A Russian drone struck a bus in Marganets, Ukraine, on Sunday, wounding eleven passengers.",
         "air_drone_strike", "Marhanets"),
        ("Fighting raged in Krasnogorovka on Monday as Russian forces pressed west of Donetsk, Ukrainian "
         "officials said.", "armed_clash", "Krasnohorivka"),
        ("Ukrainian officials said Russian shelling of Chasov Yar had killed three residents on Friday.",
         "shelling_missile_attack", "Chasiv Yar"),
    ],
)
def test_a_russian_form_places_the_event_in_ukraine(extract: Extract, text: str, type_id: str, name: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and (place.name, place.country) == (name, "Ukraine") and not place.approximate


@pytest.mark.parametrize(
    ("text", "type_id", "name", "country"),
    [
        # a Russian city in a story of the war keeps its own spelling
        ("Ukrainian drones struck an oil depot in Belgorod, Russia, on Sunday, wounding five workers, the "
         "Russian governor said.", "air_drone_strike", "Belgorod", "Russia"),
        # a name with a g in a country without rules
        ("Gunmen attacked a checkpoint in Gumi, a city in South Korea, on Monday, police said.",
         "armed_clash", "Gumi", "South Korea"),
    ],
)
def test_a_town_of_another_country_keeps_its_spelling(extract: Extract, text: str, type_id: str, name: str,
                                                      country: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and (place.name, place.country) == (name, country)
    assert "local romanisation" not in (place.note or "")
