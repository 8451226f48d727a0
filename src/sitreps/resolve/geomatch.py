"""The gazetteer's answer, :class:`GeoMatch`, and the three ways one is made from GeoNames' records.

Apart from the resolution steps so that every step (and the fallback that places a missing place)
builds its answer alike: a town's point with its country and first-level unit, a unit's point at
region or district precision, or no point with the reason why.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitreps.models import PlacePrecision
from sitreps.resolve.geoindex import City, GeoIndex, Unit


@dataclass(frozen=True)
class GeoMatch:
    """Where a toponym points, how precisely, and why when not exactly."""

    name: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    precision: PlacePrecision
    note: str | None
    approximate: bool = False  # the point is an enclosing unit's: the place itself is not in the gazetteer
    respelt: bool = False  # the name was matched to a place spelt otherwise (fuzzily, or another romanisation)


def city_match(index: GeoIndex, city: City, note: str | None, precision: PlacePrecision = PlacePrecision.EXACT,
               name: str | None = None, *, approximate: bool = False) -> GeoMatch:
    """A town's point, under ``name`` when the text named it otherwise (a site, a missing village)."""
    country = index.country_name(city.country)
    return GeoMatch(name or city.name, city.lat, city.lon, country, index.admin1_of(city), precision, note,
                    approximate=approximate)


def unit_match(index: GeoIndex, unit: Unit, note: str | None) -> GeoMatch:
    """An admin unit's point: region precision for a first-level unit, district for a second-level one."""
    country = index.country_name(unit.country)
    if unit.level == 1:
        return GeoMatch(unit.name, unit.lat, unit.lon, country, unit.name, PlacePrecision.REGION, note)
    admin1 = index.unit(unit.parent).name if unit.parent >= 0 else None
    return GeoMatch(unit.name, unit.lat, unit.lon, country, admin1, PlacePrecision.DISTRICT, note)


def unknown_match(toponym: str, note: str) -> GeoMatch:
    """No point: ``note`` says why."""
    return GeoMatch(toponym.strip(), None, None, None, None, PlacePrecision.UNKNOWN, note)
