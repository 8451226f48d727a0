"""The map and timeline views, cached per database version (``sitreps.serve.cache``) as summaries.

Actors and claims are cached where they are computed (``sitreps.serve.catalog``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sitreps.export.geojson import geojson
from sitreps.export.select import Selection, Source, select_records
from sitreps.serve.cache import per_data_version
from sitreps.serve.catalog import per_day
from sitreps.serve.charts import Marker, markers
from sitreps.store.base import Store


@dataclass(frozen=True)
class RecordSummary:
    """What the map and timeline views draw of the matching records (never the records: they hold whole
    documents, about 10 MB for 233 of them, too much to keep per filter)."""

    source: Source
    total: int
    shown: int
    markers: tuple[Marker, ...]
    days: tuple[tuple[str, int], ...]


@per_data_version
def record_summary(store: Store, selection: Selection, limit: int | None = None) -> RecordSummary:
    """Markers and events per day of the matching records (the first ``limit`` of them, or all)."""
    source, records, total = select_records(store, selection, limit=limit)
    return RecordSummary(source, total, len(records), tuple(markers(records)), tuple(per_day(records)))


@per_data_version
def map_geojson(store: Store, selection: Selection) -> dict[str, Any]:
    """The GeoJSON FeatureCollection of every matching located record."""
    return geojson(select_records(store, selection)[1])
