"""Where a placeless report and a district abroad are put (round 17): a report no sentence places takes
the place of a mapped event of its story, not of a statement told elsewhere (extract/story_place.py),
and a district word's namesake seat in a country the story never nears is no seat (resolve/gazetteer.py).
Fiction in the style of wire copy; near misses keep their place."""

from __future__ import annotations

import pytest
from extract_helpers import Extract
from test_finer_places import placed

from sitreps.models import PlacePrecision


@pytest.mark.parametrize(
    ("text", "type_id", "town", "country"),
    [
        # the statement's town is where it was said; the older bombing takes the clash's district
        ("Pakistani troops killed four militants in Kech on Monday, the army said. The minister told a press "
         "conference in Islamabad that more operations would follow. In March, a suicide bomber struck a convoy, "
         "killing five soldiers.", "suicide_bomb", "Kech", "Pakistan"),
        # near miss: a scene set for the whole sentence ("In the capital, Abuja") still places its other report
        ("Police fired tear gas at marchers in Lagos on Monday. In the capital, Abuja, marchers say hired thugs "
         "attacked peaceful demonstrators while officers watched.", "attack_on_civilians", "Abuja", "Nigeria"),
        # near miss: with no mapped event located, the statement's town is still the story's place
        ("The minister told a press conference in Islamabad on Monday that troops were on alert. Later, a "
         "suicide bomber struck a convoy, killing five soldiers.", "suicide_bomb", "Islamabad", "Pakistan"),
    ],
)
def test_a_statement_elsewhere_lends_no_place(extract: Extract, text: str, type_id: str, town: str,
                                              country: str) -> None:
    place = placed(extract(text), type_id)
    assert town in (place.name or "") + place.text and place.country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Junta Airstrike Kills Villagers In Sagaing's Kani Township\n\nMyanmar junta jets bombed a village in "
         "Kani Township on Friday, killing seven civilians, residents said.", "Myanmar"),
    ],
)
def test_a_township_abroad_is_no_seat(extract: Extract, text: str, country: str) -> None:
    place = placed(extract(text), "air_drone_strike")
    assert place.country == country


def test_a_district_of_the_storys_country_keeps_its_seat(extract: Extract) -> None:
    """Near miss: a district whose seat lies in the story's country is still placed at the seat."""
    place = placed(extract("Pakistani troops killed four militants in Kech district on Monday, the army said."),
                   "armed_clash")
    assert place.country == "Pakistan" and place.precision is PlacePrecision.DISTRICT
