"""ACLED rows as a typed Arrow table: what Parquet, ``api.events_frame`` and ``api.mentions_frame`` hold.

Types follow what each column means, not how CSV spells it: ``event_date`` is a
date, ``timestamp`` a UTC timestamp, codes and counts are integers, ``background`` a
boolean. The schema carries metadata (sitreps' version, the row kind, the PLOVER
codebook, a description per column) so a file says what it is when opened alone.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sitreps import __version__
from sitreps.export.acled import (
    ACLED_COLUMNS,
    BOOLEAN_COLUMNS,
    COLUMNS,
    FLOAT_COLUMNS,
    INTEGER_COLUMNS,
    NULLABLE_INTEGER_COLUMNS,
    acled_row,
)
from sitreps.export.records import ExportRecord

if TYPE_CHECKING:
    import pyarrow as pa

COLUMN_NOTES = {
    "event_id_cnty": "ACLED-style id: ISO 3166 alpha-3 and a number derived from sitreps_id (stable)",
    "admin2": "always empty: the gazetteer stores admin1 only",
    "admin3": "always empty: the gazetteer stores admin1 only",
    "source_scale": "always empty: sitreps has no registry of outlet scale",
    "inter1": "ACLED inter code 1-8; 0 when the event has no actor1",
    "inter2": "ACLED inter code 1-8; 0 when the event has no actor2 (ACLED's own convention)",
    "timestamp": "when sitreps last received a report of the event (the CSV writes it as Unix seconds)",
    "acled_status": "'codable' when ACLED would code the row, else why not",
    "modality": "reported, alleged, denied, planned, threatened, hypothetical or negated",
    "background": "true when the event is background to the articles' news, not news itself",
}
"""Notes written into the Parquet field metadata, for the columns whose meaning is not ACLED's plain one."""


def _field_type(name: str) -> pa.DataType:
    import pyarrow as pa

    if name == "event_date":
        return pa.date32()
    if name == "timestamp":
        return pa.timestamp("ms", tz="UTC")
    if name in INTEGER_COLUMNS or name in NULLABLE_INTEGER_COLUMNS:
        return pa.int64()
    if name in FLOAT_COLUMNS:
        return pa.float64()
    if name in BOOLEAN_COLUMNS:
        return pa.bool_()
    return pa.string()


def arrow_schema(source: str) -> pa.Schema:
    """The typed schema with its metadata; ``source`` is "events" or "mentions"."""
    import pyarrow as pa

    fields = []
    for name in COLUMNS:
        origin = "ACLED" if name in ACLED_COLUMNS else "sitreps"
        note = COLUMN_NOTES.get(name, "")
        fields.append(pa.field(name, _field_type(name), metadata={"origin": origin, "note": note}))
    meta = {"sitreps_version": __version__, "rows": source, "columns": "ACLED public export, then sitreps' own",
            "docs": "docs/serving.md#sitreps-export"}
    return pa.schema(fields, metadata={"sitreps": json.dumps(meta)})


def _typed(row: dict[str, Any]) -> dict[str, Any]:
    """CSV-shaped values to the schema's types (empty dates and codes become nulls)."""
    out = dict(row)
    out["event_date"] = date.fromisoformat(row["event_date"]) if row["event_date"] else None
    out["timestamp"] = datetime.fromtimestamp(row["timestamp"], tz=UTC) if row["timestamp"] else None
    out["year"] = row["year"] or None
    return out


def arrow_table(records: list[ExportRecord], source: str) -> pa.Table:
    """The records as a typed Arrow table (an empty table with the schema when there are none)."""
    import pyarrow as pa

    schema = arrow_schema(source)
    return pa.Table.from_pylist([_typed(acled_row(r)) for r in records], schema=schema)
