"""A district name two provinces share is the one inside a province the article names, wherever the
article writes the two; a village the gazetteer lacks in that district stays in its province
(resolve/context_reader.py, resolve/missing_places.py, round 27)."""

from __future__ import annotations

import pytest

from sitreps.models import PlacePrecision
from sitreps.resolve.gazetteer import Gazetteer, get_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


@pytest.mark.parametrize(
    ("town", "article", "province"),
    [
        # a headline's bare name; the body names the district and, apart, its province
        ("Aurangabad", ["Aurangabad district", "Bihar"], "Bihar"),
        ("Bijapur", ["Bijapur", "Manipur", "Chhattisgarh", "Bijapur district"], "Chhattisgarh"),
    ],
)
def test_a_shared_district_name_is_the_named_provinces(gazetteer: Gazetteer, town: str, article: list[str],
                                                       province: str) -> None:
    match = gazetteer.resolve(town, context_countries=["India"], article_units=article)
    assert (match.admin1, match.precision) == (province, PlacePrecision.EXACT), match


def test_without_the_province_the_larger_namesake_stays(gazetteer: Gazetteer) -> None:
    # near miss: no province named, the larger Aurangabad (Maharashtra) as before
    match = gazetteer.resolve("Aurangabad", context_countries=["India"], article_units=["Aurangabad district"])
    assert match.admin1 == "Maharashtra", match


def test_a_missing_village_stays_in_its_district_not_another_provinces_seat(gazetteer: Gazetteer) -> None:
    # a round-up of two states: the village of the Bihar district is not put at Jiribam (Manipur)
    match = gazetteer.resolve("Kolhua", context_countries=["India"], kind="village",
                              article_units=["Aurangabad district", "Bihar", "Jiribam district", "Manipur"])
    assert match.approximate and match.admin1 == "Bihar" and "Jiribam" not in (match.note or ""), match


def test_a_province_named_bare_stays_the_province(gazetteer: Gazetteer) -> None:
    # near miss: "Segou" beside "Segou region" is the region (its cercle's seat Niono named apart still holds
    # the village), not the Cercle de Segou inside it
    match = gazetteer.resolve("Diabaly", context_countries=["Mali"], kind="town",
                              article_units=["Segou", "Niono", "Segou region"])
    assert match.approximate and "Niono" in (match.note or ""), match
