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


class Halves:
    """The medians of each country's places along each axis, worked out once per country and axis:
    a respelt place checked against a bearing took the median of all the country's places again."""

    def __init__(self, index: GeoIndex) -> None:
        self._index = index
        self._middles: dict[tuple[str, int], float] = {}

    def middle(self, code: str, axis: int) -> float:
        """The median latitude (axis 0) or longitude (1) of country ``code``'s places (it has some)."""
        key = (code, axis)
        if key not in self._middles:
            table = self._index.table
            values = table.place_lat if axis == 0 else table.place_lon
            self._middles[key] = median(values[i] for i in self._index.places_in(code))
        return self._middles[key]

    def on_side(self, code: str, lat: float, lon: float, bearings: frozenset[str]) -> bool | None:
        """Whether a point lies on the side of country ``code`` every bearing names; None when it has no places."""
        if not self._index.places_in(code):
            return None
        for bearing in bearings:
            axis, high = _AXES[bearing]
            middle = self.middle(code, axis)
            value = (lat, lon)[axis]
            if (value < middle) if high else (value > middle):
                return False
        return True
