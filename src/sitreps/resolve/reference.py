"""The day a document's relative times ("on Wednesday", "last week") are read against.

Its publication date when it has one, unless its dateline states an earlier day
("KYIV, March 3 (Wire) -" in copy published on the 4th): wire copy republished a
day or more later still tells its "overnight" and "yesterday" from the day it
was filed. A document without one (29 of ~99 real
articles carry no ``Published:`` line) still tells when its news is: wire copy
states full dates ("on Wednesday, March 5, 2025", "June 30, 2023"), and the
report was written on or after the latest of them. That day is used instead,
marked as inferred so the time note can say so. A date told with its weekday but
no year ("on Thursday, Sept. 16") counts too: when the article states a year
elsewhere, its year is the first, from the latest year stated, in which the date
falls on that weekday (``_weekday_day``); when it states none, the latest year, not
after today, in which it does (``_latest_weekday_day``: a weekday-dated day is one
the writer has seen). An undated page filed under a month (``/2024/03/slug``, put in the doc's
``URL_MONTH_KEY`` by the pipeline) gives the year of a date stated without one ("on March 3"), and
bounds its weekday-dated days by that month's end; the month alone is never a day. The ingest date
is never used: archives are ingested months or years after they were written.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc

from sitreps.annotate.dateline import find_dateline
from sitreps.models import DatePrecision
from sitreps.resolve.time_patterns import DAY, find_time_expressions, vocabulary
from sitreps.resolve.times import ResolvedTime, calendar_day_near, resolve_time

URL_MONTH_KEY = "sitreps.url_month"
"""``doc.user_data`` key of the ``YYYY-MM`` an undated document's URL files it under (None: none)."""

# How many distinct documents' inferred days are remembered: one document's mentions ask in a row.
CACHED_TEXTS = 16
# How many years from the latest year an article states its weekday-dated days are looked for in: a
# date falls on a given weekday again after 5, 6 or 11 years, so the first match within 6 years of a
# year the article recalls is the one a report written soon after would mean (written for sitreps,
# from the calendar's cycle; fiction tests in tests/resolve/test_reference.py).
WEEKDAY_YEARS = 6
# How many years back from today a weekday-dated day of an article stating no year is looked for: the
# Gregorian calendar repeats its weekdays every 28 years, so every month, day and weekday (29 February
# aside) falls within that many (written for sitreps, from the calendar's cycle).
CALENDAR_CYCLE = 28
_BRACKETS = re.compile(r"[()\[\]]")


@dataclass(frozen=True)
class Reference:
    """The anchor day for relative times, and whether it was inferred from the text."""

    day: date
    inferred: bool
    dateline: bool = False

    @property
    def iso(self) -> str:
        return self.day.isoformat()

    def note(self) -> str | None:
        """What a time note says of an anchor that is not the publication date (None for one that is)."""
        if self.dateline:
            return f"read against {self.iso}, the day its dateline states, before its publication"
        if not self.inferred:
            return None
        return f"no publication date: read against {self.iso}, the latest full date the article states"


def url_month(doc: Doc) -> str | None:
    """The ``YYYY-MM`` the pipeline found in an undated document's URL, else None."""
    month = doc.user_data.get(URL_MONTH_KEY)
    return month if isinstance(month, str) else None


def document_reference(published_at: str | None, text: str, today: date | None = None,
                       month: str | None = None) -> Reference | None:
    """The publication day, else the latest full date ``text`` states, else None (``today``: the clock's
    day unless given, only bounds a weekday-dated day of an article stating no year; ``month``: the
    ``YYYY-MM`` its URL files it under, which gives a year-less date its year)."""
    if published_at:
        try:
            published = date.fromisoformat(published_at[:10])
        except ValueError:
            pass  # an unparseable stored date: fall back on the text, as for an undated document
        else:
            filed = dateline_day(text, published)
            if filed is not None and filed < published:
                return Reference(filed, inferred=False, dateline=True)
            return Reference(published, inferred=False)
    stated = latest_stated_day(text, today, month)
    return Reference(stated, inferred=True) if stated else None


