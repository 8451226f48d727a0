"""Calendar dates, months and years as date ranges: "3 March 2024", "Jan. 30 to Feb. 2", "since June".

Split out of :mod:`sitreps.resolve.times` (round 25). These expressions name their dates themselves, so
they are read with or without a publication date; only a date or month told without its year needs one,
and takes the year that puts it nearest publication (news looks back and ahead a little). Dates in
figures are read by :mod:`sitreps.resolve.numeric_dates`; expressions that only mean something against
the publication date ("on Tuesday") are :mod:`sitreps.resolve.relative_dates`'.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from sitreps.models import DatePrecision
from sitreps.resolve.numeric_dates import numeric_day
from sitreps.resolve.time_forms import Range, day_number, month_number, time_forms
from sitreps.resolve.time_patterns import vocabulary

_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$")


def absolute_range(text: str, published: date | None) -> Range | None:
    """Calendar dates, months and years; None when ``text`` is relative."""
    if found := _ISO.match(text):
        day = date(int(found["y"]), int(found["m"]), int(found["d"]))
        return day, day, DatePrecision.DAY, None
    if (numeric := numeric_day(text, published)) is not None:  # "13.05.2024", "5/13/2024"
        return numeric
    if found := time_forms().day_month.match(text) or time_forms().month_day.match(text):
        return _calendar_day(found, published)
    if found := time_forms().month_day_range.match(text):
        return _month_day_range(found, published)
    if found := time_forms().day_range.match(text):
        first = _calendar_day(found, published)
        if first[0] is None:
            return first
        return first[0].replace(day=int(re.sub(r"\D", "", found["d1"]))), first[1], first[2], first[3]
    if found := time_forms().month_year.match(text):
        return _month(found, published)
    if found := time_forms().year_only.match(text):
        year = int(found["y"])
        return date(year, 1, 1), date(year, 12, 31), DatePrecision.YEAR, None
    return None


def _month_day_range(found: re.Match[str], published: date | None) -> Range:
    """ "Jan. 30 to Feb. 2, 2024": the last day as a calendar day, the first in its month before it
    (in the year before when the range crosses a new year)."""
    last = _day_of(found.group(0), month_number(found["range_m"] or found["range_m1"]),
                   day_number(found["range_d"]), found["range_y"], published)
    if last[1] is None:
        return last
    month, day = month_number(found["range_m1"]), day_number(found["range_d1"])
    year = last[1].year - (1 if (month, day) > (last[1].month, last[1].day) else 0)
    try:
        return date(year, month, day), last[1], DatePrecision.DAY, None
    except ValueError:
        return None, None, DatePrecision.UNKNOWN, f"no such date: {found.group(0)!r}"


def _calendar_day(found: re.Match[str], published: date | None) -> Range:
    return _day_of(found.group(0), month_number(found["m"]), day_number(found["d"]), found["y"], published)


def _day_of(said: str, month: int, day: int, year_text: str | None, published: date | None) -> Range:
    """A calendar day; without a year, in the year that puts it nearest publication."""
    if year_text:
        year = int(year_text)
    elif published is None:
        return None, None, DatePrecision.UNKNOWN, "date without a year and no publication date: not resolved"
    else:
        year = _nearest_year(published, month, min(day, 28))
    try:
        resolved = date(year, month, day)
    except ValueError:
        return None, None, DatePrecision.UNKNOWN, f"no such date: {said!r}"
    return resolved, resolved, DatePrecision.DAY, None


def _month(found: re.Match[str], published: date | None) -> Range:
    month = month_number(found["m"])
    if found["y"]:
        year = int(found["y"])
    elif published is None:
        return None, None, DatePrecision.UNKNOWN, "month without a year and no publication date: not resolved"
    else:
        year = _nearest_year(published, month, 15)
    last = calendar.monthrange(year, month)[1]
    first_day, last_day = vocabulary().parts_of_month.get(" ".join((found["mod"] or "").lower().split()), (1, last))
    return date(year, month, first_day), date(year, month, min(last_day, last)), DatePrecision.MONTH, None


def _nearest_year(published: date, month: int, day: int) -> int:
    """The year that puts month/day nearest the publication date (news looks back and ahead a little)."""
    years = (published.year - 1, published.year, published.year + 1)
    return min(years, key=lambda y: abs((date(y, month, day) - published).days))
