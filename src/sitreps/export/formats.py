"""Records to the shapes other tools read: ACLED rows, PLOVER events, GeoJSON features, sitreps JSON.

Column names and codes follow ACLED's codebook and PLOVER's manual (see
``data/export_codes.yaml``). Values sitreps does not know stay empty rather than guessed.
"""

from __future__ import annotations

from typing import Any

from sitreps.export.codes import (
    fatalities,
    geo_precision,
    inter_code,
    interaction_code,
    plover_context,
    time_precision,
)
from sitreps.export.records import ExportRecord
from sitreps.models import ActorMention

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "inter1", "actor2", "inter2", "interaction", "country", "admin1", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
    "sitreps_type", "n_originators",
)
PLOVER_VERSION = "sitreps-plover-1"
"""Written into every PLOVER record so readers know which mapping produced it."""


def _name(actor: ActorMention | None) -> str:
    return actor.name if actor else ""


def acled_row(record: ExportRecord) -> dict[str, Any]:
    """One row with ACLED's column names and codes (``source_scale`` is unknown to sitreps: empty)."""
    place, inter1, inter2 = record.place, inter_code(record.actor1), inter_code(record.actor2)
    return {
        "event_id_cnty": record.id,
        "event_date": (record.date or "")[:10],
        "year": int(record.date[:4]) if record.date else None,
        "time_precision": time_precision(record.time.precision if record.time else None),
        "event_type": record.acled.event_type if record.acled else "",
        "sub_event_type": record.acled.sub_event_type if record.acled else "",
        "actor1": _name(record.actor1), "inter1": inter1,
        "actor2": _name(record.actor2), "inter2": inter2,
        "interaction": interaction_code(inter1, inter2),
        "country": (place.country if place else None) or "",
        "admin1": (place.admin1 if place else None) or "",
        "location": (place.name or place.text) if place else "",
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geo_precision": geo_precision(place.precision) if place else None,
        "source": "; ".join(record.outlets),
        "source_scale": "",
        "notes": record.notes,
        "fatalities": fatalities(record.counts),
        "sitreps_type": record.type,
        "n_originators": record.n_originators,
    }


def _plover_actor(actor: ActorMention | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"name": actor.name, "id": actor.actor_id, "type": actor.actor_type, "country": actor.country}


def plover_event(record: ExportRecord) -> dict[str, Any]:
    """A PLOVER event record: id, date, event_type, mode, context, actors, location, the text."""
    place = record.place
    return {
        "id": record.id,
        "date": (record.date or "")[:10] or None,
        "date_precision": (record.time.precision.value if record.time else "unknown"),
        "event_type": record.plover.type if record.plover else None,
        "mode": record.plover.mode if record.plover else None,
        "context": plover_context(record.acled.event_type if record.acled else None),
        "actor1": _plover_actor(record.actor1),
        "actor2": _plover_actor(record.actor2),
        "location": None if place is None else {
            "name": place.name or place.text, "country": place.country, "admin1": place.admin1,
            "lat": place.lat, "lon": place.lon, "precision": place.precision.value,
        },
        "event_text": record.notes,
        "source": record.outlets,
        "cameo": record.cameo,
        "version": PLOVER_VERSION,
    }


def geojson(records: list[ExportRecord]) -> dict[str, Any]:
    """A FeatureCollection of the located records as Points ([lon, lat]); unlocated ones are left out."""
    features = []
    for record in records:
        place = record.place
        if place is None or place.lat is None or place.lon is None:
            continue
        features.append({
            "type": "Feature",
            "id": record.id,
            "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
            "properties": {
                "type": record.type, "date": record.date, "place": place.name or place.text,
                "country": place.country, "admin1": place.admin1, "precision": place.precision.value,
                "actor1": _name(record.actor1), "actor2": _name(record.actor2),
                "fatalities": fatalities(record.counts), "n_originators": record.n_originators,
                "kind": record.kind,
            },
        })
    return {"type": "FeatureCollection", "features": features}
