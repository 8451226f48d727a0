"""The site a verb joined to the trigger's hits is the act's place: "Artillery fired from Armenian positions
hit the village of Tovuz" (the parse makes "hit" a conjunct of "fired") is at Tovuz, not the country named
after it; a joined verb with a subject of its own is another act. Fiction written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only, run


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Artillery fired from Armenian positions hit the village of Tovuz in Azerbaijan, Baku said.",
         "Tovuz", "Azerbaijan"),
        ("Artillery fired from Russian positions hit the town of Kupiansk in Ukraine on Monday, officials said.",
         "Kupiansk", "Ukraine"),
        ("Artillery fired from army positions hit the village of Tawila in North Darfur, activists said.",
         "Tawila", "Sudan"),
        ("Artillery fired from government lines hit the town of Kalemie in Tanganyika province on Friday.",
         "Kalemie", "Democratic Republic of the Congo"),
        # villages the gazetteer lacks keep their own name, placed in the unit written with them
        ("Artillery fired from separatist positions hit the village of Bui in Cameroon's North-West region, "
         "the army said.", "Bui", "Cameroon"),
        ("Artillery fired from the junta's base hit the town of Mindat in Chin State, residents said.",
         "Mindat", "Myanmar"),
    ],
)
def test_the_joined_verbs_site_is_the_place(extract: Extract, text: str, name: str, country: str) -> None:
    place = only(extract(text), "shelling_missile_attack").place
    assert place is not None and (place.name, place.country) == (name, country)


def test_a_joined_verb_with_its_own_subject_is_another_act() -> None:
    text = "Rebels shelled the town of Rutshuru and troops recaptured the town of Sake on Monday."
    events = run([text])[0].events
    shelling = only(events, "shelling_missile_attack")
    assert shelling.place is not None and shelling.place.name == "Rutshuru"
