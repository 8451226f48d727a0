"""When an event may have happened: a date window per mention, for comparing reports.

Times arrive resolved (``TimeRef.start``/``end`` as ISO dates of day, month or
year granularity) with a precision. Two reports can describe one event when
their windows overlap; each window is widened by a tolerance that grows with
the vagueness of the stated time, because outlets round ("on Tuesday",
"last week", "in March").
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from sitreps.models import DatePrecision, TimeRef

TOLERANCE_DAYS = {
    DatePrecision.DAY: 2,  # outlets in other time zones and "overnight" reports shift a day either way
    DatePrecision.WEEK: 7,  # "last week" seen from either end of the week
    DatePrecision.MONTH: 31,  # "in March" against "early April" reports of a long operation
    DatePrecision.YEAR: 366,
}
"""Widening of a stated time, per precision (the values the issue asked for; year by analogy)."""

UNDATED_WINDOW_DAYS = 3
"""An undated report is taken to describe something in the 3 days before it was published.

News of a fresh event appears within a day or two; in the gold set every undated
report falls within 2 days of the event's first report, and 3 leaves one day
of slack for weekly and regional outlets without merging next week's events.
"""

Window = tuple[date, date]


def parse_start(value: str | None) -> date | None:
    """The first day an ISO date, month (YYYY-MM) or year (YYYY) covers; None if unreadable."""
    return _parse(value, first=True)


def parse_end(value: str | None) -> date | None:
    """The last day an ISO date, month or year covers; None if unreadable."""
    return _parse(value, first=False)


def _parse(value: str | None, first: bool) -> date | None:
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 1, 1) if first else date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1 if first else last)
        return date(year, month, int(parts[2]))
    except ValueError:
        return None


def stated_interval(time: TimeRef | None) -> Window | None:
    """The interval a report states, without tolerance; None when the time is unknown."""
    if time is None or time.precision is DatePrecision.UNKNOWN:
        return None
    start = parse_start(time.start)
    end = parse_end(time.end or time.start)
    if start is None or end is None:
        return None
    return (start, end) if start <= end else (end, start)


def event_window(time: TimeRef | None, reported: date | None) -> Window | None:
    """Dates the event may fall on: the stated time widened, else the days before the report."""
    stated = stated_interval(time)
    if stated is not None and time is not None:
        pad = timedelta(days=TOLERANCE_DAYS.get(time.precision, 0))
        return (stated[0] - pad, stated[1] + pad)
    if reported is not None:
        return (reported - timedelta(days=UNDATED_WINDOW_DAYS), reported)
    return None


def day_gap(a: Window, b: Window) -> int:
    """Whole days between two windows: 0 when they share a day, 1 for consecutive days."""
    return max(0, max(a[0], b[0]).toordinal() - min(a[1], b[1]).toordinal())


def overlaps(a: Window | None, b: Window | None) -> bool:
    """Whether two windows share a day; an unknown window is compatible with anything."""
    if a is None or b is None:
        return True
    return a[0] <= b[1] and b[0] <= a[1]
