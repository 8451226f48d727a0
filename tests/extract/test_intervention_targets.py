"""The crowd an intervention's means are used on is its target, named through a preposition of the
means ("fired water cannon at supporters", "used tear gas on demonstrators", "lobbed tear gas into the
crowd"); a time after the same preposition ("at dawn") is no one. Sentences written for these tests
(fiction in the style of news)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only, roles

INTERVENTION = "protest_with_intervention"


@pytest.mark.parametrize(("text", "force", "crowd"), [
    ("Police fired water cannon at supporters of the opposition leader in Istanbul on Saturday.", "Police",
     "supporters of the opposition leader"),
    ("Officers used tear gas on demonstrators outside the presidential palace in Lima on Friday.", "Officers",
     "demonstrators"),
    ("Security forces fired tear gas at students during the protest in Dhaka on Sunday.", "Security forces",
     "students"),
    ("Riot police fired rubber bullets at crowds gathered near the border post on Monday.", "Riot police",
     "crowds"),
    ("Police lobbed tear gas into the crowd in Harare on Thursday.", "Police", "the crowd"),
])
def test_the_crowd_the_means_are_used_on_is_the_target(extract: Extract, text: str, force: str,
                                                       crowd: str) -> None:
    sides = roles(only(extract(text), INTERVENTION))
    assert sides.get("initiator") == [force], sides
    assert sides.get("target") == [crowd], sides


@pytest.mark.parametrize("text", [
    "Police fired tear gas at dawn to clear the square in Tbilisi on Monday.",
    "Gendarmes fired tear gas on Tuesday as marchers neared the prefecture in Conakry.",
])
def test_a_time_after_the_means_is_no_target(extract: Extract, text: str) -> None:
    sides = roles(only(extract(text), INTERVENTION))
    assert "target" not in sides or not any(day in name for name in sides["target"]
                                            for day in ("dawn", "Tuesday")), sides
