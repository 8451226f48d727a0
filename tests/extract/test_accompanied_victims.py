"""Victims told as dying with others ("two officers were killed along with eight suspects"): one figure
of all of them, as ACLED counts every dead of the event. Before the verb, the "with" phrase joins the
killers, not the dead. Sentences written for these tests (fiction in the style of news, several
conflicts and outlets)."""

from __future__ import annotations

import pytest
from extract_helpers import first_death_toll


@pytest.mark.parametrize(("text", "toll"), [
    ("Police fought gang members in Rio on Friday; two officers were killed along with eight suspects.", 10),
    ("An air strike hit a house in Marib on Monday; the militant commander was killed together with his two "
     "bodyguards.", 3),
    ("Gunmen ambushed an army truck near Gao on Sunday and killed three soldiers along with their driver, the "
     "army said.", 4),
    ("A bomb went off at a checkpoint in Quetta on Monday; four policemen died along with a shopkeeper, "
     "officials said.", 5),
    ("Rebels attacked a village near Beni on Saturday, killing a nurse along with her three children.", 4),
])
def test_those_who_died_with_the_victims_add_up(text: str, toll: int) -> None:
    assert first_death_toll(text) == toll


@pytest.mark.parametrize(("text", "toll"), [
    # the "with" phrase before the verb joins the killers
    ("Police, along with soldiers, killed three gunmen in a shootout in Kaduna on Monday.", 3),
    # "with" of an instrument, no adverb of company
    ("Soldiers killed five rebels with machine guns in a clash near Bria on Monday.", 5),
    # "along with" before a gerund of another act
    ("Troops killed four militants in a raid near Khost on Monday along with seizing weapons.", 4),
])
def test_with_phrases_that_add_no_dead(text: str, toll: int) -> None:
    assert first_death_toll(text) == toll
