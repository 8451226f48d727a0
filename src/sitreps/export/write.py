"""Write selected records in one export format, to a file or to a text stream, and say what was written.

Each format registers one writer in ``WRITERS`` (no if/elif chain): it returns the
text (or writes the binary file) and a ``WriteResult`` with the rows written and
those left out, which the CLI prints and ``api.export`` returns.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from sitreps.errors import ConfigError
from sitreps.export.acled import COLUMNS, csv_row
from sitreps.export.geojson import geojson, split_located
from sitreps.export.output import write_output, write_text_output
from sitreps.export.plover import plover_event
from sitreps.export.records import ExportRecord
from sitreps.export.select import Source
from sitreps.export.table import arrow_table


class ExportFormat(StrEnum):
    ACLED_CSV = "acled-csv"
    PLOVER_JSONL = "plover-jsonl"
    GEOJSON = "geojson"
    PARQUET = "parquet"
    JSON = "json"


@dataclass(frozen=True)
class WriteResult:
    """What an export wrote: rows written, rows left out and why, and the text (None for Parquet)."""

    fmt: ExportFormat
    source: Source
    written: int
    left_out: int = 0
    left_out_reason: str = ""
    text: str | None = None

    def summary(self, where: str) -> str:
        """One line for people: ``wrote 38 events to map.geojson; left out 150 (no coordinates)``."""
        line = f"wrote {self.written} {self.source} ({self.fmt.value}) to {where}"
        return f"{line}; left out {self.left_out} ({self.left_out_reason})" if self.left_out else line


def _acled_csv(records: list[ExportRecord], source: Source) -> WriteResult:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(csv_row(r) for r in records)
    return WriteResult(ExportFormat.ACLED_CSV, source, len(records), text=buffer.getvalue())


def _plover_jsonl(records: list[ExportRecord], source: Source) -> WriteResult:
    lines = [json.dumps(plover_event(r), ensure_ascii=False) + "\n" for r in records]
    return WriteResult(ExportFormat.PLOVER_JSONL, source, len(lines), text="".join(lines))


def _geojson(records: list[ExportRecord], source: Source) -> WriteResult:
    located, unlocated = split_located(records)
    text = json.dumps(geojson(located), ensure_ascii=False, indent=2) + "\n"
    placed = sum(1 for r in unlocated if r.place is not None)
    why = f"no coordinates: {len(unlocated) - placed} with no place, {placed} with a place not resolved to a point"
    return WriteResult(ExportFormat.GEOJSON, source, len(located), len(unlocated), why, text)


def _json(records: list[ExportRecord], source: Source) -> WriteResult:
    text = json.dumps({source: [r.payload for r in records]}, ensure_ascii=False, indent=2) + "\n"
    return WriteResult(ExportFormat.JSON, source, len(records), text=text)


TextWriter = Callable[[list[ExportRecord], Source], WriteResult]
WRITERS: dict[ExportFormat, TextWriter] = {
    ExportFormat.ACLED_CSV: _acled_csv,
    ExportFormat.PLOVER_JSONL: _plover_jsonl,
    ExportFormat.GEOJSON: _geojson,
    ExportFormat.JSON: _json,
}


def render(fmt: ExportFormat, records: list[ExportRecord], source: Source) -> WriteResult:
    """The export as text with its counts (every format but Parquet, which is binary)."""
    writer = WRITERS.get(fmt)
    if writer is None:
        raise ConfigError(f"{fmt.value} is binary: give --output FILE")
    return writer(records, source)


def render_text(fmt: ExportFormat, records: list[ExportRecord], source: Source) -> str:
    """The export as text (every format but Parquet)."""
    text = render(fmt, records, source).text
    return text or ""


def write_parquet(records: list[ExportRecord], source: Source, path: Path) -> WriteResult:
    """The typed table (see ``export.table``) as a Parquet file."""
    import pyarrow.parquet as pq

    pq.write_table(arrow_table(records, source), path)
    return WriteResult(ExportFormat.PARQUET, source, len(records))


def write_export(fmt: ExportFormat, records: list[ExportRecord], source: Source, output: Path | None,
                 stream: TextIO | None = None) -> WriteResult:
    """Write to ``output`` when given, else to ``stream`` if given; the result holds the text either way.

    Parquet needs a file.
    """
    if fmt == ExportFormat.PARQUET:
        if output is None:
            raise ConfigError("parquet is binary: give --output FILE.parquet")
        written: list[WriteResult] = []
        write_output(output, lambda path: written.append(write_parquet(records, source, path)))
        return written[0]
    result = render(fmt, records, source)
    if output is None:
        if stream is not None:
            stream.write(result.text or "")
    else:
        write_text_output(output, result.text or "")
    return result
