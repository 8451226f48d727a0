"""A town whose name is also a unit's abroad ("Tripoli", Libya's district; "Cordoba", Argentina's
province) lies in the story's own country: the bare name written elsewhere in the article favours
its own unit only inside the story's first country. Without a country, or in that country, the
unit still decides (Gao in Gao Region). Fiction written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Lebanese soldiers clashed with gunmen in Tripoli on Friday, killing two of them, the army said.",
         "Lebanon"),
        ("Colombian police arrested six protesters in Cordoba on Monday after clashes outside the mayor's "
         "office.", "Colombia"),
        ("Pakistani police said gunmen shot dead two grain traders in Hyderabad on Monday evening.", "Pakistan"),
        # near-misses: the unit lies in the story's own country, or no country is named
        ("Libyan militias clashed in Tripoli on Friday, killing four fighters, the health ministry said.",
         "Libya"),
        ("Militants attacked army posts in the towns of Gao, Menaka and Timbuktu overnight.", "Mali"),
    ],
)
def test_a_town_named_like_a_unit_abroad_stays_in_the_story_country(extract: Extract, text: str,
                                                                   country: str) -> None:
    places = [m.place for m in extract(text) if m.place is not None]
    assert places and places[0].country == country
