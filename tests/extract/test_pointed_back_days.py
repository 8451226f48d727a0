"""A time that points back ("the same night", "that day") dates the event by the day an earlier sentence
states, not by the speech act of its own sentence ("..., the ministry said in a statement on Friday").

Round 24 wire fiction (Sahel and Sudan). Every text here is written for these tests.
"""

from __future__ import annotations

import pytest
from extract_helpers import run_dated, start_told

from sitreps.models import DatePrecision, EventMention

PUBLISHED = "2026-06-19"  # a Friday: Thursday is 06-18, Wednesday 06-17, Tuesday 06-16

POINTED_BACK = {  # name -> (text, trigger, the day the event happened)
    "outpost": ("Armed men abducted 23 villagers near Makalondi on Thursday night, residents said.\n\n"
                "In a separate incident the same night, soldiers at an outpost near Torodi fought off an attack "
                "by armed bandits, losing two men, the defence ministry said in a statement on Friday.",
                "fought", "2026-06-18"),
    "paragraph_between": ("Gunmen killed six traders at a market in Djibo on Tuesday, a local official said.\n\n"
                          "The market had reopened only a week earlier.\n\n"
                          "That same day, a drone struck a convoy of fighters near Arbinda, the army said on "
                          "Thursday.", "drone struck", "2026-06-16"),
    "camp": ("RSF shelling hit the Abu Shouk camp outside El Fasher on Wednesday, killing nine people.\n\n"
             "On the same day, a drone strike hit a market in Mellit, the local authority said on Thursday.",
             "drone strike", "2026-06-17"),
}
OWN_DAY = {  # near misses: no time pointing back, the speech act's day stays the fallback
    "said_on": ("Gunmen killed six traders at a market in Djibo on Tuesday, a local official said.\n\n"
                "A drone struck a convoy of fighters near Arbinda, the army said on Thursday.",
                "drone struck", "2026-06-18"),
    "own_day": ("Gunmen killed six traders at a market in Djibo on Tuesday, a local official said.\n\n"
                "A drone struck a convoy of fighters near Arbinda on Wednesday, the army said on Thursday.",
                "drone struck", "2026-06-17"),
}


@pytest.fixture(scope="module")
def told() -> dict[str, list[EventMention]]:
    texts = {name: f"Report\n\n{text}" for name, (text, _, _) in {**POINTED_BACK, **OWN_DAY}.items()}
    return run_dated(texts, PUBLISHED)


@pytest.mark.parametrize("name", sorted(POINTED_BACK))
def test_a_time_pointing_back_takes_the_earlier_day(told: dict[str, list[EventMention]], name: str) -> None:
    _, trigger, day = POINTED_BACK[name]
    assert start_told(told[name], trigger) == (day, DatePrecision.DAY)


@pytest.mark.parametrize("name", sorted(OWN_DAY))
def test_without_one_the_day_stays(told: dict[str, list[EventMention]], name: str) -> None:
    _, trigger, day = OWN_DAY[name]
    assert start_told(told[name], trigger) == (day, DatePrecision.DAY)
