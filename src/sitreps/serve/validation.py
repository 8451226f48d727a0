"""Bounds and shapes of every query parameter, checked before a value reaches SQL or a template.

A value outside them is the client's mistake and answers 4xx with the parameter
named, never a 500: SQLite integers stop at 2**63 - 1, FTS5 and PostgreSQL read
a NUL as the end of a string, and an unbounded text makes every LIKE scan longer.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated
from urllib.parse import parse_qsl

from fastapi import Query

from sitreps.errors import ConfigError
from sitreps.store.filters import BBox

MAX_OFFSET = 1_000_000
"""Deepest page start: a million rows past any corpus a dashboard serves, far below SQLite's 2**63."""
MAX_ORIGINATORS = 1000
"""No event has been reported by more independent originators than this (the busiest has under 30)."""
MAX_TEXT_CHARS = 500
"""Longest search, actor, country or id a client may send: a long headline fits, a flood does not."""
MAX_QUERY_STRING_BYTES = 8192
"""The whole query string: every filter at its longest fits; the same order as common servers' URL limits."""
TYPE_ID = re.compile(r"[a-z][a-z0-9_]{0,63}")
"""Event type ids are snake_case (``air_drone_strike``); custom taxonomies follow the same rule."""
ALLOWED_CONTROLS = frozenset("\t\n\r")
"""Whitespace a pasted text may carry; every other control character (NUL first) is refused."""

TextQuery = Annotated[str | None, Query(max_length=MAX_TEXT_CHARS)]


def has_control(value: str) -> bool:
    """Whether ``value`` holds a control character other than tab, newline or carriage return."""
    return any(unicodedata.category(c) == "Cc" and c not in ALLOWED_CONTROLS for c in value)


def query_refusal(raw_query: bytes) -> str | None:
    """Why a whole query string is refused (too long, a control character in a value), or None."""
    if len(raw_query) > MAX_QUERY_STRING_BYTES:
        return f"the query string is longer than {MAX_QUERY_STRING_BYTES} bytes; send fewer or shorter filters"
    for name, value in parse_qsl(raw_query.decode("latin-1"), keep_blank_values=True):
        if has_control(name) or has_control(value):
            return f"parameter {name!r} holds a control character; send plain text"
    return None


def check_choices(name: str, values: Iterable[str], allowed: type[StrEnum]) -> tuple[str, ...]:
    """``values`` if each is one of the enum's values; ConfigError naming the choices otherwise."""
    choices = {member.value for member in allowed}
    found = tuple(values)
    for value in found:
        if value not in choices:
            raise ConfigError(f"{name}={value!r} is not one of: {', '.join(sorted(choices))}")
    return found


def check_date(name: str, value: str | None) -> str | None:
    """``value`` if it is an ISO date (YYYY-MM-DD) or date-time; ConfigError otherwise."""
    if value is None:
        return None
    try:
        (date if len(value) == len("YYYY-MM-DD") else datetime).fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{name}={value!r} is not a date: use YYYY-MM-DD") from None
    return value


def check_bbox(bbox: BBox | None) -> BBox | None:
    """``bbox`` if its numbers are finite longitudes and latitudes; ConfigError otherwise."""
    if bbox is None:
        return None
    min_lon, min_lat, max_lon, max_lat = bbox
    if not all(math.isfinite(v) for v in bbox) or not (
            -180 <= min_lon <= 180 and -180 <= max_lon <= 180 and -90 <= min_lat <= 90 and -90 <= max_lat <= 90):
        raise ConfigError(f"bbox {bbox} is not on the map: longitudes within ±180, latitudes within ±90")
    return bbox
