"""Two incidents each dated in its own sentence to a different day are two incidents, whatever the
one-day tolerance allows for a night or a date line written after midnight.

Every article here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention

VIOLENT = frozenset({"remote_explosive", "attack_on_civilians", "armed_clash", "air_drone_strike",
                     "shelling_missile_attack"})


def _violent(events: list[EventMention]) -> list[EventMention]:
    return [m for m in events if m.type in VIOLENT]


@pytest.mark.parametrize("text", [
    "Artillery fire hit a school in Avdiivka on Tuesday, wounding three teachers, the regional governor said.\n\n"
    "A missile strike on the town killed two pensioners on Monday.",
    "Shells landed on a camp for displaced families outside El Fasher on Sunday, killing four children, medics "
    "said.\n\nThe city's main hospital was shelled on Saturday, wounding a nurse.",
    "Gunmen attacked a checkpoint near the town of Kidira on Thursday, killing two gendarmes.\n\n"
    "Soldiers in the area were ambushed on Wednesday, the army said, and one of them died.",
])
def test_days_stated_apart_keep_incidents_apart(extract: Extract, text: str) -> None:
    assert len(_violent(extract(text))) == 2, [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    # a night's incident told by the evening it began and by the day it ended in is one incident
    "Rebels shelled the market of Kamituga late on Monday, killing five traders.\n\n"
    "The shelling on Tuesday also damaged the town's clinic, the mayor said.",
    # one day told twice is one incident
    "A drone struck a wedding party in Tawila on Friday, killing nine guests.\n\n"
    "The strike on Friday also wounded the bride's father, relatives said.",
])
def test_a_night_or_one_day_told_twice_stays_one_incident(extract: Extract, text: str) -> None:
    assert len(_violent(extract(text))) == 1, [(m.type, m.trigger.text) for m in extract(text)]
