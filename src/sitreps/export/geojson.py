"""Records as a GeoJSON FeatureCollection (RFC 7946): every record with coordinates, at any precision.

A record whose place resolved to coordinates becomes a Point ``[lon, lat]`` whatever
its precision (exact town, district, region or country centroid): ``precision`` and
``geo_precision`` say how far to trust it. A record with no place, or a place without
coordinates, cannot be drawn; ``split_located`` counts them so the CLI and the API can
say how many were left out. The properties are listed in ``FEATURE_PROPERTIES`` and in
docs/serving.md (a test checks the two agree).
"""

from __future__ import annotations

from typing import Any

from sitreps.export.acled import acled_row
from sitreps.export.records import ExportRecord
from sitreps.models import Place

FEATURE_PROPERTIES = (
    "kind", "sitreps_type", "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "actor2", "place", "country", "admin1", "precision", "geo_precision", "fatalities",
    "modality", "background", "acled_status", "confidence", "n_reports", "n_originators", "sources",
    "source_urls", "evidence", "cameo", "plover",
)
"""Every feature's properties, in this order."""


def _point(record: ExportRecord) -> tuple[float, float] | None:
    """``(lon, lat)`` of the record's place, or None when it has no place or the place no coordinates."""
    place = record.place
    if place is None or place.lat is None or place.lon is None:
        return None
    return place.lon, place.lat


def split_located(records: list[ExportRecord]) -> tuple[list[ExportRecord], list[ExportRecord]]:
    """The records with coordinates, and those without (no place, or a place not resolved to a point)."""
    return [r for r in records if _point(r)], [r for r in records if not _point(r)]


def _feature(record: ExportRecord, place: Place, point: tuple[float, float]) -> dict[str, Any]:
    row = acled_row(record)
    properties = {
        "kind": record.kind, "sitreps_type": record.type, "event_date": row["event_date"] or None,
        "time_precision": row["time_precision"], "disorder_type": row["disorder_type"] or None,
        "event_type": row["event_type"] or None, "sub_event_type": row["sub_event_type"] or None,
        "actor1": row["actor1"] or None, "actor2": row["actor2"] or None, "place": place.name or place.text,
        "country": place.country, "admin1": place.admin1, "precision": place.precision.value,
        "geo_precision": row["geo_precision"], "fatalities": row["fatalities"], "modality": record.modality,
        "background": record.background, "acled_status": row["acled_status"], "confidence": row["confidence"],
        "n_reports": row["n_reports"], "n_originators": record.n_originators, "sources": record.outlets,
        "source_urls": list(dict.fromkeys(r.document.url for r in record.reports if r.document.url)),
        "evidence": record.evidence, "cameo": record.cameo,
        "plover": record.plover.model_dump(mode="json") if record.plover else None,
    }
    return {"type": "Feature", "id": record.id, "geometry": {"type": "Point", "coordinates": list(point)},
            "properties": {name: properties[name] for name in FEATURE_PROPERTIES}}


def geojson(records: list[ExportRecord]) -> dict[str, Any]:
    """A FeatureCollection of the located records; the others are left out (see ``split_located``)."""
    features = []
    for record in records:
        point = _point(record)
        if record.place is not None and point is not None:
            features.append(_feature(record, record.place, point))
    return {"type": "FeatureCollection", "features": features}
