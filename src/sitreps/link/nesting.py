"""Which values of a field a coarser value contains: a country its towns, a month its days, "at least 10" the 12.

Reports of one event state its place, date and toll at different precisions:
one names the country, another the town; one says "last week", another "on
Wednesday"; one "at least 10 killed", another 12. Such values do not disagree,
the finer one says more. Consensus (``sitreps.link.consensus``) lets a value
count the reports of every coarser value containing it, so the town, the day
and the exact toll win over the country, the month and the open range that
merely agree with them. Values are the encoded strings consensus stores
(place ``country/admin1/name``, time ``start/end``, counts ``12`` or ``10-``),
so a stored event ranks the same when read back.
"""

from __future__ import annotations

import math

from sitreps.link.windows import parse_end, parse_start
from sitreps.models import FieldValue

UNKNOWN = "?"
"""How an encoded place marks a part it does not know."""


def contains(field: str, outer: FieldValue, inner: FieldValue) -> bool:
    """Whether ``outer`` is a strictly coarser value of ``field`` that includes ``inner``."""
    if outer == inner:
        return False
    if field.startswith("count:"):
        (lo_o, hi_o), (lo_i, hi_i) = count_range(outer), count_range(inner)
        return lo_o <= lo_i and hi_i <= hi_o
    if field == "time":
        return _time_contains(str(outer), str(inner))
    if field == "place":
        return place_level(str(outer)) < place_level(str(inner)) and _place_contains(str(outer), str(inner))
    return False


def precision(field: str, value: FieldValue) -> float:
    """How precise a value is (higher is finer), to order values no report ranks apart."""
    if field.startswith("count:"):
        low, high = count_range(value)
        return -(high - low) if math.isfinite(high) else -math.inf
    if field == "time":
        start, _, end = str(value).partition("/")
        first, last = parse_start(start), parse_end(end or start)
        return -float((last - first).days) if first and last else -math.inf
    if field == "place":
        return float(place_level(str(value)))
    return 0.0


def place_level(value: str) -> int:
    """0 a bare country, 1 a first-level region (the name is its admin1), 2 a place named within."""
    country, admin1, name = _place_parts(value)
    if admin1 == UNKNOWN and name in (country, UNKNOWN):
        return 0
    return 1 if name in (admin1, UNKNOWN) else 2


def count_range(value: FieldValue) -> tuple[float, float]:
    """The range a count value allows: ``12`` -> 12..12, ``10-`` -> 10..inf, ``-20`` -> 0..20."""
    if isinstance(value, int | float):
        return float(value), float(value)
    low, _, high = str(value).partition("-")
    try:
        return (float(low) if low else 0.0, float(high) if high else math.inf)
    except ValueError:
        return 0.0, math.inf


def _place_contains(outer: str, inner: str) -> bool:
    country_o, admin_o, _ = _place_parts(outer)
    country_i, admin_i, _ = _place_parts(inner)
    if UNKNOWN in (country_o, country_i) or country_o != country_i:
        return False
    return place_level(outer) == 0 or (admin_o != UNKNOWN and admin_o == admin_i)


def _place_parts(value: str) -> tuple[str, str, str]:
    country, _, rest = value.partition("/")
    admin1, _, name = rest.partition("/")
    return country, admin1, name


def _time_contains(outer: str, inner: str) -> bool:
    (so, _, eo), (si, _, ei) = outer.partition("/"), inner.partition("/")
    start_o, end_o, start_i, end_i = parse_start(so), parse_end(eo or so), parse_start(si), parse_end(ei or si)
    if start_o is None or end_o is None or start_i is None or end_i is None:
        return False
    return start_o <= start_i and end_i <= end_o
