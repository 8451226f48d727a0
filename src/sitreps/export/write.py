"""Write selected records in one export format, to a file or to a text stream."""

from __future__ import annotations

import csv
import io
import json
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

from sitreps.errors import ConfigError
from sitreps.export.formats import ACLED_COLUMNS, acled_row, geojson, plover_event
from sitreps.export.output import write_output, write_text_output
from sitreps.export.records import ExportRecord
from sitreps.export.select import Source


class ExportFormat(StrEnum):
    ACLED_CSV = "acled-csv"
    PLOVER_JSON = "plover-json"
    GEOJSON = "geojson"
    PARQUET = "parquet"
    JSON = "json"


def render_text(fmt: ExportFormat, records: list[ExportRecord], source: Source) -> str:
    """The export as text (every format but Parquet, which is binary)."""
    if fmt == ExportFormat.ACLED_CSV:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=ACLED_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(acled_row(r) for r in records)
        return buffer.getvalue()
    payload: Any
    if fmt == ExportFormat.PLOVER_JSON:
        payload = [plover_event(r) for r in records]
    elif fmt == ExportFormat.GEOJSON:
        payload = geojson(records)
    elif fmt == ExportFormat.JSON:
        payload = {source: [r.payload for r in records]}
    else:
        raise ConfigError(f"{fmt.value} is binary: give --output FILE")
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def write_parquet(records: list[ExportRecord], path: Path) -> None:
    """ACLED's columns as a Parquet table (typed: numbers stay numbers)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [acled_row(r) for r in records]
    table = pa.Table.from_pylist(rows, schema=_parquet_schema()) if rows else _parquet_schema().empty_table()
    pq.write_table(table, path)


def _parquet_schema() -> Any:
    import pyarrow as pa

    numbers = {"year", "time_precision", "inter1", "inter2", "interaction", "geo_precision", "fatalities",
               "n_originators"}
    floats = {"latitude", "longitude"}
    return pa.schema([(c, pa.int64() if c in numbers else pa.float64() if c in floats else pa.string())
                      for c in ACLED_COLUMNS])


def write_export(fmt: ExportFormat, records: list[ExportRecord], source: Source, output: Path | None,
                 stream: TextIO) -> None:
    """Write to ``output`` when given, else to ``stream``; Parquet needs a file."""
    if fmt == ExportFormat.PARQUET:
        if output is None:
            raise ConfigError("parquet is binary: give --output FILE.parquet")
        write_output(output, lambda path: write_parquet(records, path))
        return
    text = render_text(fmt, records, source)
    if output is None:
        stream.write(text)
    else:
        write_text_output(output, text)
