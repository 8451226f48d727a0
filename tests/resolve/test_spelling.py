"""Another romanisation of a town of the story's countries is that town; a lookalike elsewhere is not."""

from __future__ import annotations

import pytest

from sitreps.models import PlacePrecision
from sitreps.resolve.gazetteer import Gazetteer, get_gazetteer
from sitreps.resolve.spelling import spelling_key


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


@pytest.mark.parametrize(
    ("written", "country", "name"),
    [
        # vowels, y for i and doubled letters differ; the consonants agree
        ("Huliaipole", "Ukraine", "Hulyaypole"),
        ("Maaloula", "Syria", "Ma‘lūlā"),
        ("Tell Rifaat", "Syria", "Tall Rif‘at"),
        ("Maaret Misrin", "Syria", "Ma‘arratmişrīn"),
        ("Dhusamareb", "Somalia", "Dhuusamarreeb"),
    ],
)
def test_another_romanisation_is_the_town(gazetteer: Gazetteer, written: str, country: str, name: str) -> None:
    match = gazetteer.resolve(written, context_countries=[country])
    assert (match.name, match.country, match.precision) == (name, country, PlacePrecision.EXACT)
    assert not match.approximate
    assert match.note is not None and "romanisation" in match.note


@pytest.mark.parametrize(
    ("written", "country"),
    [
        # villages the gazetteer lacks keep their name, placed approximately, never at a lookalike
        ("Staromaiorske", "Ukraine"),
        ("Klishchiivka", "Ukraine"),
        ("Novomykhailivka", "Ukraine"),
        ("Tinzaouatine", "Mali"),
        ("Diallassagou", "Mali"),
        # a short name shares its skeleton with too many villages to be matched by it
        ("Jakana", "Nigeria"),
    ],
)
def test_no_lookalike_for_a_missing_village(gazetteer: Gazetteer, written: str, country: str) -> None:
    match = gazetteer.resolve(written, context_countries=[country])
    assert match.approximate and match.name == written


def test_only_within_the_storys_countries(gazetteer: Gazetteer) -> None:
    # without a country the skeleton is never consulted: a lookalike anywhere in the world is no evidence
    assert "romanisation" not in (gazetteer.resolve("Huliaipole").note or "")
    # nor in another country's places
    assert "romanisation" not in (gazetteer.resolve("Huliaipole", context_countries=["Syria"]).note or "")


def test_spelling_key() -> None:
    assert spelling_key("huliaipole") == spelling_key("hulyaypole") == "h*l*p*l*"
    assert spelling_key("tell rifaat") == spelling_key("tall rifat")
    assert spelling_key("kherson") != spelling_key("kharkiv")
