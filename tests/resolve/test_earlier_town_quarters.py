"""A quarter the gazetteer lacks, told in a sentence that names no town, is a part of the town the story
named last before it ("an air raid on a district of Nyala ... on the Al-Jir neighbourhood"), not of a
province named elsewhere nor the country's middle (resolve/missing_places.py, round 28). Names invented."""

from __future__ import annotations

import pytest

from sitreps.models import PlacePrecision
from sitreps.resolve.gazetteer import Gazetteer, get_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


@pytest.mark.parametrize(
    ("country", "article", "earlier", "town"),
    [
        # the town told in the sentence before, a province told before it
        ("Sudan", ["North Kordofan", "El Obeid", "Nyala", "Zarqawiya-Tal"], ["Nyala", "El Obeid", "North Kordofan"],
         "Nyala"),
        # a headline's city, the only town told before the quarter
        ("Togo", ["Lome", "Agbedravo-Kpota"], ["Lome"], "Lomé"),
        # a name that is no town is passed over for the town told before it
        ("Kenya", ["Nakuru", "Wanjiru Kamau", "Kivumbini-Tatu"], ["Wanjiru Kamau", "Nakuru"], "Nakuru"),
    ],
)
def test_a_missing_quarter_is_in_the_town_told_before(gazetteer: Gazetteer, country: str, article: list[str],
                                                     earlier: list[str], town: str) -> None:
    match = gazetteer.resolve(article[-1], context_countries=[country], article_units=article, kind="neighbourhood",
                              earlier_units=earlier)
    assert match.approximate and match.precision is PlacePrecision.DISTRICT, match
    assert match.note is not None and f"placed at {town}, the town its story named before it" in match.note


@pytest.mark.parametrize(
    ("kind", "earlier"),
    [
        ("village", ["Nyala"]),  # a village is no part of a town: it stays in the province the story names
        ("neighbourhood", []),  # no town told before: as before, the province named in the article
        ("neighbourhood", ["Kampala"]),  # a town abroad holds no quarter of the story's country
    ],
)
def test_no_earlier_town_for_other_places(gazetteer: Gazetteer, kind: str, earlier: list[str]) -> None:
    match = gazetteer.resolve("Zarqawiya-Tal", context_countries=["Sudan"], article_units=["North Kordofan"],
                              kind=kind, earlier_units=earlier)
    assert match.approximate and match.admin1 == "North Kordofan", match

