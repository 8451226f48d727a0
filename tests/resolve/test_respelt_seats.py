"""A district the gazetteer lacks, named after a town of its province spelt otherwise, is seated at that town
(resolve/gazetteer.Gazetteer._respelt_seat, round 29): news write "Kafinhausa LGA" and "Spinboldak district",
GeoNames "Kafin Hausa" and "Spīn Bōldak". Before, such a district went to the seat of another district the
story named, or to its province's centre. Sentences and pairs written for this test."""

from __future__ import annotations

import pytest

from sitreps.models import PlacePrecision
from sitreps.resolve.gazetteer import Gazetteer, get_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


@pytest.mark.parametrize(
    ("written", "country", "province", "seat"),
    [
        ("Kafinhausa LGA", "Nigeria", "Jigawa State", "Kafin Hausa"),
        ("Sabonbirni LGA", "Nigeria", "Sokoto State", "Sabon Birni"),
        ("Spinboldak district", "Afghanistan", "Kandahar", "Spīn Bōldak"),
    ],
)
def test_a_district_is_seated_at_its_town_spelt_otherwise(gazetteer: Gazetteer, written: str, country: str,
                                                          province: str, seat: str) -> None:
    match = gazetteer.resolve(written, context_countries=[country], context_units=[province])
    assert match.precision is PlacePrecision.DISTRICT and not match.approximate, match
    assert match.name == written and f"its seat {seat}" in (match.note or ""), match
    assert match.country == country and (match.admin1 or "") in province, match


def test_a_region_is_not_read_as_its_town(gazetteer: Gazetteer) -> None:
    """A first-level unit's town may lie anywhere in it: a missing "state" stays in the province named."""
    match = gazetteer.resolve("Kafinhausa state", context_countries=["Nigeria"], context_units=["Jigawa State"])
    assert match.approximate and match.precision is PlacePrecision.REGION, match

