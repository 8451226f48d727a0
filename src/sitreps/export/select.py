"""Which records to export or show: linked events when the database has them, else mentions.

One ``Selection`` carries every filter the CLI, the REST API and the dashboard
accept. Most go to the store's SQL filters; the two that one kind of row cannot
answer in SQL (source kind for linked events, minimum originators for mentions)
are applied here, over the records.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sitreps.errors import ConfigError
from sitreps.export.records import ExportRecord, ReportLoader, from_event, from_mention
from sitreps.export.standing import CODABLE, acled_status
from sitreps.store.base import Store
from sitreps.store.filters import BBox, EventFilter, MentionFilter

Source = Literal["events", "mentions"]
MAX_ROWS = 10**9
"""The store's query needs a limit for mentions; this one is far above any corpus sitreps handles."""


def parse_bbox(value: str | None) -> BBox | None:
    """'min_lon,min_lat,max_lon,max_lat' to numbers."""
    if not value:
        return None
    try:
        parts = tuple(float(p) for p in value.split(","))
    except ValueError:
        raise ConfigError(f"bbox={value!r}: give four numbers min_lon,min_lat,max_lon,max_lat") from None
    if len(parts) != 4:
        raise ConfigError(f"bbox={value!r}: give four numbers min_lon,min_lat,max_lon,max_lat")
    return parts[0], parts[1], parts[2], parts[3]


@dataclass(frozen=True)
class Selection:
    """Filters shared by exports, the digest, the REST API and the dashboard (every set one must match)."""

    since: str | None = None
    until: str | None = None
    types: tuple[str, ...] = ()
    actor: str | None = None
    country: str | None = None
    bbox: BBox | None = None
    source_kinds: tuple[str, ...] = ()
    min_originators: int | None = None
    text: str | None = None
    acled_only: bool = False
    """Only rows ACLED would code (see ``export.standing.acled_status``); applied over the records."""

    def event_filter(self) -> EventFilter:
        """The store filter for linked events (source kinds are applied afterwards)."""
        return EventFilter(since=self.since, until=self.until, types=self.types, actor=self.actor,
                           country=self.country, bbox=self.bbox, min_originators=self.min_originators,
                           text=self.text)

    def mention_filter(self) -> MentionFilter:
        """The store filter for mentions (a mention is one originator: see ``select_records``)."""
        return MentionFilter(since=self.since, until=self.until, types=self.types, actor=self.actor,
                             country=self.country, bbox=self.bbox, source_kinds=self.source_kinds, text=self.text)


def default_source(store: Store) -> Source:
    """Linked events once linking has run, else the mentions (before linking)."""
    return "events" if store.count_events() > 0 else "mentions"


def _kind_matches(record: ExportRecord, kinds: tuple[str, ...]) -> bool:
    return any(r.mention.attribution is not None and r.mention.attribution.source_kind.value in kinds
               for r in record.reports)


def _codable(record: ExportRecord) -> bool:
    return acled_status(record.acled, record.modality, record.background) == CODABLE


def _page(matching: list[ExportRecord], limit: int | None, offset: int) -> list[ExportRecord]:
    return matching[offset:None if limit is None else offset + limit]


def select_records(store: Store, selection: Selection, *, source: Source | None = None,
                   limit: int | None = None, offset: int = 0) -> tuple[Source, list[ExportRecord], int]:
    """The matching records of ``source`` (default: ``default_source``), a page of them, and the total."""
    source = source or default_source(store)
    if source == "mentions":
        if (selection.min_originators or 0) > 1:
            return source, [], 0
        if selection.acled_only:
            rows = store.query_mentions(selection.mention_filter(), limit=MAX_ROWS)
            matching = [r for r in (from_mention(d, m) for d, m in rows) if _codable(r)]
            return source, _page(matching, limit, offset), len(matching)
        rows = store.query_mentions(selection.mention_filter(), limit=limit or MAX_ROWS, offset=offset)
        total = store.count_mentions(selection.mention_filter())
        return source, [from_mention(d, m) for d, m in rows], total
    loader = ReportLoader(store)
    if not selection.source_kinds and not selection.acled_only:
        events = store.query_events(selection.event_filter(), limit=limit, offset=offset)
        return source, [from_event(e, loader.reports(e)) for e in events], store.count_events(selection.event_filter())
    every = [from_event(e, loader.reports(e)) for e in store.query_events(selection.event_filter(), limit=None)]
    matching = [r for r in every if (not selection.source_kinds or _kind_matches(r, selection.source_kinds))
                and (not selection.acled_only or _codable(r))]
    return source, _page(matching, limit, offset), len(matching)
