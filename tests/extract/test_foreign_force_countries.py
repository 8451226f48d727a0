"""A foreign force's people word does not make the story its country (pipeline._context_countries, round 30): a
force serving in another country's war ("Russian mercenaries", "Turkish instructors") is not counted, and a
country known only by its people's adjective ranks after one the story names by a place or its dateline.
Either had put a village the gazetteer lacks at the centre of the foreign force's country. Fiction written
for these tests."""

from __future__ import annotations

import pytest

from sitreps.annotate.nlp import load_nlp
from sitreps.pipeline import _context_countries, get_gazetteer


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # every country only by its people: the foreign force's word is left out
        ("Malian soldiers killed 12 villagers in Kolwadji on Tuesday, residents said. Russian mercenaries took part "
         "in the operation, a local official said. Russian officials declined to comment.", "Mali"),
        ("Congolese troops backed by Rwandan instructors shelled the hamlet of Bukombo on Monday. Rwandan "
         "advisers were seen in the area, Rwandan officials denied it.", "Democratic Republic of the Congo"),
        # a dateline the tagger ran over as a people's word still outranks a foreign people's word told twice
        ("BANGUI, Central African Republic - Russian fighters killed six herders near the village of Zoumbala, "
         "residents said. Russian officials did not comment.", "Central African Republic"),
        ("OUAGADOUGOU - Turkish drones and Turkish-made armoured cars supported an army sweep near the hamlet of "
         "Tangaye, Turkish media said.", "Burkina Faso"),
    ],
)
def test_the_story_country_is_not_the_foreign_forces(text: str, country: str) -> None:
    countries = _context_countries(load_nlp()(text), get_gazetteer())
    assert countries and countries[0] == country, countries


def test_a_story_told_only_by_its_people_keeps_their_country() -> None:
    """With no place or dateline anywhere, people's words still count as before."""
    text = "Somali government forces clashed with militants near the village of Warhole on Tuesday."
    assert _context_countries(load_nlp()(text), get_gazetteer())[:1] == ("Somalia",)
