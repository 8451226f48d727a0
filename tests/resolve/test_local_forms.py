"""A Ukrainian town written in its Russian romanisation is that town ("Gulyaipole" is Hulyaypole,
"Orekhov" Orikhiv, not Crimea's Orekhovo); the rewriting holds only inside the country whose letters it
knows, and never turns a name the gazetteer has as written, or a missing village, into another place."""

from __future__ import annotations

import pytest

from sitreps.models import PlacePrecision
from sitreps.resolve.gazetteer import Gazetteer, get_gazetteer
from sitreps.resolve.local_forms import local_form


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Orekhov", "Orikhiv"),              # -ov for -iv, and a lookalike (Orekhovo) one letter away
        ("Gulyaipole", "Hulyaypole"),        # g for h
        ("Gulyai Pole", "Hulyaypole"),
        ("Krasnogorovka", "Krasnohorivka"),  # both at once
        ("Chasov Yar", "Chasiv Yar"),        # the ending of a first word
        ("Marganets", "Marhanets"),
    ],
)
def test_a_russian_form_is_the_ukrainian_town(gazetteer: Gazetteer, written: str, name: str) -> None:
    match = gazetteer.resolve(written, context_countries=["Ukraine"])
    assert (match.name, match.country, match.precision) == (name, "Ukraine", PlacePrecision.EXACT)
    assert not match.approximate


@pytest.mark.parametrize(
    ("written", "countries", "country"),
    [
        ("Orekhovo", ["Ukraine"], "Ukraine"),     # written as GeoNames has it: that place, no rewriting
        ("Belgorod", ["Ukraine", "Russia"], "Russia"),  # a Russian city keeps its own spelling
        ("Gulyaipole", ["Syria"], None),           # no rules for the story's country: never rewritten
    ],
)
def test_no_rewriting_where_it_does_not_apply(gazetteer: Gazetteer, written: str, countries: list[str],
                                              country: str | None) -> None:
    match = gazetteer.resolve(written, context_countries=countries)
    assert "local romanisation" not in (match.note or "")
    if country is not None:
        assert match.country == country and not match.approximate


@pytest.mark.parametrize("written", ["Novogrodovka", "Stepnogorsk", "Staromaiorske"])
def test_a_missing_village_stays_missing(gazetteer: Gazetteer, written: str) -> None:
    match = gazetteer.resolve(written, context_countries=["Ukraine"])
    assert match.approximate and match.name == written


def test_local_form() -> None:
    assert local_form("orekhov", "UA") == "orekhiv"  # the vowels are the skeleton's to ignore
    assert local_form("hulyaipole", "UA") is None  # already in Ukrainian letters
    assert local_form("gao", "ML") is None  # a country without rules
