"""Dates written in figures: day first outside the United States, and always with dots; a date readable
both ways is the reading nearer publication.

Every sentence here is fiction written for these tests, in the style of wire and local copy.
"""

from __future__ import annotations

import pytest

from sitreps.models import DatePrecision
from sitreps.resolve.times import find_time_expressions, resolve_time


@pytest.mark.parametrize(("expression", "published", "day"), [
    ("13.05.2024", "2024-05-20", "2024-05-13"),  # dots: day first
    ("05.04.2024", "2024-04-06", "2024-04-05"),  # dots: day first even where month first is nearer
    ("13/05/2024", "2024-05-20", "2024-05-13"),  # a first number above 12 is the day
    ("5/13/2024", "2024-05-20", "2024-05-13"),  # a second number above 12 is the day
    ("04/05/2024", "2024-05-06", "2024-05-04"),  # both ways readable: the reading up to publication
    ("04/05/2024", "2024-04-06", "2024-04-05"),  # an American outlet's April 5
    ("04/05/2024", None, "2024-05-04"),  # no publication date: day first
    ("on 21/11/2023", None, "2023-11-21"),
    ("06-03-2024", "2024-06-04", "2024-03-06"),  # dashes: day first, like dots
    ("2024/03/06", None, "2024-03-06"),  # the year first: month, then day
    ("2024.11.21", None, "2024-11-21"),
])
def test_a_date_in_figures_is_one_day(expression: str, published: str | None, day: str) -> None:
    resolved = resolve_time(expression, published)
    assert (resolved.start, resolved.end, resolved.precision) == (day, day, DatePrecision.DAY)


def test_no_such_date_is_not_resolved() -> None:
    assert resolve_time("31/02/2024", None).start is None


@pytest.mark.parametrize("text", [
    "The group called it a 9/11 moment for the region.",  # no year: no date
    "Checkpoints are manned 24/7 along the road to Gao.",
    "The ministry released version 3.10.2 of its casualty app.",
    "Some 1.5 million people have fled the fighting in the north.",
    "The home side won 2/1 on penalties in Bamako.",
    "Between 20-30 people gathered outside the court in Harare.",
    "The 2023-2024 harvest failed across the north.",
])
def test_figures_that_are_no_date(text: str) -> None:
    assert find_time_expressions(text) == ()


def test_a_date_in_figures_is_found_in_a_sentence() -> None:
    text = "Gunmen killed four farmers in the village of Dogo on 13.05.2024, police said."
    assert [text[start:end] for start, end in find_time_expressions(text)] == ["on 13.05.2024"]
