""""The march" is a protest, not the month: a lower-case month name with no day or year dates
nothing, so an intervention "during the march" keeps the day its sentence gives and is news, not
background. Sentences written for these tests (fiction in the style of news)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.resolve.time_patterns import find_time_expressions

PROTEST_TYPES = {"peaceful_protest", "protest_with_intervention", "arrest"}


@pytest.mark.parametrize(("text", "day"), [
    ("Police detained dozens of protesters during the march in Nairobi on Tuesday.", "2024-04-30"),
    ("Riot police dispersed students with batons during the march to parliament in Dhaka on Sunday.",
     "2024-04-28"),
    ("Security forces arrested 30 people after the march through central Minsk on Saturday.", "2024-04-27"),
])
def test_an_act_during_the_march_keeps_its_day(extract: Extract, text: str, day: str) -> None:
    acts = [m for m in extract(text) if m.type in PROTEST_TYPES and m.trigger.text != "march"]
    assert acts, [(m.type, m.trigger.text) for m in extract(text)]
    assert all(not m.background and m.time is not None and m.time.start == day for m in acts), acts


@pytest.mark.parametrize(("text", "said"), [
    ("The march in March 2019 drew thousands, organisers said.", ["in March 2019"]),  # the month, capitalised
    ("Police arrested 12 activists on 3 march in Lagos.", ["on 3 march"]),  # a day makes it a date
    ("The long march ended outside the ministry.", []),
    ("Clashes threatened to mar the talks.", []),
])
def test_only_a_month_is_a_month(text: str, said: list[str]) -> None:
    assert [text[start:end] for start, end in find_time_expressions(text)] == said
