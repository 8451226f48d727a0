"""The situation-report digest: what happened in a time window, by region and type, and who says so.

The window ends at ``now``, which defaults to the newest publication date in the
database (never the machine clock), so a digest of an archive is reproducible.
Rendering to Markdown and HTML is in :mod:`sitreps.export.digest_render`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sitreps.errors import ConfigError
from sitreps.export.records import ExportRecord
from sitreps.export.select import Selection, Source, select_records
from sitreps.models import SourceKind
from sitreps.store.base import Store

_RELATIVE = re.compile(r"^\s*(\d+)\s*([hdw])\s*$", re.IGNORECASE)
_UNIT_HOURS = {"h": 1, "d": 24, "w": 24 * 7}
NO_REGION = "Place not stated"
MAX_DOCUMENTS_SCANNED = 1_000_000
"""Upper bound when looking for the newest publication date: far above any corpus we process."""


@dataclass(frozen=True)
class Claimant:
    """Who reports an event: an attributed source and its kind, or an outlet when none is named."""

    source: str
    kind: str


@dataclass(frozen=True)
class DigestLine:
    record: ExportRecord
    claimants: list[Claimant]
    link: str
    evidence_link: str


@dataclass(frozen=True)
class Digest:
    """Lines grouped by region then type, with the window and which kind of rows it was built from."""

    start: date
    end: date
    source: Source
    regions: dict[str, dict[str, list[DigestLine]]]

    @property
    def total(self) -> int:
        return sum(len(lines) for types in self.regions.values() for lines in types.values())


def window_start(since: str, now: date) -> date:
    """The first day of the window: ``24h``/``7d``/``2w`` back from ``now``, or an ISO date."""
    match = _RELATIVE.match(since)
    if match:
        hours = int(match.group(1)) * _UNIT_HOURS[match.group(2).lower()]
        return (datetime.combine(now, datetime.min.time()) - timedelta(hours=hours)).date()
    try:
        return date.fromisoformat(since.strip()[:10])
    except ValueError:
        raise ConfigError(f"--since {since!r}: use 24h, 7d, 2w or a date YYYY-MM-DD") from None


def newest_publication(store: Store) -> date | None:
    """The newest publication date of any stored document (the digest's default 'now')."""
    dates = [d.published_at[:10] for d in store.list_documents(limit=MAX_DOCUMENTS_SCANNED) if d.published_at]
    return date.fromisoformat(max(dates)) if dates else None


def claimants(record: ExportRecord) -> list[Claimant]:
    """Distinct attributed sources of the reports; an outlet stands in where a report names none."""
    found: dict[tuple[str, str], Claimant] = {}
    for report in record.reports:
        attribution = report.mention.attribution
        if attribution is not None and attribution.source:
            claimant = Claimant(attribution.source, attribution.source_kind.value)
        else:
            claimant = Claimant(report.document.outlet or "unnamed outlet", SourceKind.MEDIA.value)
        found.setdefault((claimant.source.lower(), claimant.kind), claimant)
    return list(found.values())


def _region(record: ExportRecord) -> str:
    place = record.place
    if place is None or not place.country:
        return NO_REGION
    return f"{place.country} / {place.admin1}" if place.admin1 else place.country


def _links(record: ExportRecord, base_url: str) -> tuple[str, str]:
    first = record.reports[0] if record.reports else None
    article = f"{base_url}/documents/{first.document.id}#m-{first.mention.id}" if first else base_url
    own = f"{base_url}/events/{record.id}" if record.kind == "event" else article
    return own, article


def build_digest(store: Store, since: str, *, now: date | None = None,
                 base_url: str = "http://127.0.0.1:8000") -> Digest:
    """Events (or mentions, before linking) in the window, grouped by region and type."""
    end = now or newest_publication(store)
    if end is None:
        raise ConfigError("the database has no dated documents: ingest and process some, or give --now YYYY-MM-DD")
    start = window_start(since, end)
    source, records, _ = select_records(store, Selection(since=start.isoformat(), until=end.isoformat()))
    regions: dict[str, dict[str, list[DigestLine]]] = defaultdict(lambda: defaultdict(list))
    for record in records:
        own, article = _links(record, base_url.rstrip("/"))
        regions[_region(record)][record.type].append(DigestLine(record, claimants(record), own, article))
    ordered = {region: dict(sorted(types.items(), key=lambda kv: -len(kv[1])))
               for region, types in sorted(regions.items(), key=lambda kv: (kv[0] == NO_REGION, kv[0]))}
    return Digest(start, end, source, ordered)
