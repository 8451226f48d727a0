"""Place similarity: a bare country of another state is no evidence against a named place."""

from __future__ import annotations

from sitreps.link.scoring import NEUTRAL, place_similarity
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
