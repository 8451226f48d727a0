"""Dates written in figures: "13.05.2024", "13/05/2024", "13-05-2024", "5/13/2024", "2024/05/13".

Outlets outside the United States write the day first, and a date with dots always is; with slashes, a
first number above 12 is a day and a second above 12 is one too ("5/13/2024": May 13). A date both ways
readable ("04/05/2024") is read day first unless the publication date tells otherwise: of the two
readings the one nearer publication, a day up to it before one after it (news tells what has happened),
so an American outlet's "4/5/2024" published on April 6 is April 5. A two-digit year is left out: "9/11"
and "24/7" are no dates, and "3.5.24" reads as a version or a score as often as a day. Used by
:mod:`sitreps.resolve.times` (found by :mod:`sitreps.resolve.time_patterns`).
"""

from __future__ import annotations

import re
from datetime import date

from sitreps.models import DatePrecision

# A day or month of one or two figures, a dot, a slash or a dash, the same again, a four-figure year; or
# the year first, then two figures each after a dot or a slash (ISO's dashes are read elsewhere).
_YEAR = r"(?:1[89]|20)\d{2}"
NUMERIC_DATE = (rf"(?:[0-3]?\d(?P<sep>[./-])[0-3]?\d(?P=sep){_YEAR}"
                rf"|{_YEAR}(?P<ysep>[./])[01]?\d(?P=ysep)[0-3]?\d)")
_WHOLE = re.compile(rf"^(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>{_YEAR})$")
_YEAR_FIRST = re.compile(rf"^(?P<y>{_YEAR})(?P<sep>[./])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)$")
# Separators that are never month first (American dates take slashes).
DAY_FIRST_SEPARATORS = frozenset({".", "-"})
MONTHS_IN_YEAR = 12

_Range = tuple[date | None, date | None, DatePrecision, str | None]


def numeric_day(text: str, published: date | None) -> _Range | None:
    """The calendar day a date in figures names, or None when ``text`` is not one."""
    if year_first := _YEAR_FIRST.match(text):
        named = [_day(int(year_first["y"]), int(year_first["m"]), int(year_first["d"]))]
    elif found := _WHOLE.match(text):
        named = _readings(int(found["a"]), int(found["b"]), int(found["y"]), found["sep"])
    else:
        return None
    readings = [day for day in named if day is not None]
    if not readings:
        return None, None, DatePrecision.UNKNOWN, f"no such date: {text!r}"
    day = readings[0] if published is None or len(readings) == 1 else min(
        readings, key=lambda d: (d > published, abs((d - published).days)))
    return day, day, DatePrecision.DAY, None


def ambiguous(text: str) -> bool:
    """Whether a date in figures reads two ways ("04/05/2024"): the publication date then chooses."""
    found = _WHOLE.match(text)
    if found is None or found["sep"] in DAY_FIRST_SEPARATORS:
        return False
    first, second = int(found["a"]), int(found["b"])
    return first != second and first <= MONTHS_IN_YEAR and second <= MONTHS_IN_YEAR


def _readings(first: int, second: int, year: int, separator: str) -> list[date | None]:
    """The days the figures can name, day-first first; with dots or dashes day-first only."""
    day_first = _day(year, second, first)
    if separator in DAY_FIRST_SEPARATORS:
        return [day_first]
    return [day_first, _day(year, first, second)]


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
