"""export stage: linked events (or mentions, before linking) as ACLED CSV, PLOVER JSONL, GeoJSON,
Parquet or sitreps JSON, and the situation-report digest. See docs/serving.md.

    source, records, total = select_records(store, Selection(country="Sudan"))
    result = write_export(ExportFormat.ACLED_CSV, records, source, Path("sudan.csv"), sys.stdout)
    print(result.summary("sudan.csv"))
"""

from sitreps.export.digest import Digest, build_digest
from sitreps.export.digest_render import to_html, to_markdown
from sitreps.export.records import ExportRecord
from sitreps.export.select import Selection, select_records
from sitreps.export.write import ExportFormat, WriteResult, render_text, write_export

__all__ = [
    "Digest",
    "ExportFormat",
    "ExportRecord",
    "Selection",
    "WriteResult",
    "build_digest",
    "render_text",
    "select_records",
    "to_html",
    "to_markdown",
    "write_export",
]
