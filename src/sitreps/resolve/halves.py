"""Which side of its country a point lies on: what a bearing written with the country ("in northern
Burkina Faso") rules out.

A bearing names a part of a country, but the outer third that :meth:`GeoIndex.country_part_point`
pools for a point is too narrow to say what lies in that part: Huliaipole is in southern Ukraine,
north of the southernmost third of Ukraine's places. Every place on the bearing's side of the median
of the country's places counts here; a place on the other side is not where the text puts it.
"""

from __future__ import annotations

from statistics import median

from sitreps.resolve.geoindex import GeoIndex

_AXES = {"north": (0, True), "south": (0, False), "east": (1, True), "west": (1, False)}
"""Bearing -> (0 latitude / 1 longitude, whether the bearing's side is the high one)."""


def on_side(index: GeoIndex, code: str, lat: float, lon: float, bearings: frozenset[str]) -> bool | None:
    """Whether a point lies on the side of country ``code`` every bearing names; None when it has no places."""
    ids = index.places_in(code)
    if not ids:
        return None
    table = index.table
    for bearing in bearings:
        axis, high = _AXES[bearing]
        values = table.place_lat if axis == 0 else table.place_lon
        middle = median(values[i] for i in ids)
        value = (lat, lon)[axis]
        if (value < middle) if high else (value > middle):
            return False
    return True
