"""The Python API: what the CLI, the REST API and users' scripts call.

Every function takes an optional database ``db`` (a path or URL; the default is
the user's SQLite database, see ``store.open_store``). Lists are complete unless
you page them yourself with ``limit`` and ``offset``.

>>> from sitreps import api
>>> events = api.events(db=DATABASE)                  # every linked event, newest first
>>> page = api.events(db=DATABASE, limit=2, offset=2)  # paging is explicit
>>> [e.id for e in page] == [e.id for e in events[2:4]]
True
>>> frame = api.events_frame(db=DATABASE)             # a pandas DataFrame: ACLED's columns, then sitreps'
>>> len(frame) == len(events), list(frame.columns[:4])
(True, ['event_id_cnty', 'event_date', 'year', 'time_precision'])
>>> result = api.export("acled-csv", OUTPUT_DIR / "events.csv", db=DATABASE, acled_only=True)
>>> result.written == len(frame[frame["acled_status"] == "codable"])
True
>>> report = api.digest("30d", db=DATABASE)
>>> report.total > 0
True
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sitreps.errors import ConfigError, NotFoundError
from sitreps.models import Claim, ClaimKind, Document, DocumentStatus, Event, EventMention, SourceKind
from sitreps.store import IngestOutcome, open_store
from sitreps.store.filters import EventFilter, MentionFilter
from sitreps.store.open import store_files
from sitreps.store.records import DocumentMeta
from sitreps.store.review import ReviewEntry

if TYPE_CHECKING:
    import pandas as pd

    from sitreps.export import Digest, ExportFormat, Selection, WriteResult
    from sitreps.export.select import Source
    from sitreps.ingest import IngestFailure, IngestNotice
    from sitreps.link.decisions import DecisionKind
    from sitreps.resolve.curate import ActorSummary
    from sitreps.scale import BatchLimits

# The pipeline (spaCy, torch), the readers (trafilatura), the linker (scipy), the exports (pyarrow) and the
# actor curation load in the functions that need them: importing the API, and so every CLI command that
# only reads the database, stays well under a second (benchmarks/cli_timing.py).

__all__ = [
    "Database", "ExtractResult", "IngestReport", "ProcessReport", "ReviewOutcome", "actors", "claims",
    "count_events", "count_mentions", "count_processed", "decide", "digest", "document", "edit_event", "event",
    "events", "events_frame", "events_with_source_kinds", "export", "extract", "ingest", "link", "mentions",
    "mentions_frame", "merge_actors", "pending_count", "process", "rename_actor", "review", "review_log",
    "undo_review",
]

Database = str | Path | None
ProgressCallback = Callable[[int], None]
# Filtering linked events by source kind goes through their mentions; past this
# many matching mentions the store should grow an indexed query instead.
MAX_MENTIONS_SCANNED = 100_000
MAX_MENTION_ROWS = 10**9
"""``mentions()`` without a limit: every row (the store's query always takes one)."""


@dataclass(frozen=True)
class IngestReport:
    """What one ingest run did: stored, duplicates (already known), failures, unsupported, notices."""

    outcomes: list[IngestOutcome]
    failures: list[IngestFailure]
    unsupported: int
    notices: list[IngestNotice] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return sum(o.new for o in self.outcomes)

    @property
    def duplicates(self) -> list[IngestOutcome]:
        return [o for o in self.outcomes if not o.new]


@dataclass(frozen=True)
class ProcessReport:
    """What one processing run did, by resulting status."""

    processed: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class ExtractResult:
    """Documents processed without a database, and the inputs that could not be read."""

    documents: list[Document]
    failures: list[IngestFailure]


def ingest(paths: Sequence[str | Path], *, db: Database = None,
           limits: BatchLimits | None = None) -> IngestReport:
    """Read files and folders and store every document with its raw bytes.

    Inputs are read one document at a time and committed in bounded batches
    (``sitreps.scale.streaming``): memory stays flat whatever the input size, other
    writers get the database between batches, and a killed run keeps what it
    committed. The same article arriving twice is stored once; the second
    arrival is reported as a duplicate (its raw bytes are still kept).
    """
    from sitreps import scale
    from sitreps.ingest import iter_paths

    with open_store(db) as store:
        outcomes = iter_paths([Path(p) for p in paths], exclude=store_files(db))
        tally = scale.store_stream(store, outcomes, limits or scale.BatchLimits())
    return IngestReport(tally.outcomes, tally.failures, tally.unsupported, tally.notices)


def process(*, db: Database = None, batch_size: int | None = None,
            on_progress: ProgressCallback | None = None, link: bool = True, workers: int = 1,
            ray: bool = False, ray_address: str | None = None,
            on_linking: ProgressCallback | None = None) -> ProcessReport:
    """Process every pending document, saving results one transaction per batch.

    ``workers`` > 1 runs batches in that many processes; ``ray`` (or a
    ``ray_address``) on Ray actors (see ``sitreps.scale``). A killed run resumes
    where it stopped: a document is marked processed with its results.

    With ``link`` (the default) the processed documents then join the stored
    linked events (see ``sitreps.link.persist``), together with every document
    processed earlier whose mentions no event holds yet: a run killed after
    saving results but before (or while) linking leaves those, and the next run
    links them, so the events always cover every processed document.
    ``on_linking`` is told how many documents are being linked when that step
    starts (it can take a while).
    """
    from sitreps import pipeline, scale

    batch_size = batch_size or pipeline.DEFAULT_BATCH_SIZE
    processed = failed = 0
    failures: list[tuple[str, str]] = []
    done: list[str] = []
    with open_store(db) as store:
        runner = scale.make_runner(workers=workers, ray=ray, ray_address=ray_address, batch_size=batch_size)
        for results in scale.run_batches(store, store.pending_ids(), runner, batch_size):
            for result in results:
                if result.status == DocumentStatus.FAILED:
                    failed += 1
                    failures.append((result.id, result.status_reason or ""))
                else:
                    processed += 1
                    done.append(result.id)
            if on_progress:
                on_progress(len(results))
        if link:
            # Imported only when linking: it pulls in datasketch and scipy (over a second), which a
            # run with link=False (the throughput benchmark, `sitreps process --no-link`) never uses.
            from sitreps.link.persist import link_documents

            owed = list(dict.fromkeys([*store.unlinked_ids(), *done]))
            if owed:
                if on_linking:
                    on_linking(len(owed))
                link_documents(store, (d for d in (store.get_document(i) for i in owed) if d))
    return ProcessReport(processed, failed, failures)


def link(*, db: Database = None, on_progress: ProgressCallback | None = None) -> int:
    """Relink every processed document from scratch, replaying manual decisions; returns the event count.

    ``on_progress(n)`` is called as each batch of ``n`` documents is linked.
    """
    from sitreps.link.persist import link_documents

    with open_store(db) as store:
        return link_documents(store, on_progress=on_progress)


def count_processed(*, db: Database = None) -> int:
    """How many processed documents a full relink goes through (the total for a progress bar)."""
    with open_store(db) as store:
        return store.count_documents().get(DocumentStatus.PROCESSED.value, 0)


def decide(kind: DecisionKind, *, event_ids: Sequence[str] = (), mention_ids: Sequence[str] = (),
           note: str | None = None, author: str | None = None, db: Database = None) -> int:
    """Record a manual merge or split (ids checked first) and relink; returns the event count afterwards."""
    return review(kind, event_ids=event_ids, mention_ids=mention_ids, reason=note, author=author, db=db).events


@dataclass(frozen=True)
class ReviewOutcome:
    """A review decision with its audit trail, and how many events the database holds afterwards."""

    entry: ReviewEntry
    events: int


def review(kind: DecisionKind, *, event_ids: Sequence[str] = (), mention_ids: Sequence[str] = (),
           author: str | None = None, reason: str | None = None, db: Database = None) -> ReviewOutcome:
    """Merge events/mentions or split mentions out, kept with who, when, why and the events before/after.

    Unknown ids are errors (with a suggestion) and store nothing; the decision is
    replayed by every later linking run until it is undone.
    """
    from sitreps.review.decide import review_decision

    with open_store(db) as store:
        return ReviewOutcome(*review_decision(store, kind, event_ids=event_ids, mention_ids=mention_ids,
                                              author=author, reason=reason))


def edit_event(event_id: str, field: str, value: str, *, author: str | None = None, reason: str | None = None,
               db: Database = None) -> ReviewOutcome:
    """Set an event's type, date (YYYY-MM-DD) or place by hand; kept with the value before, re-applied after
    every later linking run until undone."""
    from sitreps.review.decide import edit_decision

    with open_store(db) as store:
        return ReviewOutcome(*edit_decision(store, event_id, field, value, author=author, reason=reason))


def review_log(*, db: Database = None) -> list[ReviewEntry]:
    """Every review decision, undone ones included, oldest first."""
    with open_store(db) as store:
        return store.review_log()


def undo_review(decision_id: int, *, author: str | None = None, reason: str | None = None,
                db: Database = None) -> ReviewOutcome:
    """Undo a review decision: it stays in the trail, is no longer replayed, and the events are relinked."""
    from sitreps.review.decide import undo_decision

    with open_store(db) as store:
        return ReviewOutcome(*undo_decision(store, decision_id, author=author, reason=reason))


def events(*, db: Database = None, filters: EventFilter | None = None, limit: int | None = None,
           offset: int = 0) -> list[Event]:
    """Linked events matching the filters, newest first: all of them unless ``limit`` pages them."""
    with open_store(db, create=False) as store:
        return store.query_events(filters or EventFilter(), limit=limit, offset=offset)


def events_with_source_kinds(events: Sequence[Event], source_kinds: Sequence[str], *,
                             db: Database = None) -> list[Event]:
    """The events at least one of whose reports rests on a source of these kinds."""
    with open_store(db, create=False) as store:
        backing = store.query_mentions(MentionFilter(source_kinds=tuple(source_kinds)), limit=MAX_MENTIONS_SCANNED)
    mention_ids = {mention.id for _, mention in backing}
    return [e for e in events if any(ref.mention_id in mention_ids for ref in e.mentions)]


def event(event_id: str, *, db: Database = None) -> Event:
    """One linked event with every field's candidates, support and contradictions."""
    from sitreps.review.suggest import did_you_mean

    with open_store(db, create=False) as store:
        found = store.get_event(event_id)
        if found is None:
            hint = did_you_mean(event_id, store.all_ids("events"))
            raise NotFoundError(f"no event with id {event_id!r}{hint}; list ids with `sitreps events`")
    return found


def count_events(*, db: Database = None, filters: EventFilter | None = None) -> int:
    """How many linked events match the filters (for "showing N of M")."""
    with open_store(db, create=False) as store:
        return store.count_events(filters or EventFilter())


def count_mentions(*, db: Database = None, filters: MentionFilter | None = None) -> int:
    """How many stored event mentions match the filters."""
    with open_store(db, create=False) as store:
        return store.count_mentions(filters or MentionFilter())


def pending_count(*, db: Database = None) -> int:
    """How many documents wait to be processed."""
    with open_store(db, create=False) as store:
        return len(store.pending_ids())


def extract(paths: Sequence[str | Path], *, batch_size: int | None = None) -> ExtractResult:
    """Ingest and process files in memory, touching no database (``sitreps extract``)."""
    from sitreps import pipeline
    from sitreps.ingest import read_paths

    batch = read_paths([Path(p) for p in paths])
    seen: set[str] = set()
    unique = []
    for item in batch.items:
        if item.document.id not in seen:
            seen.add(item.document.id)
            unique.append(item.document)
    processed = pipeline.process(unique, batch_size=batch_size or pipeline.DEFAULT_BATCH_SIZE)
    return ExtractResult(list(processed), batch.failures)


def mentions(*, db: Database = None, filters: MentionFilter | None = None, limit: int | None = None,
             offset: int = 0) -> list[tuple[DocumentMeta, EventMention]]:
    """Stored event mentions matching the filters, newest first: all of them unless ``limit`` pages them."""
    with open_store(db, create=False) as store:
        return store.query_mentions(filters or MentionFilter(), limit=MAX_MENTION_ROWS if limit is None else limit,
                                    offset=offset)


def claims(*, db: Database = None, kinds: Sequence[ClaimKind] = (), source_kinds: Sequence[SourceKind] = (),
           limit: int = 100, offset: int = 0) -> list[tuple[DocumentMeta, Claim]]:
    """Stored claims of the given kinds and source kinds (all when empty), newest documents first."""
    with open_store(db, create=False) as store:
        return store.query_claims([k.value for k in kinds], [k.value for k in source_kinds], limit, offset)


def document(doc_id: str, *, db: Database = None) -> Document:
    """One stored document with everything extracted from it."""
    with open_store(db, create=False) as store:
        found = store.get_document(doc_id)
    if found is None:
        raise NotFoundError(f"no document with id {doc_id!r}; list ids with `sitreps events`")
    return found


def actors(*, db: Database = None) -> list[ActorSummary]:
    """Actors in the stored mentions, most mentioned first, with merges and renames shown."""
    from sitreps.resolve.curate import actor_summaries

    with open_store(db, create=False) as store:
        return actor_summaries(store)


def merge_actors(source: str, target: str, *, db: Database = None) -> int:
    """Make ``source`` the same actor as ``target`` everywhere, now and after reprocessing; relinks."""
    from sitreps.link.persist import link_documents
    from sitreps.resolve.curate import merge_actor

    with open_store(db) as store:
        changed = merge_actor(store, source, target)
        link_documents(store)
        return changed


def rename_actor(actor_id: str, name: str, *, db: Database = None) -> int:
    """Give an actor a canonical name everywhere, now and after reprocessing; relinks."""
    from sitreps.link.persist import link_documents
    from sitreps.resolve import curate

    with open_store(db) as store:
        changed = curate.rename_actor(store, actor_id, name)
        link_documents(store)
        return changed


def export(fmt: ExportFormat | str, output: str | Path | None = None, *, db: Database = None,
           selection: Selection | None = None, acled_only: bool = False) -> WriteResult:
    """Export linked events (or mentions, before linking) as ``sitreps export`` does.

    ``fmt`` is an ``ExportFormat`` or its name (``acled-csv``, ``plover-jsonl``,
    ``geojson``, ``parquet``, ``json``). With ``output`` the file is written;
    without, the text is in the result's ``text`` (Parquet needs a file). The
    result says how many rows were written and how many were left out, and why.
    """
    from sitreps.export import ExportFormat, Selection

    try:
        chosen = ExportFormat(fmt)
    except ValueError:
        names = ", ".join(f.value for f in ExportFormat)
        raise ConfigError(f"unknown export format {fmt!r}: use one of {names}") from None
    wanted = selection or Selection()
    if acled_only:
        wanted = dataclasses.replace(wanted, acled_only=True)
    from sitreps.export import select_records, write_export

    with open_store(db) as store:
        source, records, _ = select_records(store, wanted)
    return write_export(chosen, records, source, None if output is None else Path(output))


def digest(since: str = "7d", *, db: Database = None, now: date | None = None,
           base_url: str = "http://127.0.0.1:8000", include_unreported: bool = False,
           include_background: bool = False) -> Digest:
    """The situation report ``sitreps digest`` writes; render it with ``sitreps.export.to_markdown``/``to_html``."""
    from sitreps.export import build_digest

    with open_store(db) as store:
        return build_digest(store, since, now=now, base_url=base_url, include_unreported=include_unreported,
                            include_background=include_background)


def events_frame(*, db: Database = None, selection: Selection | None = None) -> pd.DataFrame:
    """Linked events as a pandas DataFrame: the ACLED export's columns and types (needs pandas)."""
    return _frame("events", db, selection)


def mentions_frame(*, db: Database = None, selection: Selection | None = None) -> pd.DataFrame:
    """Every event mention (one row per report) as a pandas DataFrame with the same columns."""
    return _frame("mentions", db, selection)


def _frame(source: Source, db: Database, selection: Selection | None) -> pd.DataFrame:
    """Dates as datetime64, integer columns as pandas' nullable Int64 (a missing code stays missing)."""
    try:
        import pandas
    except ImportError:
        raise ConfigError('DataFrames need pandas: pip install "sitreps[pandas]"') from None
    import pyarrow as pa

    from sitreps.export import Selection, select_records
    from sitreps.export.table import arrow_table

    with open_store(db) as store:
        _, records, _ = select_records(store, selection or Selection(), source=source)
    nullable = {pa.int64(): pandas.Int64Dtype()}
    return arrow_table(records, source).to_pandas(date_as_object=False, types_mapper=nullable.get)
