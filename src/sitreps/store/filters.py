"""Filters for mention and event queries, shared by the CLI, the REST API and the dashboard.

Plain frozen dataclasses: the serving layer builds them from query parameters,
the store turns them into parameterised SQL (``sitreps.store.where``). Values a
user typed are checked here so a bad date fails with a message, not a SQL error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sitreps.errors import ConfigError

BBox = tuple[float, float, float, float]
"""(min_lon, min_lat, max_lon, max_lat), the GeoJSON order."""


def _check_date(name: str, value: str | None) -> None:
    if value is None:
        return
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        raise ConfigError(f"{name}={value!r} is not a date: use YYYY-MM-DD") from None


def _normalise_lists(obj: object) -> None:
    """Accept any sequence from callers but keep the frozen filter hashable (a tuple)."""
    for name in ("types", "source_kinds"):
        value = getattr(obj, name, None)
        if value is not None and not isinstance(value, tuple):
            object.__setattr__(obj, name, tuple(value))


def _check_bbox(bbox: BBox | None) -> None:
    if bbox is None:
        return
    if len(bbox) != 4:
        raise ConfigError("bbox needs four numbers: min_lon,min_lat,max_lon,max_lat")
    min_lon, min_lat, max_lon, max_lat = bbox
    if min_lon > max_lon or min_lat > max_lat:
        raise ConfigError(f"bbox {bbox} is empty: give min_lon,min_lat,max_lon,max_lat with min <= max")


@dataclass(frozen=True)
class _Filter:
    """The filters mentions and linked events share, checked on construction."""

    since: str | None = None
    until: str | None = None
    types: Sequence[str] = ()
    actor: str | None = None
    country: str | None = None
    bbox: BBox | None = None
    text: str | None = None

    def __post_init__(self) -> None:
        _normalise_lists(self)
        _check_date("since", self.since)
        _check_date("until", self.until)
        _check_bbox(self.bbox)


@dataclass(frozen=True)
class MentionFilter(_Filter):
    """Which event mentions to return; every set field must match (AND).

    ``since``/``until`` compare ISO dates with the mention's time start, or the
    document's publication date when the mention has no time. ``actor`` matches
    an actor id exactly or a name by case-insensitive substring. ``text`` is a
    full-text query over the document's title and text (words, "phrases", OR).
    """

    source_kinds: Sequence[str] = ()
    modality: str | None = None
    document_id: str | None = None


@dataclass(frozen=True)
class EventFilter(_Filter):
    """Which linked events to return; every set field must match (AND).

    Dates compare with the event's time start, or its first report when it has
    none. ``actor`` matches the actors of the event's mentions. ``text`` is a
    full-text query over the documents that report the event.
    """

    min_originators: int | None = None
    has_contradiction: bool | None = None
