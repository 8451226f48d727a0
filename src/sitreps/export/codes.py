"""ACLED and PLOVER codes for exports, read from ``data/export_codes.yaml`` (sources named there)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from sitreps.models import ActorMention, Count, DatePrecision, PlacePrecision


@dataclass(frozen=True)
class ExportCodes:
    """The code tables of one data file, loaded once."""

    inter_by_type: dict[str, int]
    inter_by_word: dict[str, int]
    inter_default: int
    geo_precision: dict[str, int]
    time_precision: dict[str, int]
    fatality_words: frozenset[str]
    plover_context: dict[str, list[str]]


@lru_cache(maxsize=1)
def export_codes() -> ExportCodes:
    """The bundled code tables (read on first use, never at import)."""
    text = resources.files("sitreps.data").joinpath("export_codes.yaml").read_text(encoding="utf-8")
    raw: dict[str, Any] = yaml.safe_load(text)
    return ExportCodes(
        inter_by_type={str(k): int(v) for k, v in raw["inter_by_actor_type"].items()},
        inter_by_word={str(k): int(v) for k, v in raw["inter_by_name_word"].items()},
        inter_default=int(raw["inter_default"]),
        geo_precision={str(k): int(v) for k, v in raw["geo_precision"].items()},
        time_precision={str(k): int(v) for k, v in raw["time_precision"].items()},
        fatality_words=frozenset(str(w) for w in raw["fatality_words"]),
        plover_context={str(k): [str(c) for c in v] for k, v in raw["plover_context_by_acled_type"].items()},
    )


def inter_code(actor: ActorMention | None) -> int | None:
    """ACLED's inter code for an actor: a name word (protesters, rioters) wins over the actor type."""
    if actor is None:
        return None
    codes = export_codes()
    for word in actor.name.lower().split():
        if word in codes.inter_by_word:
            return codes.inter_by_word[word]
    return codes.inter_by_type.get(actor.actor_type or "", codes.inter_default)


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction: the two inter codes as a number, smaller first; a lone actor is ``X0``."""
    present = sorted(c for c in (inter1, inter2) if c is not None)
    if not present:
        return None
    if len(present) == 1:
        return present[0] * 10
    return present[0] * 10 + present[1]


def geo_precision(precision: PlacePrecision | None) -> int | None:
    """exact -> 1, district -> 2, region/country/unknown -> 3; no place -> None."""
    return None if precision is None else export_codes().geo_precision[precision.value]


def time_precision(precision: DatePrecision | None) -> int:
    """day -> 1, week -> 2, anything coarser or unknown -> 3."""
    return export_codes().time_precision[(precision or DatePrecision.UNKNOWN).value]


def fatalities(counts: list[Count]) -> int:
    """The largest stated number killed (the value, else the lower bound); 0 when none is stated."""
    words = export_codes().fatality_words
    found = [c.value if c.value is not None else c.low for c in counts if c.what.lower().strip() in words]
    return max((n for n in found if n is not None), default=0)


def plover_context(acled_event_type: str | None) -> list[str]:
    """PLOVER context tags for an event, from its ACLED event type (empty when it has none)."""
    return list(export_codes().plover_context.get(acled_event_type or "", []))
