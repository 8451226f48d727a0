"""The map and the timeline as plain data the templates draw as inline SVG (no map library, no tiles).

The map is an equirectangular projection in degrees: x = lon + 180, y = 90 - lat,
so the SVG's viewBox is 360 x 180 and no trigonometry is needed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from sitreps.export.records import ExportRecord
from sitreps.models import PlacePrecision

MARKER_RADIUS = {
    PlacePrecision.EXACT: 1.2,
    PlacePrecision.DISTRICT: 2.0,
    PlacePrecision.REGION: 3.5,
    PlacePrecision.COUNTRY: 5.0,
    PlacePrecision.UNKNOWN: 5.0,
}
"""Marker radius in degrees: the coarser the place, the wider the area the event may be in (a
country-precision marker sits on the centroid, so a big faint disc says 'somewhere around here')."""
MAX_CONTINUOUS_DAYS = 400
"""Up to this span the timeline shows every day (gaps visible); longer spans show only days with events."""


@dataclass(frozen=True)
class Marker:
    x: float
    y: float
    r: float
    precision: str
    href: str
    title: str


@dataclass(frozen=True)
class Bar:
    day: str
    count: int
    x: int
    height: float


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular projection into the 360 x 180 viewBox."""
    return round(lon + 180.0, 3), round(90.0 - lat, 3)


@lru_cache(maxsize=1)
def world_paths() -> tuple[str, ...]:
    """SVG path data of the coarse land outline shipped in ``static/world-outline.json``."""
    raw = resources.files("sitreps.serve").joinpath("static/world-outline.json").read_text(encoding="utf-8")
    paths = []
    for ring in json.loads(raw)["polygons"].values():
        points = [project(lon, lat) for lon, lat in ring]
        paths.append("M" + " L".join(f"{x},{y}" for x, y in points) + " Z")
    return tuple(paths)


def record_href(record: ExportRecord) -> str:
    """The dashboard page of a record: its event page, or for a lone mention its place in the article."""
    if record.kind == "event" or not record.reports:
        return f"/events/{record.id}"
    first = record.reports[0]
    return f"/documents/{first.document.id}#m-{first.mention.id}"


def markers(records: list[ExportRecord]) -> list[Marker]:
    """One marker per located record, sized by its place precision."""
    out = []
    for record in records:
        place = record.place
        if place is None or place.lat is None or place.lon is None:
            continue
        x, y = project(place.lon, place.lat)
        title = f"{record.type} — {place.name or place.text} ({place.precision.value}) {record.date or ''}"
        out.append(Marker(x, y, MARKER_RADIUS[place.precision], place.precision.value, record_href(record), title))
    return out


def bars(days: list[tuple[str, int]], *, width: int = 8, height: float = 100.0) -> list[Bar]:
    """Bars for events per day, ``width`` apart; heights scaled so the busiest day is ``height``."""
    if not days:
        return []
    counts = dict(days)
    first, last = date.fromisoformat(days[0][0]), date.fromisoformat(days[-1][0])
    if (last - first).days <= MAX_CONTINUOUS_DAYS:
        every = [(first + timedelta(d)).isoformat() for d in range((last - first).days + 1)]
    else:
        every = [d for d, _ in days]
    peak = max(counts.values())
    return [Bar(day, counts.get(day, 0), i * width, counts.get(day, 0) / peak * height)
            for i, day in enumerate(every)]
