"""A province GeoNames writes with the Arabic article ("Al Anbar", "An Najaf", "Al Bayda") is found as the
news writes it, without the article ("Anbar province"), while a town keeps its bare name and a name
already another unit's is not taken over (resolve/geodata.py, round 27)."""

from __future__ import annotations

import pytest

from sitreps.models import PlacePrecision
from sitreps.resolve.gazetteer import Gazetteer, get_gazetteer
from sitreps.resolve.geodata import ids_of


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


@pytest.mark.parametrize(
    ("written", "country", "unit"),
    [
        ("Anbar province", "Iraq", "Al Anbar"),
        ("Najaf province", "Iraq", "An Najaf"),
        ("Muthanna province", "Iraq", "Al Muthanna Governorate"),
        ("Bayda province", "Yemen", "Al Bayda"),
        ("Jawf governorate", "Yemen", "Al Jawf"),
        ("Kufrah district", "Libya", "Al Kufrah"),
    ],
)
def test_a_province_without_its_article_is_the_province(gazetteer: Gazetteer, written: str, country: str,
                                                        unit: str) -> None:
    match = gazetteer.resolve(written, context_countries=[country])
    assert (match.name, match.country, match.precision) == (unit, country, PlacePrecision.REGION)
    assert not match.approximate


def test_a_bare_town_name_stays_the_town(gazetteer: Gazetteer) -> None:
    # near miss: "Najaf" alone is the city, not the province now also keyed "najaf"
    match = gazetteer.resolve("Najaf", context_countries=["Iraq"])
    assert (match.name, match.precision) == ("Najaf", PlacePrecision.EXACT)


def test_a_name_of_another_unit_is_not_taken_over(gazetteer: Gazetteer) -> None:
    # "El Oro" (Ecuador) without its article is "Oro", already Oro Province's (Papua New Guinea)
    table = gazetteer._index.table
    assert "El Oro" not in {table.unit_name[i] for i in ids_of(table.unit_names, "oro")}
