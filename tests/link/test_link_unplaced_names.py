"""A place the geocoder left at country level, named as another report's located place, is that place.

One outlet's village or district is often missing from the gazetteer, or read in a sentence that
names no province, and is kept as its name at country precision; another outlet's report of the
same incident places the same name at a town, district or region. The two name one place: a bare
country point says nothing about distance, so without the name the pair scored neutral. Fiction
in the style of news reports, several conflicts."""

from __future__ import annotations

import pytest

from sitreps.link.place_similarity import place_similarity
from sitreps.link.tolls import NEUTRAL
from sitreps.models import Place, PlacePrecision


def _place(name: str, country: str, precision: PlacePrecision, lat: float | None = None,
           lon: float | None = None, admin1: str | None = None) -> Place:
    return Place(text=name, name=name, country=country, admin1=admin1, precision=precision, lat=lat, lon=lon,
                 evidence=[])


COUNTRY = PlacePrecision.COUNTRY

SAME_PLACE = [
    # a Sahel village one outlet could not place ("gunmen raided Tessit at dawn")
    (_place("Tessit", "Mali", COUNTRY, 17.57, -3.99), _place("Tessit", "Mali", PlacePrecision.EXACT, 15.93, 0.96)),
    # a Burmese township read as a region by one wire and left unplaced by a local outlet
    (_place("Hpakant", "Myanmar", PlacePrecision.REGION, 25.61, 96.31),
     _place("HPAKANT", "Myanmar", COUNTRY, 21.0, 96.0)),
    # a Somali district spelled with its accent by one outlet
    (_place("Ceel Dheere", "Somalia", PlacePrecision.DISTRICT, 3.85, 47.18),
     _place("Céel Dhéere", "Somalia", COUNTRY, 5.15, 46.2)),
    # both outlets name a Kivu locality the gazetteer lacks
    (_place("Kalembe", "Democratic Republic of the Congo", COUNTRY),
     _place("Kalembe", "Democratic Republic of the Congo", COUNTRY)),
]


@pytest.mark.parametrize(("a", "b"), SAME_PLACE)
def test_one_name_placed_and_unplaced_is_one_place(a: Place, b: Place) -> None:
    assert place_similarity(a, b) == 1.0
    assert place_similarity(b, a) == 1.0


def test_two_different_unplaced_names_stay_neutral() -> None:
    """Two villages of one country, neither placed: no evidence either way."""
    tessit = _place("Tessit", "Mali", COUNTRY, 17.57, -3.99)
    boni = _place("Boni", "Mali", COUNTRY, 17.57, -3.99)
    assert place_similarity(tessit, boni) == NEUTRAL


def test_a_bare_country_named_twice_stays_neutral() -> None:
    """"Malian troops" read as Mali by two outlets places neither event: the name is the country's."""
    mali = _place("Mali", "Mali", COUNTRY, 17.57, -3.99)
    assert place_similarity(mali, mali.model_copy()) == NEUTRAL


def test_one_name_in_two_countries_is_not_one_place() -> None:
    """A name unplaced in one country and located in another: namesakes, not one place."""
    assert place_similarity(_place("Kalembe", "Uganda", COUNTRY),
                            _place("Kalembe", "Democratic Republic of the Congo", PlacePrecision.EXACT, -1.0, 28.9)) \
        == NEUTRAL


def test_two_located_namesakes_far_apart_are_still_a_gate() -> None:
    """Both placed: the gazetteer's points decide, and two far towns of one name stay apart."""
    north = _place("Santa Rosa", "Colombia", PlacePrecision.EXACT, 10.0, -75.0)
    south = _place("Santa Rosa", "Colombia", PlacePrecision.EXACT, 1.5, -76.5)
    assert place_similarity(north, south) is None
