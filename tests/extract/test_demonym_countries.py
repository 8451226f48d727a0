"""Every sovereign state's demonym says where a story is: "Honduran police ... in Trujillo" is
Honduras's Trujillo, not Peru's larger one; "Nicaraguan riot police ... in Granada" is Nicaragua's,
not Spain's. A demonym never outvotes a country the sentence names. Fiction written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.resolve.gazetteer import get_gazetteer


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Honduran police clashed with striking dockworkers in Trujillo on Wednesday, injuring six.", "Honduras"),
        ("Nicaraguan riot police detained 15 students in Granada on Saturday, a rights group said.", "Nicaragua"),
        ("Togolese soldiers clashed with jihadists near Dapaong on Sunday, killing six, the army said.", "Togo"),
        # near-misses: a country named in the sentence, and a demonym of a state named before this round
        ("Spanish police detained 15 students in Granada on Saturday, a rights group said.", "Spain"),
        ("Peruvian police clashed with striking miners in Trujillo on Wednesday, injuring six.", "Peru"),
    ],
)
def test_a_demonym_places_a_shared_town_name_in_its_country(extract: Extract, text: str, country: str) -> None:
    places = [m.place for m in extract(text) if m.place is not None]
    assert places and places[0].country == country


@pytest.mark.parametrize(("word", "country"), [("Bolivian", "Bolivia"), ("Sierra Leonean", "Sierra Leone"),
                                               ("Ivorian", "Ivory Coast"), ("Dutch", "The Netherlands")])
def test_demonyms_of_states_across_the_world(word: str, country: str) -> None:
    assert get_gazetteer().demonym_country(word) == country
