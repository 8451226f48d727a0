"""A name whose own clause names an admin unit (resolve/gazetteer.py, ``clause_units``): its namesakes far
from that unit's country are not meant; a neighbour's town, a country the sentence names and a capital are."""

from __future__ import annotations

import pytest

from sitreps.resolve.gazetteer import Gazetteer, get_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


@pytest.mark.parametrize(("name", "countries", "units", "country"), [
    # the story's country counts Spain for the name itself; the clause's province says Mozambique
    ("Palma", ["Mozambique", "Spain"], ["Cabo Delgado province"], "Mozambique"),
    # an alternate spelling of Kenya's Mombasa
    ("Mambasa", ["Democratic Republic of the Congo"], ["Ituri province"], "Democratic Republic of the Congo"),
    # a namesake across a border, 1,000 km from the clause's department
    ("Barcelona", ["Colombia", "Venezuela"], ["Quindio department"], "Colombia"),
    # a capital by another language's name: the Roma neighbourhood of Mexico City
    ("Roma", ["Mexico", "Italy"], ["Mexico City"], "Mexico"),
])
def test_a_far_namesake_is_not_the_town_of_the_clauses_unit(gazetteer: Gazetteer, name: str, countries: list[str],
                                                           units: list[str], country: str) -> None:
    match = gazetteer.resolve(name, context_countries=countries, context_units=units, clause_units=units)
    assert match.country == country and match.approximate


@pytest.mark.parametrize(("name", "countries", "units", "clause", "country"), [
    # near miss: the same names with the unit in another clause keep the old reading
    ("Palma", ["Mozambique", "Spain"], ["Cabo Delgado province"], [], "Spain"),
    # near miss: a neighbour's town ("drones launched from Belgorod at the Kharkiv region")
    ("Belgorod", ["Ukraine"], ["Kharkiv region"], ["Kharkiv region"], "Russia"),
    # near miss: a capital far away (talks "in Doha" over a province's war)
    ("Doha", ["Democratic Republic of the Congo"], ["North Kivu province"], ["North Kivu province"], "Qatar"),
    # near miss: a unit name of two story countries is the first one's (Venezuela's Amazonas, not Brazil's)
    ("Puerto Ayacucho", ["Venezuela", "Spain", "Brazil"], ["Amazonas"], ["Amazonas"], "Venezuela"),
    # near miss: a country the sentence names ("Jeddah in Saudi Arabia")
    ("Jeddah", ["Sudan"], ["Saudi Arabia", "North Darfur state"], ["North Darfur state"], "Saudi Arabia"),
])
def test_a_neighbour_a_capital_or_a_named_country_stays(gazetteer: Gazetteer, name: str, countries: list[str],
                                                        units: list[str], clause: list[str], country: str) -> None:
    match = gazetteer.resolve(name, context_countries=countries, context_units=units, clause_units=clause)
    assert match.country == country
