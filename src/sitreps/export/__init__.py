"""export stage: linked events (or mentions, before linking) as ACLED CSV, PLOVER JSON, GeoJSON,
Parquet or sitreps JSON, and the situation-report digest. See docs/serving.md.

    source, records, total = select_records(store, Selection(country="Sudan"))
    write_export(ExportFormat.ACLED_CSV, records, source, Path("sudan.csv"), sys.stdout)
"""

from sitreps.export.digest import Digest, build_digest
from sitreps.export.digest_render import to_html, to_markdown
from sitreps.export.records import ExportRecord
from sitreps.export.select import Selection, select_records
from sitreps.export.write import ExportFormat, render_text, write_export

__all__ = [
    "Digest",
    "ExportFormat",
    "ExportRecord",
    "Selection",
    "build_digest",
    "render_text",
    "select_records",
    "to_html",
    "to_markdown",
    "write_export",
]
