""""Shot dead seven farmers": the parser may hang "dead" on the object as its adjective; the object is still
the dead, wherever the trigger that tells the incident is ("the attack, in which gunmen shot dead nine
miners"). Sentences written for these tests (fiction in the style of news, several conflicts and outlets)."""

from __future__ import annotations

import pytest
from extract_helpers import first_death_toll


@pytest.mark.parametrize(("text", "toll"), [
    ("The attack on Saturday, in which gunmen shot dead nine miners in Zamfara, was blamed on bandits by the "
     "governor on Tuesday.", 9),
    ("Suspected herders shot dead seven farmers in Benue on Tuesday, police said.", 7),
    ("Police shot dead two robbery suspects in Nairobi on Monday.", 2),
    ("Assailants on motorbikes shot dead three teachers near Tillaberi on Sunday, officials said.", 3),
    ("Masked men shot dead 14 people at a party in Guanajuato late on Saturday, prosecutors said.", 14),
])
def test_the_object_of_shot_dead_is_the_dead(text: str, toll: int) -> None:
    assert first_death_toll(text) == toll


@pytest.mark.parametrize(("text", "toll"), [
    # "dead" on a noun that is no verb of killing's object: no toll of its own
    ("Rescuers pulled dead cattle from the river after the flood in Kasese, officials said.", None),
    # the shooting wounded: "dead" describes nobody here
    ("Police shot two protesters in the legs in Lagos on Monday, witnesses said.", None),
])
def test_dead_told_of_no_killing_gives_no_toll(text: str, toll: int | None) -> None:
    assert first_death_toll(text) == toll
