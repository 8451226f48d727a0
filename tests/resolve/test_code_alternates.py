"""Airport and station codes among GeoNames' alternate names never place a force's initials abroad."""

from __future__ import annotations

import pytest

from sitreps.models import PlacePrecision
from sitreps.resolve.gazetteer import get_gazetteer
from sitreps.resolve.geodata import is_code


@pytest.mark.parametrize("initials", ["IDF", "SDF", "PKK", "HTS", "ADF", "ISW", "KBP", "ODS"])
def test_initials_that_are_a_towns_airport_code_resolve_to_no_town(initials: str) -> None:
    match = get_gazetteer().resolve(initials)
    assert match.precision is PlacePrecision.UNKNOWN and match.country is None, match


@pytest.mark.parametrize(("spelling", "town"), [
    ("Kiev", "Kyiv"), ("Kharkov", "Kharkiv"), ("Al Fashir", "El Fasher"), ("Odessa", "Odesa"),
])
def test_alternate_spellings_still_name_their_town(spelling: str, town: str) -> None:
    match = get_gazetteer().resolve(spelling, context_countries=("Ukraine", "Sudan"))
    assert match.name == town, match


@pytest.mark.parametrize(("alternate", "code"), [
    ("ADF", True), ("LTCP", True), ("Q3", True), ("Gao", False), ("Kyiv", False), ("Ufa", False), ("ABCDE", False),
])
def test_what_counts_as_a_code(alternate: str, code: bool) -> None:
    assert is_code(alternate) is code
