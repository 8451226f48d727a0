"""Streaming ingest: documents are committed in bounded batches as they are read.

Reading a 300 MB dump whole and storing it in one transaction held every document
in memory and the database's write lock for a minute, and a killed ingest kept
nothing. Here outcomes are pulled one at a time (``sitreps.ingest.iter_paths``)
and a batch is committed as soon as it reaches ``max_docs`` documents,
``max_bytes`` of text and raw bytes, or ``max_seconds`` since its first document:
memory stays flat, each transaction is short so other writers interleave, and a
killed ingest keeps every committed batch (rerunning it stores the rest; what was
stored is reported as duplicates).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sitreps.ingest.records import IngestedItem, IngestFailure, IngestNotice, Outcomes
from sitreps.models import DocumentStatus
from sitreps.store import IngestOutcome, Store

BATCH_DOCS = 500
"""Documents per commit: a few hundred rows commit in tens of milliseconds on SQLite, and
per-transaction overhead (fsync of the WAL) stays negligible next to parsing."""
BATCH_BYTES = 16 * 1024 * 1024
"""Text plus raw bytes per commit: bounds memory for dumps of long articles (16 MB is about
a thousand long reads) whatever their count."""
BATCH_SECONDS = 1.0
"""Longest a batch stays open while inputs are read: a slow source (many small HTML files)
still commits every second, so a killed run loses at most a second of reading."""


@dataclass
class StreamTally:
    """What a streamed ingest stored, refused and noticed, batch by batch."""

    outcomes: list[IngestOutcome] = field(default_factory=list)
    failures: list[IngestFailure] = field(default_factory=list)
    notices: list[IngestNotice] = field(default_factory=list)
    unsupported: int = 0
    batches: int = 0


@dataclass(frozen=True)
class BatchLimits:
    """When an open batch is committed: whichever limit is reached first."""

    max_docs: int = BATCH_DOCS
    max_bytes: int = BATCH_BYTES
    max_seconds: float = BATCH_SECONDS


def store_stream(store: Store, outcomes: Outcomes, limits: BatchLimits,
                 on_commit: Callable[[StreamTally], None] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> StreamTally:
    """Store every document of ``outcomes`` in bounded transactions; collect failures and notices."""
    tally = StreamTally()
    pending: list[IngestedItem] = []
    raws: set[int] = set()  # feed entries share one body: count it once
    size, started = 0, 0.0
    for outcome in outcomes:
        if isinstance(outcome, IngestFailure):
            tally.failures.append(outcome)
        elif isinstance(outcome, IngestNotice):
            tally.notices.append(outcome)
        else:
            if not pending:
                started, size = clock(), 0
                raws.clear()
            pending.append(outcome)
            size += len(outcome.document.text) + (0 if id(outcome.raw) in raws else len(outcome.raw))
            raws.add(id(outcome.raw))
        if pending and (len(pending) >= limits.max_docs or size >= limits.max_bytes
                        or clock() - started >= limits.max_seconds):
            _commit(store, pending, tally, on_commit)
            pending = []
    if pending:
        _commit(store, pending, tally, on_commit)
    return tally


def _commit(store: Store, items: list[IngestedItem], tally: StreamTally,
            on_commit: Callable[[StreamTally], None] | None) -> None:
    outcomes = store.add_documents((item.document, item.raw) for item in items)
    new = {o.document_id for o in outcomes if o.new}
    tally.outcomes.extend(outcomes)
    tally.unsupported += len({item.document.id for item in items
                              if item.document.status == DocumentStatus.UNSUPPORTED and item.document.id in new})
    tally.batches += 1
    if on_commit:
        on_commit(tally)
