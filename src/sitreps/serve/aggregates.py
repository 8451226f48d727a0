"""The map and timeline views, cached per database version (``sitreps.serve.cache``) as the answers drawn.

What is cached is what the pages and their JSON twins send (features, buckets,
counts), never the matching records: those hold whole documents (about 10 MB for
233 of them), too much to keep per filter. Actors and claims are cached where they
are computed (``sitreps.serve.catalog``).
"""

from __future__ import annotations

from typing import Any

from sitreps.serve import charts
from sitreps.serve.cache import per_data_version
from sitreps.serve.catalog import per_day
from sitreps.serve.search import Search, find
from sitreps.store.base import Store


@per_data_version
def map_view(store: Store, search: Search) -> dict[str, Any]:
    """The GeoJSON FeatureCollection the map draws: every matching record with a place, at its precision."""
    _, records, _ = find(store, search)
    return charts.map_features(records)


@per_data_version
def match_count(store: Store, search: Search) -> int:
    """How many records match (the map page's heading)."""
    return find(store, search, limit=1)[2]


@per_data_version
def timeline_view(store: Store, search: Search, unit: charts.Unit | None = None) -> dict[str, Any]:
    """Records per day, and per day/week/month stacked by family with fatalities (``charts.timeline``)."""
    source, records, total = find(store, search)
    return {"source": source, "total": total, "days": [{"date": d, "count": n} for d, n in per_day(records)],
            **charts.timeline(records, unit)}
