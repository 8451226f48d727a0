"""A toll the article revises ("the death toll rose to 30") is the incident's toll, not the first figure
it gave: ACLED codes the latest toll of one incident. Sentences written for these tests (fiction in the
style of news)."""

from __future__ import annotations

import pytest
from extract_helpers import first_death_toll


@pytest.mark.parametrize(("text", "toll"), [
    ("Gunmen attacked a market in the town of Kauru on Sunday, killing 12 people, police said. The death "
     "toll rose to 30 on Monday, a local official said.", 30),
    ("A car bomb exploded near a checkpoint in Mogadishu on Tuesday, killing seven soldiers. The toll later "
     "climbed to 15, hospital officials said.", 15),
    ("Shelling hit a bus station in Donetsk on Friday, killing four people. Officials later said the death "
     "toll had risen to nine.", 9),
    # the revision told through the incident's word: the retelling merges into the first telling
    ("Militants stormed a hotel in Mogadishu on Saturday, killing 11 people. The death toll from the "
     "attack rose to 21 on Sunday, officials said.", 21),
])
def test_a_revised_toll_is_the_incidents_toll(text: str, toll: int) -> None:
    assert first_death_toll(text, only_one=True) == toll


@pytest.mark.parametrize(("text", "toll"), [
    # a later plain figure is no revision: the first stays, as before
    ("Gunmen killed 12 people in the village of Dansadau on Sunday. Residents said that 14 people were "
     "killed, police said.", 12),
    # the toll stated first, a part of the dead told later: the toll stays
    ("An air strike hit a school in Idlib on Monday. The death toll stood at 20, rescuers said, and "
     "the strike killed three teachers.", 20),
])
def test_a_figure_that_is_no_revision_keeps_the_toll(text: str, toll: int) -> None:
    assert first_death_toll(text, only_one=True) == toll
