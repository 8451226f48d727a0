"""Two outlets naming two towns 15-30 km apart tell two events; a suburb and its city stay one place.

``PLACE_RADIUS_KM`` gives a town 30 km so that a spot on its outskirts, geocoded to the town's point,
is still the town. Two towns of different names that far apart are two sites: in a dense war several
strikes fall on one day in towns 20 km apart (Gaza City and Khan Younis), and with the radius their
reports scored as one place with the site bonus. Written for sitreps (fiction, several conflicts)."""

from __future__ import annotations

import pytest

from sitreps.link.place_similarity import place_similarity
from sitreps.models import Place, PlacePrecision


def _town(name: str, country: str, lat: float, lon: float, precision: PlacePrecision = PlacePrecision.EXACT) -> Place:
    return Place(text=name, name=name, country=country, precision=precision, lat=lat, lon=lon, evidence=[])


APART = [
    (_town("Gaza", "Palestinian Territory", 31.50, 34.47), _town("Khan Yunis", "Palestinian Territory", 31.34, 34.31)),
    (_town("Goma", "Democratic Republic of the Congo", -1.68, 29.22),
     _town("Sake", "Democratic Republic of the Congo", -1.57, 29.04)),
    (_town("Kabul", "Afghanistan", 34.53, 69.17), _town("Paghman", "Afghanistan", 34.59, 68.95)),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_two_towns_fifteen_to_thirty_km_apart_are_two_places(a: Place, b: Place) -> None:
    assert place_similarity(a, b) == 0.0
    assert place_similarity(b, a) == 0.0


def test_a_suburb_and_its_city_are_one_place() -> None:
    """Near miss: Pétion-Ville told by one outlet, Port-au-Prince by the other, 6 km apart."""
    suburb = _town("Pétion-Ville", "Haiti", 18.51, -72.29)
    city = _town("Port-au-Prince", "Haiti", 18.54, -72.34)
    assert place_similarity(suburb, city) == 1.0


def test_one_town_s_name_at_two_points_is_still_one_place() -> None:
    """Near miss: one name geocoded at the town and at a spot 20 km out keeps the town's radius."""
    assert place_similarity(_town("Djibo", "Burkina Faso", 14.10, -1.63),
                            _town("Djibo", "Burkina Faso", 14.27, -1.60)) == 1.0


def test_a_town_and_a_district_keep_the_district_radius() -> None:
    """Near miss: a district's point against a town in it is no two towns."""
    town = _town("Saravena", "Colombia", 6.95, -71.88)
    district = _town("Saravena rural", "Colombia", 7.10, -71.95, PlacePrecision.DISTRICT)
    assert place_similarity(town, district) == 1.0
