"""ACLED and PLOVER codes for exports, read from ``data/export_codes.yaml`` (sources named there)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from sitreps.models import ActorMention, Count, DatePrecision, PlacePrecision
from sitreps.yaml_data import parse_yaml


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
    disorder_by_type: dict[str, str]
    disorder_by_sub_type: dict[str, str]
    civilian_targeting_types: frozenset[str]
    civilian_targeting_value: str
    crowd_event_types: frozenset[str]
    crowd_words: frozenset[str]
    acled_modalities: frozenset[str]
    unknown_country_acronym: str


@lru_cache(maxsize=1)
def raw_codes() -> dict[str, Any]:
    """The data file as parsed YAML (read on first use, never at import)."""
    text = resources.files("sitreps.data").joinpath("export_codes.yaml").read_text(encoding="utf-8")
    parsed: dict[str, Any] = parse_yaml(text)
    return parsed


@lru_cache(maxsize=1)
def export_codes() -> ExportCodes:
    """The bundled ACLED code tables."""
    raw = raw_codes()
    return ExportCodes(
        inter_by_type={str(k): int(v) for k, v in raw["inter_by_actor_type"].items()},
        inter_by_word={str(k): int(v) for k, v in raw["inter_by_name_word"].items()},
        inter_default=int(raw["inter_default"]),
        geo_precision={str(k): int(v) for k, v in raw["geo_precision"].items()},
        time_precision={str(k): int(v) for k, v in raw["time_precision"].items()},
        fatality_words=frozenset(str(w) for w in raw["fatality_words"]),
        plover_context={str(k): [str(c) for c in v] for k, v in raw["plover_context_by_acled_type"].items()},
        disorder_by_type={str(k): str(v) for k, v in raw["disorder_type_by_event_type"].items()},
        disorder_by_sub_type={str(k): str(v) for k, v in raw["disorder_type_by_sub_event_type"].items()},
        civilian_targeting_types=frozenset(str(t) for t in raw["civilian_targeting_event_types"]),
        civilian_targeting_value=str(raw["civilian_targeting_value"]),
        crowd_event_types=frozenset(str(t) for t in raw["crowd_event_types"]),
        crowd_words=frozenset(str(w) for w in raw["crowd_words"]),
        acled_modalities=frozenset(str(m) for m in raw["acled_modalities"]),
        unknown_country_acronym=str(raw["unknown_country_acronym"]),
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


def largest_count(counts: list[Count], words: frozenset[str]) -> int | None:
    """The largest stated number (the value, else the lower bound) of things named by ``words``."""
    found = [c.value if c.value is not None else c.low for c in counts if c.what.lower().strip() in words]
    return max((n for n in found if n is not None), default=None)


def fatalities(counts: list[Count]) -> int:
    """The largest stated number killed (the value, else the lower bound); 0 when none is stated."""
    return largest_count(counts, export_codes().fatality_words) or 0


def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED's disorder type: from the sub-event type where it overrides, else from the event type."""
    codes = export_codes()
    return codes.disorder_by_sub_type.get(sub_event_type) or codes.disorder_by_type.get(event_type, "")


def civilian_targeting(event_type: str, disorder: str, inter2: int | None) -> str:
    """"Civilian targeting" for violence against civilians, or political violence with civilians as actor2."""
    codes = export_codes()
    targeted = event_type in codes.civilian_targeting_types or ("Political violence" in disorder and inter2 == 7)
    return codes.civilian_targeting_value if targeted else ""


def crowd_tag(event_type: str, counts: list[Count]) -> str:
    """ACLED's ``crowd size=`` tag for demonstrations: the stated size, or ``no report``."""
    codes = export_codes()
    if event_type not in codes.crowd_event_types:
        return ""
    size = largest_count(counts, codes.crowd_words)
    return f"crowd size={size if size is not None else 'no report'}"


def plover_context(acled_event_type: str | None) -> list[str]:
    """PLOVER context tags for an event, from its ACLED event type (empty when it has none)."""
    return list(export_codes().plover_context.get(acled_event_type or "", []))
