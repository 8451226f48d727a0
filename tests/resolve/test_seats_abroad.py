"""A district word's seat abroad (resolve/gazetteer.py, _seats_at_home): a story of one country names a
district of another with that country, so "Kani Township" in a Myanmar story is not Japan's Kani."""

from __future__ import annotations

import pytest

from sitreps.resolve.gazetteer import Gazetteer, get_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


def test_a_township_abroad_is_no_seat(gazetteer: Gazetteer) -> None:
    match = gazetteer.resolve("Kani", context_countries=["Myanmar"], kind="township")
    assert match.country == "Myanmar"


@pytest.mark.parametrize(("name", "kind", "countries", "country"), [
    ("Kani", "township", [], "Japan"),  # near miss: no story country, the only Kani is meant
    ("Kech", "district", ["Pakistan"], "Pakistan"),  # near miss: the seat lies at home
])
def test_a_seat_at_home_or_without_context(gazetteer: Gazetteer, name: str, kind: str, countries: list[str],
                                           country: str) -> None:
    assert gazetteer.resolve(name, context_countries=countries, kind=kind).country == country
