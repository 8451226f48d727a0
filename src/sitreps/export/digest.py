"""The situation-report digest: what happened in a time window, by region and type, and who says so.

Each row is dated by its event date (the stated time, else the publication date);
a row with neither (an undated article) is dated by the day sitreps received it,
and the digest says how many were. The window ends at ``now``, which defaults to
the newest event or publication date (the newest arrival only when nothing is
dated; never the machine clock), so a digest of an archive is reproducible. By
default only rows reported as having happened and not background are shown; the
header says how many others were left out and how to include them. Rendering to
Markdown and HTML is in :mod:`sitreps.export.digest_render`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sitreps.errors import ConfigError
from sitreps.export.codes import export_codes
from sitreps.export.records import ExportRecord
from sitreps.export.select import Selection, Source, select_records
from sitreps.models import SourceKind
from sitreps.store.base import Store

_RELATIVE = re.compile(r"^\s*(\d+)\s*([hdw])\s*$", re.IGNORECASE)
_UNIT_HOURS = {"h": 1, "d": 24, "w": 24 * 7}
NO_REGION = "Place not stated"


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
    day: date
    by_ingest_date: bool


@dataclass(frozen=True)
class Digest:
    """Lines grouped by region then type, the window, and what was left out of it and why."""

    start: date
    end: date
    source: Source
    regions: dict[str, dict[str, list[DigestLine]]]
    left_out: dict[str, int] = field(default_factory=dict)
    undated_elsewhere: int = 0
    """Rows with no date that sitreps received outside the window (so not shown)."""

    @property
    def total(self) -> int:
        return sum(len(lines) for types in self.regions.values() for lines in types.values())

    @property
    def by_ingest_date(self) -> int:
        """How many lines are dated by the day sitreps received them (no event or publication date)."""
        return sum(line.by_ingest_date for types in self.regions.values() for g in types.values() for line in g)


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


def record_day(record: ExportRecord) -> tuple[date | None, bool]:
    """The day a row is filed under, and whether that is the day sitreps received it (no date known)."""
    if record.date:
        return date.fromisoformat(record.date[:10]), False
    return (date.fromisoformat(record.received), True) if record.received else (None, True)


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


def _why_left_out(record: ExportRecord, include_unreported: bool, include_background: bool) -> str | None:
    """None when the row belongs in the digest, else the reason (counted in the header)."""
    if record.background and not include_background:
        return "background"
    if record.modality not in export_codes().acled_modalities and not include_unreported:
        return f"{record.modality}"
    return None


def build_digest(store: Store, since: str, *, now: date | None = None, base_url: str = "http://127.0.0.1:8000",
                 include_unreported: bool = False, include_background: bool = False) -> Digest:
    """Rows (linked events, or mentions before linking) in the window, grouped by region and type."""
    source, records, _ = select_records(store, Selection())
    dated = [(record, *record_day(record)) for record in records]
    known = [day for _, day, by_ingest in dated if day is not None and not by_ingest]
    received = [day for _, day, by_ingest in dated if day is not None and by_ingest]
    end = now or max(known or received, default=None)
    if end is None:
        raise ConfigError("the database has no events or mentions: ingest and process some, or give --now YYYY-MM-DD")
    start = window_start(since, end)
    regions: dict[str, dict[str, list[DigestLine]]] = defaultdict(lambda: defaultdict(list))
    left_out: Counter[str] = Counter()
    undated_elsewhere = 0
    for record, day, by_ingest in dated:
        if day is None or not start <= day <= end:
            undated_elsewhere += by_ingest
            continue
        reason = _why_left_out(record, include_unreported, include_background)
        if reason is not None:
            left_out[reason] += 1
            continue
        own, article = _links(record, base_url.rstrip("/"))
        line = DigestLine(record, claimants(record), own, article, day, by_ingest)
        regions[_region(record)][record.type].append(line)
    ordered = {region: dict(sorted(types.items(), key=lambda kv: -len(kv[1])))
               for region, types in sorted(regions.items(), key=lambda kv: (kv[0] == NO_REGION, kv[0]))}
    return Digest(start, end, source, ordered, dict(left_out.most_common()), undated_elsewhere)
