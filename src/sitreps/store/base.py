"""The storage interface every backend implements.

Stages never talk SQL: the pipeline and the serving layer only call these
methods, so SQLite and PostgreSQL can be swapped by a database URL and the
same tests run against both.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from sitreps.models import Claim, Document, DocumentStatus, Event, EventMention

if TYPE_CHECKING:
    from sitreps.store.filters import EventFilter, MentionFilter
    from sitreps.store.records import Decision, DocumentMeta, RawInput, StoreStats
    from sitreps.store.review import ReviewEntry


@dataclass(frozen=True)
class IngestOutcome:
    """What happened to one incoming document: stored, or a duplicate of an existing one."""

    document_id: str
    new: bool
    source: str


class Store(Protocol):
    """A sitreps database. Writes are batched: one transaction per call.

    A failed call changes nothing (its transaction rolls back). Errors a user
    can cause (bad URL, unreachable server, unknown id in ``save_results``, an
    empty search) raise ``sitreps.errors`` exceptions.
    """

    url: str

    def add_documents(self, items: Iterable[tuple[Document, bytes]]) -> list[IngestOutcome]:
        """Store documents with their raw bytes; a document whose id exists is a duplicate.

        The raw bytes are kept before anything else is done with them: once per
        content (entries of one feed share its body), and one arrival per
        document, content and source (a duplicate from a new source or with new
        bytes is recorded against the existing document; the same bytes from the
        same source again add nothing).
        """
        ...

    def pending_ids(self, limit: int | None = None) -> list[str]:
        """Ids of documents waiting to be processed, oldest first."""
        ...

    def unlinked_ids(self) -> list[str]:
        """Processed documents with a mention that no linked event holds, oldest first.

        What linking still owes after a run was killed between saving results and
        saving events; ``sitreps process`` links these along with its own.
        """
        ...

    def get_document(self, doc_id: str) -> Document | None:
        """A document with its extracted events, quotes and claims."""
        ...

    def iter_documents(self, status: DocumentStatus | None = None) -> Iterator[Document]:
        """All documents (optionally of one status), with their results."""
        ...

    def save_results(self, documents: Iterable[Document]) -> None:
        """Replace each document's status, events, quotes and claims, in one transaction.

        Every document must already be stored (NotFoundError otherwise, and
        nothing of the batch is saved). Mentions keep the ids the extractor
        gave them, so reprocessing replaces rows under the same ids.
        """
        ...

    def list_documents(
        self, status: DocumentStatus | None = None, limit: int = 100, offset: int = 0
    ) -> list[DocumentMeta]:
        """Documents' metadata (no text), most recently ingested first, for lists and paging."""
        ...

    def count_documents(self) -> dict[str, int]:
        """Number of documents per status."""
        ...

    def raw_inputs(self, doc_id: str) -> list[RawInput]:
        """Every distinct raw input recorded for a document (duplicates from elsewhere too), oldest first."""
        ...

    def query_mentions(
        self, filters: MentionFilter | None = None, limit: int = 100, offset: int = 0
    ) -> list[tuple[DocumentMeta, EventMention]]:
        """Event mentions matching every set filter, with their document's metadata.

        Newest first (mention time, else publication date; undated last), then
        by document and position, so paging with ``offset`` is stable.
        """
        ...

    def query_claims(
        self, kinds: Sequence[str] = (), source_kinds: Sequence[str] = (), limit: int = 100, offset: int = 0
    ) -> list[tuple[DocumentMeta, Claim]]:
        """Claims of the given kinds and source kinds (every claim when both are empty), newest first."""
        ...

    def count_mentions(self, filters: MentionFilter | None = None) -> int:
        """How many mentions ``query_mentions`` would return without a limit."""
        ...

    def save_events(self, events: Iterable[Event], *, replace_all: bool = False) -> int:
        """Insert or replace linked events by id; with ``replace_all`` drop every other event first.

        One transaction: readers see the old set or the new one, never a mix.
        Returns how many events were written.
        """
        ...

    def get_event(self, event_id: str) -> Event | None:
        """A linked event by id."""
        ...

    def query_events(
        self, filters: EventFilter | None = None, limit: int | None = 100, offset: int = 0
    ) -> list[Event]:
        """Linked events matching every set filter, newest first (time start, else first report)."""
        ...

    def count_events(self, filters: EventFilter | None = None) -> int:
        """How many linked events match (all of them without filters)."""
        ...

    def add_link_decision(self, kind: str, payload: dict[str, Any]) -> int:
        """Record a manual 'merge' or 'split' of linked events; linking replays these after every run."""
        ...

    def link_decisions(self) -> list[Decision]:
        """Manual link decisions not undone, in the order they were made (what linking replays)."""
        ...

    def field_edits(self) -> list[Decision]:
        """Reviewers' field edits in force (not undone), in the order they were made."""
        ...

    def add_field_edit(self, payload: dict[str, Any]) -> int:
        """Record a reviewer's edit of one field of an event; returns its id."""
        ...

    def review_log(self) -> list[ReviewEntry]:
        """Every link decision with its audit trail (author, reason, before/after, undo), oldest first."""
        ...

    def set_review_audit(self, decision_id: int, *, author: str | None, reason: str | None, before: Any,
                         after: Any) -> None:
        """Record who made a link decision, why, and the events before and after it."""
        ...

    def undo_link_decision(self, decision_id: int, *, author: str | None, reason: str | None) -> ReviewEntry:
        """Mark a link decision undone: kept in the trail, no longer replayed."""
        ...

    def known_ids(self, table: str, ids: Sequence[str]) -> set[str]:
        """Which of ``ids`` exist as keys of ``table`` ("events" or "mentions")."""
        ...

    def all_ids(self, table: str) -> list[str]:
        """Every key of ``table`` ("events" or "mentions")."""
        ...

    def events_of_mentions(self, mention_ids: Sequence[str]) -> dict[str, str]:
        """mention id -> id of the stored event holding it."""
        ...

    def add_actor_override(self, kind: str, payload: dict[str, Any]) -> int:
        """Record a manual actor change (``sitreps actors merge/rename``); kinds are the resolver's."""
        ...

    def actor_overrides(self) -> list[Decision]:
        """Manual actor changes, in the order they were made."""
        ...

    def search_documents(self, query: str, limit: int = 20) -> list[DocumentMeta]:
        """Documents whose title or text match a search (words, "phrases", OR, -word), best first."""
        ...

    def stats(self) -> StoreStats:
        """A summary: documents by status and language, mentions by type, quotes, claims, events."""
        ...

    def close(self) -> None:
        """Release the connection; the store cannot be used afterwards."""
        ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...
