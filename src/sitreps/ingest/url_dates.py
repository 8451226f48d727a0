"""The publication day a news URL carries, for an article whose header and page give none.

Outlets file stories under their day: ``/2024/08/11/slug``, ``/news/2024/apr/30/slug``,
``/26-Aug-2024/slug``, ``/articles/262326/20240727/slug.htm``, ``-20231109-0014.html``. That day is
the day the outlet published the page, as good as a ``Published:`` line. A URL that names only a
month (``/2024/08/slug``) gives no day: relative times ("on Sunday") cannot be read against a month,
and its first day would place them weeks early. Its month (``url_month``) still gives the year of a
date the text states without one ("on March 3"), which :mod:`sitreps.resolve.reference` reads.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from sitreps.language_data import word_table

TIME_WORDS = "times"  # data/<language>/times.yaml, whose month names the URL's named months are read by

EARLIEST_YEAR = 1995
"""Online news archives begin in the mid-1990s; an eight-digit run before then is an id, not a day."""
LATEST_YEAR = 2099
"""Past any year a stored article can carry; bounds a compact ``YYYYMMDD`` run without reading the clock."""

_YEAR = r"(?P<y>(?:19|20)\d\d)"
_DAY_ENDS = r"(?:(?=[/.])|$)"
"""A day between slashes ends its path segment: in ``/2024/08/11-children-killed`` the 11 is the slug's."""
_NUMERIC = (re.compile(rf"(?<!\d){_YEAR}/(?P<m>[01]?\d)/(?P<d>[0-3]?\d){_DAY_ENDS}"),
            re.compile(rf"(?<!\d){_YEAR}(?P<s>[_-])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)(?!\d)"))
_MONTH_SEGMENT = r"(?P<m>0?[1-9]|1[0-2])"
"""A month segment: ``/2024/08/`` or ``/2024/8/``, ended by a slash (the next segment is the slug's)."""
_COMPACT = re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\d])")


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    """Month names and abbreviations ("apr", "sept") to their numbers."""
    return {str(name): int(number) for number, names in word_table(TIME_WORDS, "months").items() for name in names}


@lru_cache(maxsize=1)
def _named_month() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``/2024/apr/30/`` and ``/26-Aug-2024/``: a month by its name or abbreviation."""
    month = "|".join(sorted(_months(), key=len, reverse=True))
    year_first = rf"(?<!\d){_YEAR}/(?P<m>{month})/(?P<d>[0-3]?\d){_DAY_ENDS}"
    day_first = rf"(?<![\d\w])(?P<d>[0-3]?\d)(?P<s>[/_-])(?P<m>{month})(?P=s){_YEAR}(?!\d)"
    return re.compile(year_first, re.I), re.compile(day_first, re.I)


def url_day(url: str | None) -> str | None:
    """The ISO day ``url`` files its page under, else None (no day, an impossible one, or two
    different days: a URL quoting another page's day is no evidence of its own)."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("//", 1)[-1].partition("/")[2]  # the host holds no date, and digits in it mislead
    found = {day for pattern in (*_NUMERIC, *_named_month(), _COMPACT)
             for match in pattern.finditer(path) if (day := _day(match)) is not None}
    return found.pop() if len(found) == 1 else None


def url_month(url: str | None) -> str | None:
    """The ``YYYY-MM`` a URL with no day files its page under (``/2024/08/slug``, ``/2023/jun/slug``),
    else None (a URL with a day, none, or two different months)."""
    if not url or url_day(url) is not None:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0].split("//", 1)[-1].partition("/")[2]
    found = {f"{year}-{month:02d}" for match in _year_month().finditer(path)
             if EARLIEST_YEAR <= (year := int(match["y"])) <= LATEST_YEAR
             and (month := _month_number(match["m"] or match["n"])) is not None}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _year_month() -> re.Pattern[str]:
    """``/2024/08/`` or ``/2023/jun/``: a year segment and a month segment."""
    month = "|".join(sorted(_months(), key=len, reverse=True))
    return re.compile(rf"(?:^|/){_YEAR}/(?:{_MONTH_SEGMENT}|(?P<n>{month}))/", re.I)


def _month_number(said: str | None) -> int | None:
    """A month segment's number, by digits or name."""
    if not said:
        return None
    return int(said) if said.isdigit() else _months().get(said.lower())


def _day(match: re.Match[str]) -> str | None:
    """The matched year, month and day as an ISO day, when they make one."""
    month_said = match["m"]
    month = int(month_said) if month_said.isdigit() else _months()[month_said.lower()]
    year = int(match["y"])
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return None
    try:
        return date(year, month, int(match["d"])).isoformat()
    except ValueError:
        return None
