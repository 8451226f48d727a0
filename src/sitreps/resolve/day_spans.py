"""Spans of a day or two told against the publication date: a night, and hours counted back.

News dates a night's incident by the day the night starts ("overnight Monday", "on the night of
Monday to Tuesday") or by the morning it ends in ("overnight into Tuesday"). ACLED codes an
overnight event on the night's start day, so both give that day as the start and the morning
after as the end. Counts of hours ("in the past 24 hours", "36 hours ago") reach back whole days.
The patterns are built in :mod:`sitreps.resolve.time_patterns` from ``data/en/times.yaml``;
:mod:`sitreps.resolve.times` calls these resolvers for relative expressions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sitreps.models import DatePrecision
from sitreps.resolve.time_patterns import hours_back, night_forms, vocabulary

__all__ = ["hours_range", "night_range"]

HOURS_A_DAY = 24
DaySpan = tuple[date, date, DatePrecision, None]


@dataclass(frozen=True)
class _Patterns:
    nights: tuple[re.Pattern[str], ...]
    hours: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    words = vocabulary()
    return _Patterns(tuple(re.compile(rf"^{form}$", re.I) for form in night_forms(words.weekday)),
                     re.compile(rf"^(?:{hours_back(words.number)})$", re.I))


def _weekday_back(name: str, published: date) -> date:
    """The latest day named ``name`` on or before publication."""
    return published - timedelta(days=(published.weekday() - vocabulary().weekdays[name.lower()]) % 7)


def night_range(text: str, published: date) -> DaySpan | None:
    """A night's start day and the morning after it, or None when ``text`` names no night by its day."""
    for pattern in _patterns().nights:
        if found := pattern.match(text):
            named = found.groupdict()
            if named.get("night_end"):
                end = _weekday_back(named["night_end"], published)
                return end - timedelta(days=1), end, DatePrecision.DAY, None
            start = _weekday_back(named.get("night_start") or named["night_of"], published)
            return start, start + timedelta(days=1), DatePrecision.DAY, None
    return None


def hours_range(text: str, published: date) -> DaySpan | None:
    """ "in the past 24 hours": the days the hours reach back over, up to publication (a day's
    precision for one day, a week's beyond); "36 hours ago": the whole days back; else None."""
    found = _patterns().hours.match(text)
    if found is None:
        return None
    if found["hours_ago"]:
        day = published - timedelta(days=_hours(found["hours_ago"]) // HOURS_A_DAY)
        return day, day, DatePrecision.DAY, None
    days = -(-_hours(found["hours_past"]) // HOURS_A_DAY)
    return published - timedelta(days=days), published, DatePrecision.DAY if days <= 1 else DatePrecision.WEEK, None


def _hours(word: str) -> int:
    return int(word) if word.isdigit() else vocabulary().number_words[" ".join(word.lower().split())]
