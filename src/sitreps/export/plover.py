"""Records as PLOVER event records (JSONL), following the PLOVER manual's "Data Fields" chapter.

The manual (draft 0.8, openeventdata/PLOVER) names the fields: ``id``, ``date``,
``enddate``, ``source`` and ``recipient`` (lists of actor objects), ``event`` (a list
of categories), ``mode`` and ``context`` (lists), ``event_loc`` (a GeoNames-style
location object), ``event_text``, ``quad_code``, ``event_scale``, ``cite_info``,
``coder``, ``comment``, and ``dead``/``injured`` for ASSAULT. Fields the manual allows
providers to add carry sitreps' own facts (``modality``, ``background``,
``confidence``, ``n_originators``, ``reports``). ``data/plover_event.schema.json`` is the
JSON Schema written from those tables; the tests validate every exported line against it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sitreps import __version__
from sitreps.export.codes import export_codes, largest_count, plover_context, raw_codes
from sitreps.export.countries import country_codes
from sitreps.export.records import ExportRecord, Report
from sitreps.extract.english import words
from sitreps.models import ActorMention, Place

EXPORT_WORDS = "export_words"
"""The English word lists of ``data/en/export_words.yaml``."""


def injury_words() -> frozenset[str]:
    """What a count must be about to fill PLOVER's ``injured`` field (Count.what, lower-cased)."""
    return words(EXPORT_WORDS, "injury_words")


@dataclass(frozen=True)
class PloverTables:
    """The PLOVER 0.8 tables of ``data/export_codes.yaml``."""

    codebook: str
    renames: dict[str, str]
    modes: dict[str, list[str]]
    mode_renames: dict[str, dict[str, str]]
    context_by_mode: dict[str, dict[str, str]]
    quad: dict[str, int]
    scores: dict[str, float]
    special_context: dict[str, str]
    sector: dict[str, str]
    nonstate_code: dict[str, str]


@lru_cache(maxsize=1)
def plover_tables() -> PloverTables:
    raw = raw_codes()
    return PloverTables(
        codebook=str(raw["plover_codebook"]), renames=dict(raw["plover_event_renames"]),
        modes={k: list(v) for k, v in raw["plover_modes"].items()},
        mode_renames={k: dict(v) for k, v in raw["plover_mode_renames"].items()},
        context_by_mode={k: dict(v) for k, v in raw["plover_context_by_mode"].items()},
        quad={k: int(v) for k, v in raw["plover_quad"].items()},
        scores={k: float(v) for k, v in raw["plover_scores"].items()},
        special_context=dict(raw["plover_special_context_by_modality"]),
        sector=dict(raw["plover_sector_by_actor_type"]), nonstate_code=dict(raw["plover_code_by_actor_type"]),
    )


def plover_category(record: ExportRecord) -> tuple[str | None, list[str], list[str]]:
    """The 0.8 category, its modes and the contexts an older mode turns into (None: no PLOVER code)."""
    if record.plover is None:
        return None, [], []
    tables = plover_tables()
    category = tables.renames.get(record.plover.type, record.plover.type)
    mode = record.plover.mode
    if mode is None:
        return category, [], []
    mode = tables.mode_renames.get(category, {}).get(mode, mode)
    as_context = tables.context_by_mode.get(category, {}).get(mode)
    if as_context is not None:
        return category, [], [as_context]
    return category, [mode] if mode in tables.modes.get(category, []) else [], []


def _actor(actor: ActorMention) -> dict[str, Any]:
    """The manual's actor object: code (alpha-3 or non-state code), sector, text, identifier."""
    tables = plover_tables()
    country = country_codes(actor.country)
    code = tables.nonstate_code.get(actor.actor_type or "") or (country.iso3 if country else None)
    obj: dict[str, Any] = {"actor_text": actor.evidence[0].text if actor.evidence else actor.name}
    if code:
        obj["code"] = code
    sector = tables.sector.get(actor.actor_type or "")
    if sector:
        obj["sector"] = sector
    if actor.actor_id:
        obj["identifier_id"] = actor.actor_id
    obj["identifier_text"] = actor.canonical_name or actor.name
    if actor.rank_or_role:
        obj["office"] = actor.rank_or_role
    return obj


