"""A region word after a town's name names the province seated there ("Gedaref state", "Sweida
province"), even when the gazetteer spells the province otherwise than the story; a region word
after a town whose province bears another name ("Pokrovsk region") keeps the town's area.

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import PlacePrecision
from sitreps.resolve.gazetteer import Gazetteer, get_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("A militia killed 11 villagers in Gedaref state on Monday, a local doctors' group said.",
     "Sudan", "Al Qaḑārif"),
    ("Gunmen kidnapped four traders in Sweida province on Friday, a Syrian monitoring group said.",
     "Syria", "As-Suwayda"),
    ("A drone struck a fuel depot in Hodeida governorate on Sunday, Yemeni officials said.",
     "Yemen", "Hodeidah Governorate"),
    ("Gunmen attacked a Shiite shrine in Najaf province on Thursday, killing three pilgrims, police said.",
     "Iraq", "An Najaf"),
    ("Jihadists attacked a market in the Tillabery region of Niger on Tuesday, killing nine people.",
     "Niger", "Tillaberi Region"),
])
def test_a_region_word_after_a_town_is_its_province(extract: Extract, text: str, country: str, admin1: str) -> None:
    place = next(m.place for m in extract(text) if m.place is not None)
    assert (place.precision, place.country, place.admin1) == (PlacePrecision.REGION, country, admin1)


@pytest.mark.parametrize(("name", "kind", "countries"), [
    ("Gedaref", None, ()),  # no region word: the town
    ("Kramatorsk", "region", ("Ukraine",)),  # its province is Donetsk Oblast: not a province of its name
    ("Djibo", "province", ("Burkina Faso",)),  # the seat of Soum province, named otherwise
])
def test_a_town_without_a_province_of_its_name_stays_the_town(gazetteer: Gazetteer, name: str, kind: str | None,
                                                              countries: tuple[str, ...]) -> None:
    found = gazetteer.resolve(name, context_countries=countries, kind=kind)
    assert found.precision is PlacePrecision.EXACT
