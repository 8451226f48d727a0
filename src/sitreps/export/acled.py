"""One ACLED row per record: every column of ACLED's public export in ACLED's order, then sitreps' own.

Column names, order and vocabulary follow ACLED's codebook (codes in
``data/export_codes.yaml``, regions in ``data/acled_regions.yaml``). Values sitreps
does not know stay empty rather than guessed: ``admin2`` and ``admin3`` (the gazetteer
stores only admin1), ``source_scale`` (no outlet registry says how local an outlet is).
Integer codes ACLED always fills are 0 where sitreps has nothing (``inter2`` 0 is
ACLED's own "no actor2"), so pandas reads every code column as integers.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from sitreps.export.codes import (
    civilian_targeting,
    crowd_tag,
    disorder_type,
    export_codes,
    fatalities,
    geo_precision,
    inter_code,
    interaction_code,
    time_precision,
)
from sitreps.export.countries import country_codes
from sitreps.export.records import ExportRecord
from sitreps.export.standing import acled_status

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
"""ACLED's public export, in ACLED's order."""

SITREPS_COLUMNS = (
    "sitreps_id", "sitreps_kind", "sitreps_type", "date_basis", "acled_status", "modality", "background", "confidence",
    "n_reports", "n_originators", "originators", "source_urls", "evidence",
)
"""sitreps' own columns, after ACLED's: what the row is, how sure, who says so, and the evidence."""

COLUMNS = ACLED_COLUMNS + SITREPS_COLUMNS
INTEGER_COLUMNS = frozenset({"year", "time_precision", "inter1", "inter2", "interaction", "fatalities", "timestamp",
                             "n_reports", "n_originators"})
NULLABLE_INTEGER_COLUMNS = frozenset({"iso", "geo_precision"})
"""Empty when the record has no country or no place: ACLED rows always have both, sitreps' may not."""
FLOAT_COLUMNS = frozenset({"latitude", "longitude", "confidence"})
BOOLEAN_COLUMNS = frozenset({"background"})
NUMERIC_COLUMNS = INTEGER_COLUMNS | NULLABLE_INTEGER_COLUMNS | FLOAT_COLUMNS | BOOLEAN_COLUMNS
EVENT_NUMBER_DIGITS = 8
"""Digits of the number in ``event_id_cnty``: collisions stay unlikely (1 in 10^8 per pair) and ids short."""
LIST_SEPARATOR = "; "
"""ACLED separates several values in one cell (sources, associated actors, tags) with a semicolon."""


def event_id_cnty(record: ExportRecord, iso3: str | None) -> str:
    """ACLED's form (country acronym and number), the number derived from the sitreps id: stable."""
    digest = int(hashlib.sha256(record.id.encode("utf-8")).hexdigest(), 16) % 10**EVENT_NUMBER_DIGITS
    return f"{iso3 or export_codes().unknown_country_acronym}{digest}"


def _timestamp(record: ExportRecord) -> int:
    """When sitreps last received a report of it (ACLED's timestamp is the record's last update)."""
    seen = [datetime.fromisoformat(r.document.ingested_at) for r in record.reports if r.document.ingested_at]
    return int(max(seen).timestamp()) if seen else 0


def acled_row(record: ExportRecord) -> dict[str, Any]:
    """The record as one row of ``COLUMNS``."""
    place, acled = record.place, record.acled
    codes = country_codes(place.country if place else None)
    inter1, inter2 = inter_code(record.actor1) or 0, inter_code(record.actor2) or 0
    event_type, sub_event_type = (acled.event_type, acled.sub_event_type) if acled else ("", "")
    disorder = disorder_type(event_type, sub_event_type)
    return {
        "event_id_cnty": event_id_cnty(record, codes.iso3 if codes else None),
        "event_date": (record.date or "")[:10],
        "year": int(record.date[:4]) if record.date else 0,
        "time_precision": time_precision(record.time.precision if record.time else None),
        "disorder_type": disorder, "event_type": event_type, "sub_event_type": sub_event_type,
        "actor1": record.actor1.name if record.actor1 else "",
        "assoc_actor_1": LIST_SEPARATOR.join(record.associates1), "inter1": inter1,
        "actor2": record.actor2.name if record.actor2 else "",
        "assoc_actor_2": LIST_SEPARATOR.join(record.associates2), "inter2": inter2,
        "interaction": interaction_code(inter1 or None, inter2 or None) or 0,
        "civilian_targeting": civilian_targeting(event_type, disorder, inter2),
        "iso": codes.numeric if codes else None, "region": codes.region if codes else "",
        "country": (place.country if place else None) or "",
        "admin1": (place.admin1 if place else None) or "", "admin2": "", "admin3": "",
        "location": (place.name or place.text) if place else "",
        "latitude": place.lat if place else None, "longitude": place.lon if place else None,
        "geo_precision": geo_precision(place.precision) if place else None,
        "source": LIST_SEPARATOR.join(record.outlets), "source_scale": "",
        "notes": record.notes, "fatalities": fatalities(record.counts),
        "tags": crowd_tag(event_type, record.counts), "timestamp": _timestamp(record),
        **sitreps_columns(record),
    }


def sitreps_columns(record: ExportRecord) -> dict[str, Any]:
    """sitreps' own columns: kind, type, whether ACLED would code it, modality, support and evidence."""
    urls = dict.fromkeys(r.document.url for r in record.reports if r.document.url)
    return {
        "sitreps_id": record.id, "sitreps_kind": record.kind, "sitreps_type": record.type,
        "date_basis": record.date_basis,
        "acled_status": acled_status(record.acled, record.modality, record.background),
        "modality": record.modality, "background": record.background, "confidence": round(record.confidence, 3),
        "n_reports": len(record.reports), "n_originators": record.n_originators,
        "originators": LIST_SEPARATOR.join(record.originators), "source_urls": " ".join(urls),
        "evidence": " | ".join(record.evidence),
    }


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula (= + - @ tab CR first) gets a leading quote (OWASP)."""
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


FORMULA_STARTS = frozenset("=+-@\t\r")
"""OWASP's list of characters that make a CSV cell a formula in Excel, LibreOffice and Sheets."""


def csv_row(record: ExportRecord) -> dict[str, Any]:
    """An ACLED row safe to open in a spreadsheet: text cells neutralised, numeric columns untouched."""
    return {k: v if k in NUMERIC_COLUMNS else neutralise(v) for k, v in acled_row(record).items()}
