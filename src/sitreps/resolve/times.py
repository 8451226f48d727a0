"""Temporal expressions to date ranges with a precision, anchored on the publication date.

Relative expressions ("on Tuesday", "last week", "two days ago") need the publication date: without
it they stay unresolved and the note says so. Absolute ones ("3 March 2024", "since June 2023") are
resolved with or without it; a year-less date ("March 3") takes the year that puts it nearest the
publication date. A date after publication is kept as written and flagged in the note. The machine's
clock is never read. An undated document's callers may pass a day inferred from its text instead
(:mod:`sitreps.resolve.reference`), with a note that says so. Patterns come from
:mod:`sitreps.resolve.time_patterns`; the English words from ``data/en/times.yaml``.

This module is the entry: it cuts off the preposition an expression opens with (noting whether it opens
or closes the range), chooses between the readers and flags dates after publication. The readers were
split out in round 25: calendar dates in :mod:`sitreps.resolve.calendar_dates`, relative expressions in
:mod:`sitreps.resolve.relative_dates`, the whole-expression forms both read by in
:mod:`sitreps.resolve.time_forms`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sitreps.language_data import word_list
from sitreps.models import DatePrecision
from sitreps.resolve.calendar_dates import absolute_range
from sitreps.resolve.numeric_dates import ambiguous
from sitreps.resolve.relative_dates import relative_range
from sitreps.resolve.time_forms import time_forms
from sitreps.resolve.time_patterns import TIME_WORDS, find_time_expressions

__all__ = ["ResolvedTime", "find_time_expressions", "resolve_time"]

# "Tuesday (Nov. 12)": a day glossed with its date in brackets reads as "Tuesday Nov. 12".
_BRACKETS = re.compile(r"[()\[\]]")
# "Monday's bombing", "last week's clashes": a possessive time reads as the time itself.
_POSSESSIVE = re.compile(r"['’]s$")


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


def resolve_time(expression: str, published_at: str | None, *, anchor_note: str | None = None,
                 stated_anchor: bool = False) -> ResolvedTime:
    """The dates ``expression`` refers to, read against the publication date (ISO, may be None).

    ``anchor_note`` says the anchor is not a publication date (a day inferred from
    the text): it is added to the note of every result that needed the anchor, and
    no result is flagged as after publication. ``stated_anchor`` says that day is one the text states, not
    the day of writing (``relative_dates.relative_range``).
    """
    text = _POSSESSIVE.sub("", " ".join(_BRACKETS.sub(" ", expression).split()))
    leads = _leads()
    open_start, open_end = bool(leads.open_start.match(text)), bool(leads.open_end.match(text))
    text = leads.plain.sub("", leads.open_end.sub("", leads.open_start.sub("", text)))
    if time_forms().day_range.match(text) or time_forms().month_day_range.match(text):
        open_start = False  # "from 10 to 11 January": both ends are told
    published = _parse_published(published_at)
    found = absolute_range(text, None)
    anchored = found is None or found[2] is DatePrecision.UNKNOWN or ambiguous(text)  # "04/05/2024"
    if anchored and published is not None:
        found = absolute_range(text, published) or relative_range(text.lower(), published, stated_anchor=stated_anchor)
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
    found = absolute_range(text, around)
    if found is None or found[2] is not DatePrecision.DAY or found[0] is None or found[0] != found[1]:
        return None
    return found[0]


def _joined(first: str | None, second: str) -> str:
    return f"{first}; {second}" if first else second


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
