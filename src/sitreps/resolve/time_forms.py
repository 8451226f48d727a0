"""The forms a whole time expression takes, and how their parts read as numbers.

Split out of :mod:`sitreps.resolve.times` (round 25). :mod:`sitreps.resolve.time_patterns` finds time
expressions in running text; the patterns here recognise the form of one expression already found
("3 March 2024", "10 to 11 January", "two days ago", "late last month"), anchored at both ends, and are
shared by the reader of calendar dates (:mod:`sitreps.resolve.calendar_dates`), the reader of relative
ones (:mod:`sitreps.resolve.relative_dates`) and :func:`sitreps.resolve.times.resolve_time`, which checks
whether a range tells both its ends. They are built from the language's time words on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sitreps.models import DatePrecision
from sitreps.resolve.time_patterns import DAY, YEAR, month_day_range, vocabulary

# What a reading gives: first and last day (inclusive), how precise, and why when not resolved.
Range = tuple[date | None, date | None, DatePrecision, str | None]


@dataclass(frozen=True)
class TimeForms:
    """The whole-expression patterns, built from the language's time words on first use."""

    day_month: re.Pattern[str]
    month_day: re.Pattern[str]
    day_range: re.Pattern[str]
    month_year: re.Pattern[str]
    year_only: re.Pattern[str]
    ago: re.Pattern[str]
    relative_unit: re.Pattern[str]
    weekday: re.Pattern[str]
    recent: re.Pattern[str]
    month_day_range: re.Pattern[str]


@lru_cache(maxsize=1)
def time_forms() -> TimeForms:
    words = vocabulary()
    month, weekday, number = words.month, words.weekday, words.number
    modifier, unit = words.modifier, words.unit
    return TimeForms(
        day_month=re.compile(
            rf"^(?:{weekday},?\s+)?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{month})(?:,?\s+(?P<y>{YEAR}))?$", re.I),
        month_day=re.compile(rf"^(?:{weekday},?\s+)?(?P<m>{month})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?$", re.I),
        day_range=re.compile(
            rf"^(?P<d1>{DAY})\s*{words.day_joiner}\s*(?P<d>{DAY})\s+(?P<m>{month})(?:,?\s+(?P<y>{YEAR}))?$", re.I),
        month_year=re.compile(
            rf"^(?:(?P<mod>{modifier})[-\s]*)?(?P<m>{month})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?$", re.I),
        year_only=re.compile(rf"^(?:{modifier}[-\s]*)?(?P<y>{YEAR})$", re.I),
        ago=re.compile(rf"^(?P<n>{number})\s+(?P<u>{unit})\s+(?:ago|earlier)$", re.I),
        relative_unit=re.compile(
            rf"^(?:(?P<mod>{modifier})[-\s]+)?(?P<which>this|last|next|earlier\s+this|later\s+this)\s+"
            r"(?P<u>week|month|year)$", re.I),
        weekday=re.compile(
            rf"^(?:(?:early|late)\s+(?:on\s+)?)?(?:last\s+|this\s+|on\s+)?(?P<w>{weekday})(?:\s+{words.part_of_day})?$",
            re.I),
        recent=re.compile(
            rf"^(?:(?:the\s+)?{words.span_back}\s+(?:{number}\s+)?{unit}|recent\s+(?:days|weeks))$", re.I),
        month_day_range=re.compile(rf"^{month_day_range(month, joined_by_and=True)}$", re.I),
    )


def month_number(name: str) -> int:
    return vocabulary().months[name.lower().rstrip(".")]


def day_number(day: str) -> int:
    return int(re.sub(r"\D", "", day))