@lru_cache(maxsize=CACHED_TEXTS)
def dateline_day(text: str, published: date) -> date | None:
    """The single day the dateline of ``text`` states ("GOMA, Nov 13 (Wire) -"), a year-less one read
    as the nearest to publication; None when it has no dateline or no day in it."""
    found = find_dateline(text)
    if found is None:
        return None
    said = text[found.start:found.end]
    days = (_single_day(resolve_time(said[start:end], published.isoformat()))
            for start, end in find_time_expressions(said))
    return next((day for day in days if day is not None), None)


def _single_day(resolved: ResolvedTime) -> date | None:
    """The one calendar day an expression resolved to, if it names exactly one."""
    if resolved.precision is DatePrecision.DAY and resolved.start and resolved.start == resolved.end:
        return date.fromisoformat(resolved.start)
    return None


@lru_cache(maxsize=CACHED_TEXTS)
def latest_stated_day(text: str, today: date | None = None, month: str | None = None) -> date | None:
    """The latest calendar day ``text`` names with its year ("Friday, June 30, 2023", "5 March 2025").

    Only expressions that resolve to one day without any anchor count; open
    ranges ("until 30 June 2026") look ahead, not at when the report was written. A weekday-dated
    day in an article that states no year at all is its latest past match (``today`` bounds it, the
    clock's day unless given). With the page's ``month`` (``YYYY-MM``), a year-less "March 3" counts
    in the year that puts it nearest that month's end, and no day after that end counts (a page filed
    in March was written by then: "talks set for April 10" look ahead).
    """
    filed = _month_end(month)
    days, years, weekday_dated = [], [], []
    for start, end in find_time_expressions(text):
        said = text[start:end]
        resolved = resolve_time(said, None)
        if (day := _single_day(resolved) or (calendar_day_near(said, filed) if filed else None)) is not None:
            days.append(day)
        if resolved.start and resolved.end:  # a closed range: "until 30 June 2026" looks ahead
            years.append(int(resolved.end[:4]))
        elif found := _weekday_date().match(" ".join(_BRACKETS.sub(" ", said).split())):
            weekday_dated.append(found)
    if years:
        days.extend(d for found in weekday_dated if (d := _weekday_day(found, max(years))) is not None)
    else:
        days.extend(d for found in weekday_dated if (d := _latest_weekday_day(found, filed or today or date.today())))
    return max((day for day in days if filed is None or day <= filed), default=None)


def _month_end(month: str | None) -> date | None:
    """The last day of a ``YYYY-MM`` month, else None."""
    if not month:
        return None
    year, number = int(month[:4]), int(month[5:7])
    return date(year, number, calendar.monthrange(year, number)[1])


@lru_cache(maxsize=1)
def _weekday_date() -> re.Pattern[str]:
    """A date told with its weekday and no year: "on Thursday, Sept. 16", "Tuesday (4 July)"."""
    words = vocabulary()
    return re.compile(rf"^(?:on\s+)?(?P<w>{words.weekday}),?\s+(?:(?P<d1>{DAY})\s+(?:of\s+)?(?P<m1>{words.month})"
                      rf"|(?P<m2>{words.month})\s+(?P<d2>{DAY}))$", re.I)


def _weekday_day(found: re.Match[str], latest_year: int) -> date | None:
    """The first day from ``latest_year`` on (within ``WEEKDAY_YEARS``) with the date's month, day and
    weekday, else None."""
    return _matching_day(found, range(latest_year, latest_year + WEEKDAY_YEARS + 1))


def _latest_weekday_day(found: re.Match[str], today: date) -> date | None:
    """The latest day not after ``today`` with the date's month, day and weekday, else None: an article
    that states no year tells a weekday-dated day it has seen, and among past matches the nearest is the
    one a reader of news would take (the year is only pinned within ``CALENDAR_CYCLE`` years)."""
    return _matching_day(found, range(today.year, today.year - CALENDAR_CYCLE, -1), until=today)


def _matching_day(found: re.Match[str], years: range, until: date = date.max) -> date | None:
    """The first day, in ``years``' order and not after ``until``, with the date's month, day and weekday."""
    words = vocabulary()
    month = words.months[(found["m1"] or found["m2"]).lower().rstrip(".")]
    day = int(re.sub(r"\D", "", found["d1"] or found["d2"]))
    weekday = words.weekdays[found["w"].lower()]
    for year in years:
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday and candidate <= until:
            return candidate
    return None
