"""The border area of a country with a neighbour, read off GeoNames' populated places."""

from __future__ import annotations

from sitreps.resolve.gazetteer import get_gazetteer
from sitreps.resolve.geodata import distance_km
from sitreps.resolve.geoindex import build_index


def test_a_border_area_lies_on_the_neighbours_side() -> None:
    index = build_index()
    north_mali = index.border_point("ML", "DZ")
    assert north_mali is not None and north_mali[0] > 18.0  # Kidal's north, not Bamako's south
    east_kenya = index.border_point("KE", "SO")
    assert east_kenya is not None and east_kenya[1] > 40.0
    mexico_side = index.border_point("US", "MX")
    assert mexico_side is not None and mexico_side[0] < 33.0


def test_only_neighbours_share_a_border_area() -> None:
    assert build_index().border_point("ML", "RU") is None


def test_the_gazetteer_puts_a_missing_village_across_from_the_named_neighbour() -> None:
    match = get_gazetteer().resolve("Kouaribara", context_countries=["Niger", "Benin"], across=["Niger"])
    assert match.country == "Benin" and match.approximate and match.lat is not None and match.lon is not None
    assert distance_km(match.lat, match.lon, 11.3, 3.4) < 250.0  # Benin's north, by the Niger river


def test_a_place_only_near_a_country_is_never_put_inside_it() -> None:
    match = get_gazetteer().resolve("Kouaribara", context_countries=["Niger"], across=["Niger"])
    assert match.country != "Niger"
