"""Place similarity: a bare country of another state is no evidence against a named place."""

from __future__ import annotations

from sitreps.link.place_similarity import place_similarity
from sitreps.link.tolls import NEUTRAL
from sitreps.models import Place, PlacePrecision


def _place(name: str, country: str, precision: PlacePrecision, lat: float | None = None,
           lon: float | None = None) -> Place:
    return Place(text=name, name=name, country=country, precision=precision, lat=lat, lon=lon, evidence=[])


DOHA = _place("Doha", "Qatar", PlacePrecision.EXACT, 25.29, 51.53)
CONGO = _place("Democratic Republic of the Congo", "Democratic Republic of the Congo", PlacePrecision.COUNTRY)
QATAR = _place("Qatar", "Qatar", PlacePrecision.COUNTRY)
GOMA = _place("Goma", "Democratic Republic of the Congo", PlacePrecision.EXACT, -1.68, 29.22)


def test_talks_hosted_abroad_are_not_placed_apart_by_a_party_s_country():
    assert place_similarity(DOHA, CONGO) == NEUTRAL
    assert place_similarity(CONGO, DOHA) == NEUTRAL


def test_two_bare_countries_that_differ_still_disagree():
    assert place_similarity(QATAR, CONGO) == 0.0


def test_two_named_places_in_different_countries_are_a_gate():
    assert place_similarity(DOHA, GOMA) is None


def _located(name: str, admin1: str | None, precision: PlacePrecision, lat: float, lon: float) -> Place:
    return Place(text=name, name=name, country="Norland", admin1=admin1, precision=precision, lat=lat, lon=lon,
                 evidence=[])


# a fictional country: two provinces side by side, their capitals about 150 km apart
HARBOUR_TOWN = _located("Port Vessa", "Coast Province", PlacePrecision.EXACT, 6.45, 3.40)
HILL_PROVINCE = _located("Hill Province", "Hill Province", PlacePrecision.REGION, 7.40, 4.20)
COAST_PROVINCE = _located("Coast Province", "Coast Province", PlacePrecision.REGION, 6.60, 3.60)
MARKET_QUARTER = _located("Old Market", "Coast Province", PlacePrecision.REGION, 6.52, 3.42)
BORDER_TOWN = _located("Kessa", "Hill Province", PlacePrecision.EXACT, 6.55, 3.45)


def test_a_town_and_a_neighbouring_province_within_its_radius_are_apart():
    assert place_similarity(HARBOUR_TOWN, HILL_PROVINCE) == 0.0
    assert place_similarity(HILL_PROVINCE, MARKET_QUARTER) == 0.0


def test_a_town_and_its_own_province_are_one_place():
    assert place_similarity(HARBOUR_TOWN, COAST_PROVINCE) == 1.0
    assert place_similarity(MARKET_QUARTER, COAST_PROVINCE) == 1.0


def test_two_towns_close_across_a_provincial_border_stay_one_site():
    assert place_similarity(HARBOUR_TOWN, BORDER_TOWN) == 1.0


def test_an_unknown_province_is_no_evidence():
    unknown = HILL_PROVINCE.model_copy(update={"admin1": None})
    assert place_similarity(HARBOUR_TOWN, unknown) == 1.0
