"""The ingest stage: everything users have becomes Documents plus the raw bytes, before any NLP.

Inputs: plain text (with an optional ``Key: value`` header), HTML pages (boilerplate
removed), RSS/Atom feeds, JSONL/NDJSON, JSON and CSV/TSV dumps (field mapping in
``sitreps.ingest.fields``), and folders of them. Each Document has its hash identity,
detected language and status (PENDING for English, UNSUPPORTED otherwise), publication
date with precision, provenance and the sha256 of its raw bytes.

    batch = read_paths([Path("articles/")])
    for item in batch.items: ...          # item.document, item.raw
    for failure in batch.failures: ...    # failure.source, failure.reason
    for outcome in iter_paths([Path("dump.jsonl")]): ...   # streamed, flat memory
"""

from sitreps.ingest.documents import MAX_DOCUMENT_CHARS
from sitreps.ingest.identity import document_id
from sitreps.ingest.reader import iter_paths, read_bytes, read_paths
from sitreps.ingest.records import IngestBatch, IngestedItem, IngestFailure, IngestNotice

__all__ = [
    "MAX_DOCUMENT_CHARS",
    "IngestBatch",
    "IngestFailure",
    "IngestNotice",
    "IngestedItem",
    "document_id",
    "iter_paths",
    "read_bytes",
    "read_paths",
]
