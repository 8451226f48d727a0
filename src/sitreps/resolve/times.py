"""Temporal expressions to date ranges with a precision, anchored on the publication date.

Relative expressions ("on Tuesday", "last week", "two days ago") need the publication date: without
it they stay unresolved and the note says so. Absolute ones ("3 March 2024", "since June 2023") are
resolved with or without it; a year-less date ("March 3") takes the year that puts it nearest the
publication date. A date after publication is kept as written and flagged in the note. The machine's
clock is never read. An undated document's callers may pass a day inferred from its text instead
(:mod:`sitreps.resolve.reference`), with a note that says so. Patterns come from
:mod:`sitreps.resolve.time_patterns`; the English words from ``data/en/times.yaml``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sitreps.language_data import word_list, word_table
from sitreps.models import DatePrecision
from sitreps.resolve.day_spans import hours_range, night_range
from sitreps.resolve.numeric_dates import ambiguous, numeric_day
from sitreps.resolve.time_patterns import (
    DAY,
    ORDINAL_DAY,
    RESOLVE_WORDS,
    TIME_WORDS,
    YEAR,
    find_time_expressions,
    month_day_range,
    vocabulary,
)

__all__ = ["EARLY_OR_LATE", "ResolvedTime", "find_time_expressions", "resolve_time"]

# "in recent days" / "the past few days" get this many days before publication, week precision.
RECENT_DAYS = 7
SATURDAY = 5  # date.weekday() of Saturday

_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$")
_START_OF_YEAR = re.compile(r"^(?:the\s+)?(?:start|beginning)\s+of\s+(?:the|this)\s+year$", re.I)
# "Tuesday (Nov. 12)": a day glossed with its date in brackets reads as "Tuesday Nov. 12".
_BRACKETS = re.compile(r"[()\[\]]")
# "Monday's bombing", "last week's clashes": a possessive time reads as the time itself.
_POSSESSIVE = re.compile(r"['’]s$")
_WEEKEND = re.compile(r"^(?P<which>this|last|next|the)\s+weekend$", re.I)
# "late last night", "early this morning": early or late within a day told from publication.
EARLY_OR_LATE = re.compile(r"^(?:early|late)\s+")
# "(on) the 21st": a day of the month told alone, the latest such day up to publication.
_DAY_ALONE = re.compile(rf"^(?:the\s+)?(?P<d>{ORDINAL_DAY})$", re.I)


@dataclass(frozen=True)
class _Patterns:
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
def _patterns() -> _Patterns:
    words = vocabulary()
    month, weekday, number = words.month, words.weekday, words.number
    modifier, unit = words.modifier, words.unit
    return _Patterns(
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


@dataclass(frozen=True)
class _Leads:
    """The prepositions an expression may open with: one that opens the range ("since June"), one
    that closes it ("until Friday"), and one that only places it ("on Tuesday"); all are cut off."""

    open_start: re.Pattern[str]
    open_end: re.Pattern[str]
    plain: re.Pattern[str]


@lru_cache(maxsize=1)
def _leads() -> _Leads:
    def leading(key: str) -> re.Pattern[str]:
        entries = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in word_list(TIME_WORDS, key))
        return re.compile(rf"^(?:{entries})\s+", re.I)

    return _Leads(leading("open_start_prepositions"), leading("open_end_prepositions"),
                  leading("leading_prepositions"))


@dataclass(frozen=True)
class ResolvedTime:
    """A date range (ISO dates, inclusive), how precise it is, and why when it is not resolved."""

    start: str | None
    end: str | None
    precision: DatePrecision
    note: str | None


def resolve_time(expression: str, published_at: str | None, *, anchor_note: str | None = None) -> ResolvedTime:
    """The dates ``expression`` refers to, read against the publication date (ISO, may be None).

    ``anchor_note`` says the anchor is not a publication date (a day inferred from
    the text): it is added to the note of every result that needed the anchor, and
    no result is flagged as after publication.
    """
    text = _POSSESSIVE.sub("", " ".join(_BRACKETS.sub(" ", expression).split()))
    leads = _leads()
    open_start, open_end = bool(leads.open_start.match(text)), bool(leads.open_end.match(text))
    text = leads.plain.sub("", leads.open_end.sub("", leads.open_start.sub("", text)))
    if _patterns().day_range.match(text) or _patterns().month_day_range.match(text):
        open_start = False  # "from 10 to 11 January": both ends are told
    published = _parse_published(published_at)
    found = _absolute(text, None)
    anchored = found is None or found[2] is DatePrecision.UNKNOWN or ambiguous(text)  # "04/05/2024"
    if anchored and published is not None:
        found = _absolute(text, published) or _relative(text.lower(), published)
    elif found is None:
        return _unresolved("relative expression without a publication date: not resolved")
    if found is None:
        return _unresolved(f"expression not understood: {expression!r}")
    start, end, precision, note = found
    if open_start:
        end = None
    if open_end:
        start = None
    if anchor_note and anchored and precision is not DatePrecision.UNKNOWN:
        return ResolvedTime(_iso(start), _iso(end), precision, _joined(note, anchor_note))
    resolved = ResolvedTime(_iso(start), _iso(end), precision, note)
    return resolved if anchor_note else _flag_future(resolved, published)


def calendar_day_near(expression: str, around: date) -> date | None:
    """The one calendar day ``expression`` names by month and day ("March 3", "3rd of March"), its year
    the one that puts it nearest ``around``; None for a relative expression ("on Sunday") or any other.
    A month known without its day (an undated page filed under ``/2024/03/``) dates such a day and
    never a weekday, which would need the day of writing."""
    text = _POSSESSIVE.sub("", " ".join(_BRACKETS.sub(" ", expression).split()))
    text = _leads().plain.sub("", text)
    found = _absolute(text, around)
    if found is None or found[2] is not DatePrecision.DAY or found[0] is None or found[0] != found[1]:
        return None
    return found[0]


def _joined(first: str | None, second: str) -> str:
    return f"{first}; {second}" if first else second


_Range = tuple[date | None, date | None, DatePrecision, str | None]


def _absolute(text: str, published: date | None) -> _Range | None:
    """Calendar dates, months and years; None when ``text`` is relative."""
    if found := _ISO.match(text):
        day = date(int(found["y"]), int(found["m"]), int(found["d"]))
        return day, day, DatePrecision.DAY, None
    if (numeric := numeric_day(text, published)) is not None:  # "13.05.2024", "5/13/2024"
        return numeric
    if found := _patterns().day_month.match(text) or _patterns().month_day.match(text):
        return _calendar_day(found, published)
    if found := _patterns().month_day_range.match(text):
        return _month_day_range(found, published)
    if found := _patterns().day_range.match(text):
        first = _calendar_day(found, published)
        if first[0] is None:
            return first
        return first[0].replace(day=int(re.sub(r"\D", "", found["d1"]))), first[1], first[2], first[3]
    if found := _patterns().month_year.match(text):
        return _month(found, published)
    if found := _patterns().year_only.match(text):
        year = int(found["y"])
        return date(year, 1, 1), date(year, 12, 31), DatePrecision.YEAR, None
    return None


def _month_day_range(found: re.Match[str], published: date | None) -> _Range:
    """ "Jan. 30 to Feb. 2, 2024": the last day as a calendar day, the first in its month before it
    (in the year before when the range crosses a new year)."""
    last = _day_of(found.group(0), _month_number(found["range_m"] or found["range_m1"]),
                   _day_number(found["range_d"]), found["range_y"], published)
    if last[1] is None:
        return last
    month, day = _month_number(found["range_m1"]), _day_number(found["range_d1"])
    year = last[1].year - (1 if (month, day) > (last[1].month, last[1].day) else 0)
    try:
        return date(year, month, day), last[1], DatePrecision.DAY, None
    except ValueError:
        return None, None, DatePrecision.UNKNOWN, f"no such date: {found.group(0)!r}"


def _month_number(name: str) -> int:
    return vocabulary().months[name.lower().rstrip(".")]


def _day_number(day: str) -> int:
    return int(re.sub(r"\D", "", day))


def _calendar_day(found: re.Match[str], published: date | None) -> _Range:
    return _day_of(found.group(0), _month_number(found["m"]), _day_number(found["d"]), found["y"], published)


def _day_of(said: str, month: int, day: int, year_text: str | None, published: date | None) -> _Range:
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


def _month(found: re.Match[str], published: date | None) -> _Range:
    month = _month_number(found["m"])
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


def _relative(text: str, published: date) -> _Range | None:
    """Expressions that only mean something against the publication date."""
    within_day = EARLY_OR_LATE.sub("", text)
    if within_day in vocabulary().day_offsets:
        day = published + timedelta(days=vocabulary().day_offsets[within_day])
        return day, day, DatePrecision.DAY, None
    if within_day == "overnight":
        return published - timedelta(days=1), published, DatePrecision.DAY, None
    if found_span := night_range(text, published) or hours_range(text, published):
        return found_span
    if found := _DAY_ALONE.match(text):
        return _day_alone(_day_number(found["d"]), published)
    if found := _patterns().weekday.match(text):
        back = (published.weekday() - vocabulary().weekdays[found["w"].lower()]) % 7
        if back == 0 and text.startswith("last"):
            back = 7
        day = published - timedelta(days=back)
        return day, day, DatePrecision.DAY, None
    if found := _patterns().ago.match(text):
        return _ago(int(_number(found["n"])), found["u"].rstrip("s"), published)
    if found := _patterns().relative_unit.match(text):
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
    if _patterns().recent.match(text):
        return published - timedelta(days=RECENT_DAYS), published, DatePrecision.WEEK, None
    return None


def _day_alone(day: int, published: date) -> _Range:
    """The latest day numbered ``day`` up to publication: this month's, else last month's (news tells
    a day of the month alone only of days just past)."""
    month_index = published.year * 12 + published.month - 1 - (1 if day > published.day else 0)
    try:
        found = date(month_index // 12, month_index % 12 + 1, day)
    except ValueError:
        return None, None, DatePrecision.UNKNOWN, f"no such date: the {day} of the month before publication"
    return found, found, DatePrecision.DAY, None


def _ago(n: int, unit: str, published: date) -> _Range:
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


def _unit_range(which: str, unit: str, published: date) -> _Range:
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


def _week_of(day: date) -> _Range:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6), DatePrecision.WEEK, None


def _month_range(year: int, month: int) -> _Range:
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1), date(year, month, last), DatePrecision.MONTH, None


def _number(word: str) -> int:
    return int(word) if word.isdigit() else vocabulary().number_words[" ".join(word.lower().split())]


def _parse_published(published_at: str | None) -> date | None:
    if not published_at:
        return None
    try:
        return date.fromisoformat(published_at[:10])
    except ValueError:
        return None


def _flag_future(resolved: ResolvedTime, published: date | None) -> ResolvedTime:
    if published is None or resolved.start is None or resolved.start <= published.isoformat():
        return resolved
    note = f"date after publication ({published.isoformat()})"
    if resolved.note:
        note = f"{resolved.note}; {note}"
    return ResolvedTime(resolved.start, resolved.end, resolved.precision, note)


def _unresolved(note: str) -> ResolvedTime:
    return ResolvedTime(None, None, DatePrecision.UNKNOWN, note)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
