"""Relative time expressions as date ranges, counted from the publication date.

Split out of :mod:`sitreps.resolve.times` (round 25). "Yesterday", "on Tuesday", "the 21st", "two days
ago", "late last month", "over the weekend" and "in recent days" only mean something against the day a
story was published (or a day inferred from its text): each is read back from that day, a weekday to its
latest occurrence up to it (to its nearest, either side, of a day inferred from the text), a day of the
month alone to this month's or last month's. Nights and counts of hours are
:mod:`sitreps.resolve.day_spans`'; calendar dates are :mod:`sitreps.resolve.calendar_dates`'.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from sitreps.language_data import word_table
from sitreps.models import DatePrecision
from sitreps.resolve.day_spans import hours_range, night_range
from sitreps.resolve.time_forms import Range, day_number, time_forms
from sitreps.resolve.time_patterns import ORDINAL_DAY, RESOLVE_WORDS, vocabulary

# "in recent days" / "the past few days" get this many days before publication, week precision.
RECENT_DAYS = 7
SATURDAY = 5  # date.weekday() of Saturday
DAYS_PER_WEEK = 7
_START_OF_YEAR = re.compile(r"^(?:the\s+)?(?:start|beginning)\s+of\s+(?:the|this)\s+year$", re.I)
_WEEKEND = re.compile(r"^(?P<which>this|last|next|the)\s+weekend$", re.I)
# "late last night", "early this morning": early or late within a day told from publication.
EARLY_OR_LATE = re.compile(r"^(?:early|late)\s+")
# "(on) the 21st": a day of the month told alone, the latest such day up to publication.
_DAY_ALONE = re.compile(rf"^(?:the\s+)?(?P<d>{ORDINAL_DAY})$", re.I)


def relative_range(text: str, published: date, *, stated_anchor: bool = False) -> Range | None:
    """Expressions that only mean something against the publication date. With ``stated_anchor`` the day
    is no publication date but the latest full date an undated article states (``resolve.reference``), which
    its report was written on or after: a weekday told alone is then its occurrence nearest that day, after
    it as well as before ("attacked on the night of Sunday, November 29 ... On Monday, troops pursued": the
    30th; "Friday, June 30 ... on Thursday": the 29th)."""
    within_day = EARLY_OR_LATE.sub("", text)
    if within_day in vocabulary().day_offsets:
        day = published + timedelta(days=vocabulary().day_offsets[within_day])
        return day, day, DatePrecision.DAY, None
    if within_day == "overnight":
        return published - timedelta(days=1), published, DatePrecision.DAY, None
    if found_span := night_range(text, published) or hours_range(text, published):
        return found_span
    if found := _DAY_ALONE.match(text):
        return _day_alone(day_number(found["d"]), published)
    if found := time_forms().weekday.match(text):
        back = (published.weekday() - vocabulary().weekdays[found["w"].lower()]) % DAYS_PER_WEEK
        if back == 0 and text.startswith("last"):
            back = DAYS_PER_WEEK
        if stated_anchor and back > DAYS_PER_WEEK - back and not text.startswith("last"):
            back -= DAYS_PER_WEEK  # nearer after the stated day than before it
        day = published - timedelta(days=back)
        return day, day, DatePrecision.DAY, None
    if found := time_forms().ago.match(text):
        return _ago(int(_number(found["n"])), found["u"].rstrip("s"), published)
    if found := time_forms().relative_unit.match(text):
        start, end, precision, note = _unit_range(" ".join(found["which"].split()), found["u"], published)
        part = vocabulary().parts_of_month.get(" ".join((found["mod"] or "").lower().split()))
        if part and precision == DatePrecision.MONTH and start and end:  # "late last month"
            return start.replace(day=part[0]), end.replace(day=min(part[1], end.day)), precision, note
        return start, end, precision, note
    if _START_OF_YEAR.match(text):
        return date(published.year, 1, 1), published, DatePrecision.YEAR, None
    if found := _WEEKEND.match(text):
        monday = published - timedelta(days=published.weekday())
        which = found["which"].lower()
        if which == "the" and published.weekday() < SATURDAY:  # "over the weekend": the one just past
            which = "last"
        monday += timedelta(weeks=_unit_shifts().get(which, 0))
        return monday + timedelta(days=5), monday + timedelta(days=6), DatePrecision.WEEK, None
    if time_forms().recent.match(text):
        return published - timedelta(days=RECENT_DAYS), published, DatePrecision.WEEK, None
    return None


def _day_alone(day: int, published: date) -> Range:
    """The latest day numbered ``day`` up to publication: this month's, else last month's (news tells
    a day of the month alone only of days just past)."""
    month_index = published.year * 12 + published.month - 1 - (1 if day > published.day else 0)
    try:
        found = date(month_index // 12, month_index % 12 + 1, day)
    except ValueError:
        return None, None, DatePrecision.UNKNOWN, f"no such date: the {day} of the month before publication"
    return found, found, DatePrecision.DAY, None


def _ago(n: int, unit: str, published: date) -> Range:
    if unit == "day":
        day = published - timedelta(days=n)
        return day, day, DatePrecision.DAY, None
    if unit == "week":
        return _week_of(published - timedelta(weeks=n))
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 - n
        return _month_range(month_index // 12, month_index % 12 + 1)
    return date(published.year - n, 1, 1), date(published.year - n, 12, 31), DatePrecision.YEAR, None


@lru_cache(maxsize=1)
def _unit_shifts() -> dict[str, int]:
    """How many weeks, months or years a relative word moves from the publication's ("last week" -1, "next
    month" +1), by the word as written (``data/en/resolve_words.yaml``)."""
    return {str(word): int(shift) for word, shift in word_table(RESOLVE_WORDS, "unit_shifts").items()}


def _unit_range(which: str, unit: str, published: date) -> Range:
    shift = _unit_shifts().get(which, 0)
    if unit == "week":
        found = _week_of(published + timedelta(weeks=shift))
    elif unit == "month":
        month_index = published.year * 12 + published.month - 1 + shift
        found = _month_range(month_index // 12, month_index % 12 + 1)
    else:
        year = published.year + shift
        found = date(year, 1, 1), date(year, 12, 31), DatePrecision.YEAR, None
    if which == "earlier this":
        return found[0], published, found[2], None
    if which == "later this":
        return published, found[1], found[2], None
    return found


def _week_of(day: date) -> Range:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6), DatePrecision.WEEK, None


def _month_range(year: int, month: int) -> Range:
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1), date(year, month, last), DatePrecision.MONTH, None


def _number(word: str) -> int:
    return int(word) if word.isdigit() else vocabulary().number_words[" ".join(word.lower().split())]