def _actors(record: ExportRecord, chosen: ActorMention | None) -> list[dict[str, Any]]:
    """The chosen actor and the others in its role, once each by name."""
    if chosen is None:
        return []
    seen: dict[str, ActorMention] = {chosen.name: chosen}
    for report in record.reports:
        for actor in report.mention.actors:
            if actor.role == chosen.role:
                seen.setdefault(actor.name, actor)
    return [_actor(a) for a in seen.values()]


def _location(place: Place) -> dict[str, Any]:
    """The manual's location object (GeoNames' field names), plus sitreps' precision and admin1 name."""
    obj: dict[str, Any] = {"name": place.name or place.text, "precision": place.precision.value}
    if place.lat is not None and place.lon is not None:
        obj["latitude"], obj["longitude"] = place.lat, place.lon
    codes = country_codes(place.country)
    if codes:
        obj["country code"], obj["cc3"] = codes.iso2, codes.iso3
    if place.country:
        obj["country"] = place.country
    if place.admin1:
        obj["admin1"] = place.admin1
    return obj


def _citation(report: Report) -> dict[str, Any]:
    """The manual's citation object for one report."""
    doc = report.document
    obj: dict[str, Any] = {"citation": f"sitreps document {doc.id}", "coder": f"sitreps {__version__}",
                           "codebook": plover_tables().codebook}
    for key, value in (("url", doc.url), ("title", doc.title), ("language", doc.language),
                       ("publication", doc.outlet)):
        if value:
            obj[key] = value
    return obj


DATE_COMMENTS = {
    "lead": "no event date is stated where it is told: date is the day its report states for the news "
            "(in its lead, else further down days before publication)",
    "published": "no event date is stated: date is the publication date of its first report",
    "none": "no event or publication date is stated: date is the day sitreps received the report, "
            "given only because PLOVER requires a date",
}
"""Why an event's ``date`` is not a stated one (PLOVER requires a date; sitreps' own exports leave it empty)."""


def _date(record: ExportRecord) -> tuple[str | None, str | None]:
    """The event's date (stated, else published, else received) and the comment saying which, if not stated."""
    date = record.date or record.received
    return ((date or "")[:10] or None), DATE_COMMENTS.get(record.date_basis)


def plover_event(record: ExportRecord) -> dict[str, Any]:
    """A PLOVER event record for one linked event (or lone mention)."""
    category, modes, mode_contexts = plover_category(record)
    tables = plover_tables()
    special = tables.special_context.get(record.modality)
    acled_type = record.acled.event_type if record.acled else None
    contexts = list(dict.fromkeys([*plover_context(acled_type), *mode_contexts, *([special] if special else [])]))
    date, comment = _date(record)
    event: dict[str, Any] = {
        "id": record.id, "has_event": category is not None, "date": date,
        "source": _actors(record, record.actor1), "recipient": _actors(record, record.actor2),
        "event": [category] if category else [], "mode": modes, "context": contexts,
        "event_text": record.evidence, "coder": f"sitreps {__version__}",
    }
    if record.time and record.time.end and record.time.end[:10] != event["date"]:
        event["enddate"] = record.time.end[:10]
    if comment:
        event["comment"] = comment
    if category:
        event["quad_code"], event["event_scale"] = tables.quad[category], tables.scores[category]
    if record.place is not None:
        event["event_loc"] = _location(record.place)
    if record.reports:
        event["cite_info"] = _citation(record.reports[0])
    if category == "ASSAULT":
        dead, injured = largest_count(record.counts, export_codes().fatality_words), largest_count(
            record.counts, injury_words())
        event.update({k: v for k, v in (("dead", dead), ("injured", injured)) if v is not None})
    event.update({
        "modality": record.modality, "background": record.background,
        "confidence": round(record.confidence, 3), "n_originators": record.n_originators,
        "sitreps_type": record.type, "cameo": record.cameo, "reports": [_citation(r) for r in record.reports],
    })
    return event
