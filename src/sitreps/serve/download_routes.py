"""Download of the filtered rows in every export format (what `sitreps export` writes, same filters)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from sitreps.export.records import ExportRecord
from sitreps.export.select import Source
from sitreps.export.write import ExportFormat, render_text, write_parquet
from sitreps.serve.deps import StoreDep
from sitreps.serve.search import SearchDep, find

router = APIRouter(prefix="/api", tags=["api"])
MEDIA_TYPES = {
    ExportFormat.ACLED_CSV: ("text/csv; charset=utf-8", "csv"),
    ExportFormat.PLOVER_JSONL: ("application/x-ndjson", "plover.jsonl"),
    ExportFormat.GEOJSON: ("application/geo+json", "geojson"),
    ExportFormat.PARQUET: ("application/vnd.apache.parquet", "parquet"),
    ExportFormat.JSON: ("application/json", "json"),
}
"""Each format's media type and file-name extension."""


def _parquet_bytes(records: list[ExportRecord], source: Source) -> bytes:
    with tempfile.TemporaryDirectory(prefix="sitreps-download-") as folder:
        path = Path(folder) / "events.parquet"
        write_parquet(records, source, path)
        return path.read_bytes()


@router.get("/export", summary="The filtered events (else mentions) as a file in one export format")
def download(store: StoreDep, search: SearchDep,
             format: Annotated[ExportFormat, Query(description="acled-csv, plover-jsonl, geojson, parquet, json")]
             = ExportFormat.JSON) -> Response:
    source, records, _ = find(store, search)
    media_type, extension = MEDIA_TYPES[format]
    body = _parquet_bytes(records, source) if format == ExportFormat.PARQUET else render_text(format, records, source)
    headers = {"Content-Disposition": f'attachment; filename="sitreps-{source}.{extension}"'}
    return Response(content=body, media_type=media_type, headers=headers)
