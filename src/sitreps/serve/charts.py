"""The data the map and the timeline draw (in the browser, with the vendored Leaflet and uPlot).

The server adds to each record what the browser cannot know: the event family
(colour), the page a marker opens, the ISO code of a country-precision place
(whose outline the map shades instead of faking a point), and the low and high
fatality figures a timeline band spans.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any, Literal

from sitreps.export.codes import export_codes
from sitreps.export.geojson import geojson
from sitreps.export.records import ExportRecord
from sitreps.link.families import family_of
from sitreps.lookup import iso_numeric
from sitreps.serve.areas import AREA_PRECISIONS, area_features

Unit = Literal["day", "week", "month"]
DAILY_UP_TO_DAYS = 92
"""Spans up to about a quarter are drawn per day; up to two years per week; longer per month: so a bar
stays several pixels wide on a laptop-wide chart (about 1,000 px) whatever the span."""
WEEKLY_UP_TO_DAYS = 730


def record_href(record: ExportRecord) -> str:
    """The dashboard page of a record: its event page, or for a lone mention its place in the article."""
    if record.kind == "event" or not record.reports:
        return f"/events/{record.id}"
    first = record.reports[0]
    return f"/documents/{first.document.id}#m-{first.mention.id}"


def fatality_range(record: ExportRecord) -> tuple[int, int]:
    """The lowest and highest number killed the record's counts allow (0, 0 when none is stated)."""
    words = export_codes().fatality_words
    lows, highs = [], []
    for count in (c for c in record.counts if c.what.lower().strip() in words):
        low = count.value if count.value is not None else count.low
        high = count.value if count.value is not None else (count.high or count.low)
        lows.append(low or 0)
        highs.append(high or low or 0)
    return max(lows, default=0), max(highs, default=0)


def modality(record: ExportRecord) -> str:
    """How the reports put it (reported, claimed, denied, ...): the most common modality among them."""
    found = Counter(r.mention.modality.value for r in record.reports)
    return found.most_common(1)[0][0] if found else ""


def map_features(records: list[ExportRecord]) -> dict[str, Any]:
    """The records as GeoJSON (the export's shape) with family, href, label and ISO code added.

    Region- and country-level places are drawn as areas, whether or not the gazetteer gave them
    a point (see ``serve.areas``).
    """
    collection = geojson([r for r in records if r.place is None or r.place.precision not in AREA_PRECISIONS])
    collection["features"] += area_features(records)
    by_id = {r.id: r for r in records}
    for feature in collection["features"]:
        record = by_id[feature["id"]]
        properties = feature["properties"]
        properties.update(family=family_of(record.type), href=record_href(record),
                          iso_numeric=iso_numeric(record.place.country if record.place else None),
                          label=f"{record.type.replace('_', ' ')}: {properties['place'] or ''}"
                                f" ({properties['precision']}) {(record.date or '')[:10]}")
    return collection


def pick_unit(first: date, last: date) -> Unit:
    """Day, week or month bars, so that the span fits (see DAILY_UP_TO_DAYS)."""
    span = (last - first).days
    return "day" if span <= DAILY_UP_TO_DAYS else "week" if span <= WEEKLY_UP_TO_DAYS else "month"


def bucket_start(day: date, unit: Unit) -> date:
    """The first day of the day, ISO week (Monday) or month ``day`` falls in."""
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def _dated(records: list[ExportRecord]) -> list[tuple[date, ExportRecord]]:
    out = []
    for record in records:
        try:
            out.append((date.fromisoformat((record.date or "")[:10]), record))
        except ValueError:
            continue  # undated (or only a year/month): no place on a daily axis; counted as undated
    return out


def timeline(records: list[ExportRecord], unit: Unit | None = None) -> dict[str, Any]:
    """Events and fatalities (low and high) per bucket, events broken down by family; oldest first."""
    dated = _dated(records)
    if not dated:
        return {"unit": unit or "day", "families": [], "buckets": [], "undated": len(records)}
    unit = unit or pick_unit(min(d for d, _ in dated), max(d for d, _ in dated))
    counts: dict[date, Counter[str]] = defaultdict(Counter)
    low: Counter[date] = Counter()
    high: Counter[date] = Counter()
    for day, record in dated:
        start = bucket_start(day, unit)
        counts[start][family_of(record.type)] += 1
        lo, hi = fatality_range(record)
        low[start] += lo
        high[start] += hi
    families = sorted({f for c in counts.values() for f in c})
    buckets = [{"start": start.isoformat(), "events": sum(c.values()), "by_family": dict(c),
                "fatalities_low": low[start], "fatalities_high": high[start]}
               for start, c in sorted(counts.items())]
    return {"unit": unit, "families": families, "buckets": buckets, "undated": len(records) - len(dated)}
