"""A headline's town named as its province ("Bandits kill seven farmers in Sokoto") takes the town or district
of that province its lead gives the incident: the headline names the province in fewer words
(extract/finer_place.py, round 27). Two towns of one province told below a headline stay apart."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(
    ("text", "finer", "namesake"),
    [
        # fiction in the style of news, a province named after its capital in each
        ("Bandits kill seven farmers in Sokoto\n\nABUJA - Bandits killed seven farmers in Sabon Birni Local "
         "Government Area of Sokoto State on Sunday, police said.", "Sabon Birni", "Sokoto"),
        ("Gunmen kill 12 villagers in Katsina\n\nABUJA - Gunmen killed 12 villagers in Faskari Local Government "
         "Area of Katsina State on Sunday, police said.", "Faskari", "Katsina"),
        ("Roadside bomb kills four in Kandahar\n\nKABUL - A roadside bomb killed four people in the Spin Boldak "
         "district of Kandahar province on Monday, officials said.", "Spīn Bōldak", "Kandahār"),
    ],
)
def test_the_headlines_namesake_town_takes_the_leads_place(extract: Extract, text: str, finer: str,
                                                           namesake: str) -> None:
    placed = [m.place.name or "" for m in extract(text) if m.acled is not None and m.place is not None]
    assert placed and all(finer in name for name in placed), placed
    assert namesake not in placed


def test_two_towns_of_one_province_below_the_headline_stay_apart(extract: Extract) -> None:
    # near miss: the lead names the namesake town itself, and a second town in a later incident
    mentions = extract("Russian missiles kill three in Kharkiv\n\nKYIV - Russian missiles hit Kharkiv on Tuesday, "
                       "killing three people, the governor said. Later on Tuesday, a drone struck a warehouse in "
                       "Chuhuiv, killing one man.")
    placed = {m.place.name for m in mentions if m.place is not None}
    assert {"Kharkiv", "Chuhuiv"} <= placed, placed
