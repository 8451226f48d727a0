"""The real-news gold: ACLED-style events over real articles, and the fixed dev/test split.

The set itself (articles and ``gold.jsonl`` per part) is third-party text kept
outside the repository (``../shared/realnews-dev`` beside a checkout, or the
folder named by ``SITREPS_REALNEWS``); only the split, a list of file names,
lives here (``benchmarks/realnews/split.json``). A set of our own in the same
format (``benchmarks/gold/wire``: wire-style articles written for the project)
carries its own ``split.json`` beside its parts, and that one is used for it.
Gold events are matched to
extracted rows through their ``anchors``: exact substrings of an article that
report the event. ``neutral`` substrings are sentences a coder tolerates but
does not code.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitreps.errors import ConfigError

SPLITS = ("dev", "test")
SET_ENV = "SITREPS_REALNEWS"
CHECKOUT = Path(__file__).resolve().parents[3]
SPLIT_FILE = CHECKOUT / "benchmarks" / "realnews" / "split.json"


@dataclass(frozen=True)
class GoldPlace:
    name: str
    lat: float | None
    lon: float | None
    precision: str
    tolerance_km: float
    country_iso2: str | None


@dataclass(frozen=True)
class GoldEvent:
    """One real-world event as an ACLED coder codes it, with the sentences that report it."""

    id: str
    articles: tuple[str, ...]
    acled_codes: bool
    sub_event_types: frozenset[str]
    """The coded sub-event type and the alternatives a careful coder could defend."""
    sub_event_type: str
    event_date: str | None
    date_precision: str | None
    place: GoldPlace | None
    fatalities: tuple[int, int] | None
    initiator_terms: tuple[str, ...] | None
    target_terms: tuple[str, ...] | None
    modality: str
    anchors: dict[str, tuple[str, ...]]
    description: str


@dataclass(frozen=True)
class GoldSet:
    """The gold events and neutral sentences of the articles of one split."""

    folder: Path
    articles: dict[str, Path]
    """Article key (``part/file``) to its file."""
    events: list[GoldEvent]
    neutral: dict[str, tuple[str, ...]]


def default_set_folder() -> Path:
    """``$SITREPS_REALNEWS``, else ``../shared/realnews-dev`` beside the checkout."""
    named = os.environ.get(SET_ENV)
    return Path(named) if named else CHECKOUT.parent / "shared" / "realnews-dev"


def load_split(split: str, folder: Path | None = None) -> GoldSet:
    """The gold of one split ("dev", "test" or "all"), keys prefixed with the part ("a/01_x.txt")."""
    folder = folder or default_set_folder()
    if not folder.is_dir():
        raise ConfigError(f"real-news set not found at {folder}: put it there or set {SET_ENV}")
    chosen = json.loads(_split_file(folder).read_text(encoding="utf-8"))
    articles: dict[str, Path] = {}
    events: list[GoldEvent] = []
    neutral: dict[str, tuple[str, ...]] = {}
    for part in sorted(k for k in chosen if not k.startswith("_")):
        names = [n for s in SPLITS if split in (s, "all") for n in chosen[part][s]]
        wanted = {f"{part}/{name}" for name in names}
        articles.update({key: folder / part / "articles" / key.split("/", 1)[1] for key in sorted(wanted)})
        for record in _records(folder / part / "gold.jsonl"):
            if record["id"] == "neutral":
                neutral.update({f"{part}/{k}": tuple(v) for k, v in record["neutral"].items()
                                if f"{part}/{k}" in wanted})
                continue
            event = _event(part, record)
            if set(event.articles) & wanted:
                events.append(event)
    return GoldSet(folder, articles, events, neutral)


def _split_file(folder: Path) -> Path:
    """The set's own ``split.json`` when it has one (a set of our own), else the real-news split."""
    own = folder / "split.json"
    return own if own.is_file() else SPLIT_FILE


def _records(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _event(part: str, record: dict[str, Any]) -> GoldEvent:
    place = record.get("place")
    fatalities = record.get("fatalities")
    return GoldEvent(
        id=record["id"],
        articles=tuple(f"{part}/{a}" for a in record["articles"]),
        acled_codes=bool(record.get("acled_codes")),
        sub_event_types=frozenset([record["acled_sub_event_type"], *record.get("acled_alternatives", [])]),
        sub_event_type=record["acled_sub_event_type"],
        event_date=record.get("event_date"),
        date_precision=record.get("date_precision"),
        place=GoldPlace(place["name"], place.get("lat"), place.get("lon"), place.get("precision", "unknown"),
                        float(place.get("tolerance_km") or 0), place.get("country_iso2")) if place else None,
        fatalities=(fatalities["low"], fatalities["high"]) if fatalities else None,
        initiator_terms=_terms(record.get("initiator_terms")),
        target_terms=_terms(record.get("target_terms")),
        modality=record.get("modality", "reported"),
        anchors={f"{part}/{k}": tuple(v) for k, v in record.get("anchors", {}).items()},
        description=record.get("description", ""),
    )


def _terms(terms: list[str] | None) -> tuple[str, ...] | None:
    return None if terms is None else tuple(t.lower() for t in terms)
