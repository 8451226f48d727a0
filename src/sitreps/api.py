"""The Python API: what the CLI, the REST API and users' scripts call.

    import sitreps
    report = sitreps.api.ingest(["articles/"])
    sitreps.api.process()
    for document, mention in sitreps.api.mentions(filters=MentionFilter(types=("defection",))):
        ...

Every function takes an optional database (a path or URL; the default is the
user's SQLite database, see ``store.open_store``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sitreps import pipeline, scale
from sitreps.errors import ConfigError, NotFoundError
from sitreps.ingest import IngestFailure, IngestNotice, iter_paths, read_paths
from sitreps.link.decisions import DecisionKind, LinkDecision
from sitreps.link.persist import link_documents, record_decision
from sitreps.models import Claim, ClaimKind, Document, DocumentStatus, Event, EventMention, SourceKind
from sitreps.resolve import curate
from sitreps.resolve.curate import ActorSummary, actor_summaries, merge_actor
from sitreps.store import IngestOutcome, open_store
from sitreps.store.filters import EventFilter, MentionFilter
from sitreps.store.open import store_files
from sitreps.store.records import DocumentMeta

Database = str | Path | None
ProgressCallback = Callable[[int], None]
# Filtering linked events by source kind goes through their mentions; past this
# many matching mentions the store should grow an indexed query instead.
MAX_MENTIONS_SCANNED = 100_000


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
           limits: scale.BatchLimits | None = None) -> IngestReport:
    """Read files and folders and store every document with its raw bytes.

    Inputs are read one document at a time and committed in bounded batches
    (``sitreps.scale.streaming``): memory stays flat whatever the input size, other
    writers get the database between batches, and a killed run keeps what it
    committed. The same article arriving twice is stored once; the second
    arrival is reported as a duplicate (its raw bytes are still kept).
    """
    with open_store(db) as store:
        outcomes = iter_paths([Path(p) for p in paths], exclude=store_files(db))
        tally = scale.store_stream(store, outcomes, limits or scale.BatchLimits())
    return IngestReport(tally.outcomes, tally.failures, tally.unsupported, tally.notices)


def process(*, db: Database = None, batch_size: int = pipeline.DEFAULT_BATCH_SIZE,
            on_progress: ProgressCallback | None = None, link: bool = True, workers: int = 1,
            ray: bool = False, ray_address: str | None = None) -> ProcessReport:
    """Process every pending document, saving results one transaction per batch.

    ``workers`` > 1 runs batches in that many processes; ``ray`` (or a
    ``ray_address``) on Ray actors (see ``sitreps.scale``). A killed run resumes
    where it stopped: a document is marked processed with its results.

    With ``link`` (the default) the processed documents then join the stored
    linked events (see ``sitreps.link.persist``), together with every document
    processed earlier whose mentions no event holds yet: a run killed after
    saving results but before (or while) linking leaves those, and the next run
    links them, so the events always cover every processed document.
    """
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
            owed = list(dict.fromkeys([*store.unlinked_ids(), *done]))
            if owed:
                link_documents(store, (d for d in (store.get_document(i) for i in owed) if d))
    return ProcessReport(processed, failed, failures)


def link(*, db: Database = None) -> int:
    """Relink every processed document from scratch, replaying manual decisions; returns the event count."""
    with open_store(db) as store:
        return link_documents(store)


def decide(kind: DecisionKind, *, event_ids: Sequence[str] = (), mention_ids: Sequence[str] = (),
           note: str | None = None, db: Database = None) -> int:
    """Record a manual merge or split and relink; the decision survives reprocessing."""
    try:
        decision = LinkDecision(kind=kind, event_ids=list(event_ids), mention_ids=list(mention_ids), note=note)
    except ValueError as error:
        raise ConfigError(f"invalid {kind.value}: {error}") from None
    with open_store(db) as store:
        record_decision(store, decision)
        return link_documents(store)


def events(*, db: Database = None, filters: EventFilter | None = None, limit: int | None = 100,
           offset: int = 0) -> list[Event]:
    """Linked events matching the filters, newest first."""
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
    with open_store(db, create=False) as store:
        found = store.get_event(event_id)
    if found is None:
        raise NotFoundError(f"no event with id {event_id!r}; list ids with `sitreps events`")
    return found


def pending_count(*, db: Database = None) -> int:
    """How many documents wait to be processed."""
    with open_store(db) as store:
        return len(store.pending_ids())


def extract(paths: Sequence[str | Path], *, batch_size: int = pipeline.DEFAULT_BATCH_SIZE) -> ExtractResult:
    """Ingest and process files in memory, touching no database (``sitreps extract``)."""
    batch = read_paths([Path(p) for p in paths])
    seen: set[str] = set()
    unique = []
    for item in batch.items:
        if item.document.id not in seen:
            seen.add(item.document.id)
            unique.append(item.document)
    return ExtractResult(list(pipeline.process(unique, batch_size=batch_size)), batch.failures)


def mentions(*, db: Database = None, filters: MentionFilter | None = None, limit: int = 100,
             offset: int = 0) -> list[tuple[DocumentMeta, EventMention]]:
    """Stored event mentions matching the filters, newest first."""
    with open_store(db, create=False) as store:
        return store.query_mentions(filters or MentionFilter(), limit=limit, offset=offset)


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
    with open_store(db, create=False) as store:
        return actor_summaries(store)


def merge_actors(source: str, target: str, *, db: Database = None) -> int:
    """Make ``source`` the same actor as ``target`` everywhere, now and after reprocessing; relinks."""
    with open_store(db) as store:
        changed = merge_actor(store, source, target)
        link_documents(store)
        return changed


def rename_actor(actor_id: str, name: str, *, db: Database = None) -> int:
    """Give an actor a canonical name everywhere, now and after reprocessing; relinks."""
    with open_store(db) as store:
        changed = curate.rename_actor(store, actor_id, name)
        link_documents(store)
        return changed
