"""A time written at the end of a reported clause, before its trailing speaker, dates the event: "shelling
killed four civilians in Kherson yesterday, the governor said". The parser often hangs that time on the
speech verb ("said"), which read it as the day of the speaking and left the event undated.

Every text here is fiction written for these tests, in the styles of wire copy, a local paper, a live page
and an NGO release (round 22, issue #13 "Dates").
"""

from __future__ import annotations

import pytest
from extract_helpers import run_dated, start_told

from sitreps.models import DatePrecision, EventMention

PUBLISHED = "2025-03-12"  # a Wednesday: Tuesday is 03-11, Monday 03-10, Sunday 03-09

EVENT_DAY = {  # name -> (text, trigger, the day the event happened)
    "governor": ("Shelling killed four civilians in Kherson yesterday, the governor said.", "Shelling",
                 "2025-03-11"),
    "police": ("Bandits killed nine villagers in Zurmi on Monday night, a police spokesman told reporters.",
               "killed", "2025-03-10"),
    "army": ("Militants stormed an army post near Bannu last night, the military's media wing said in a "
             "statement.", "stormed", "2025-03-11"),
    "residents": ("Fighters seized the market town of Kalehe on Sunday, residents and a local official said.",
                  "seized", "2025-03-09"),
    "ngo": ("Security forces fired on protesters in Zahedan yesterday, killing two, a rights group said.",
            "fired on protesters", "2025-03-11"),
}
SPEAKING_DAY = {  # near misses: the time follows the speech verb, the event has a day of its own
    "said_after": ("Gunmen abducted 14 travellers near Kaduna, police said on Monday.", "abducted",
                   "2025-03-10"),
    "own_day": ("A car bomb exploded in Mogadishu on Sunday, killing five, officials said on Tuesday.", "car bomb",
                "2025-03-09"),
}


@pytest.fixture(scope="module")
def told() -> dict[str, list[EventMention]]:
    texts = {name: f"Report\n\n{text}" for name, (text, _, _) in {**EVENT_DAY, **SPEAKING_DAY}.items()}
    return run_dated(texts, PUBLISHED)



@pytest.mark.parametrize("name", sorted(EVENT_DAY))
def test_a_time_ending_the_reported_clause_dates_the_event(told: dict[str, list[EventMention]],
                                                          name: str) -> None:
    _, trigger, day = EVENT_DAY[name]
    assert start_told(told[name], trigger) == (day, DatePrecision.DAY)


@pytest.mark.parametrize("name", sorted(SPEAKING_DAY))
def test_near_misses_keep_their_day(told: dict[str, list[EventMention]], name: str) -> None:
    _, trigger, day = SPEAKING_DAY[name]
    assert start_told(told[name], trigger) == (day, DatePrecision.DAY)
