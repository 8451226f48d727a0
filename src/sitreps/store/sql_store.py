"""The Store implementation shared by SQLite and PostgreSQL: the driver adapter holds what differs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sitreps.models import Claim, Document, DocumentStatus, Event, EventMention
from sitreps.store import documents, events, queries, review
from sitreps.store.base import IngestOutcome
from sitreps.store.connection import Connection
from sitreps.store.filters import EventFilter, MentionFilter
from sitreps.store.records import Decision, DocumentMeta, RawInput, StoreStats

ITER_PAGE = 100
"""Documents loaded per round trip by iter_documents: a few MB of text and results,
so memory stays flat on large corpora while queries stay few."""


class SqlStore:
    """A sitreps database over one connection; see ``sitreps.store.base.Store`` for the contract."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self.url = conn.url
        self.dialect = conn.dialect

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add_documents(self, items: Iterable[tuple[Document, bytes]]) -> list[IngestOutcome]:
        return documents.add_documents(self._conn, items)

    def pending_ids(self, limit: int | None = None) -> list[str]:
        limit_sql = "" if limit is None else f" LIMIT {int(limit)}"
        rows = self._conn.execute(
            f"SELECT id FROM documents WHERE status = ? ORDER BY ingested_at, id{limit_sql}",
            (DocumentStatus.PENDING.value,),
        )
        return [r[0] for r in rows]

    def unlinked_ids(self) -> list[str]:
        rows = self._conn.execute(
            "SELECT d.id FROM documents d WHERE d.status = ? AND EXISTS (SELECT 1 FROM mentions m "
            "WHERE m.document_id = d.id AND NOT EXISTS "
            "(SELECT 1 FROM event_mentions em WHERE em.mention_id = m.id)) ORDER BY d.ingested_at, d.id",
            (DocumentStatus.PROCESSED.value,),
        )
        return [r[0] for r in rows]

    def get_document(self, doc_id: str) -> Document | None:
        found = documents.load_documents(self._conn, [doc_id])
        return found[0] if found else None

    def iter_documents(self, status: DocumentStatus | None = None) -> Iterator[Document]:
        where = "" if status is None else "AND status = ?"
        last: tuple[str, str] = ("", "")
        while True:
            rows = self._conn.execute(
                f"SELECT ingested_at, id FROM documents WHERE (ingested_at, id) > (?, ?) {where} "
                f"ORDER BY ingested_at, id LIMIT {ITER_PAGE}",
                (*last, *(() if status is None else (status.value,))),
            )
            if not rows:
                return
            yield from documents.load_documents(self._conn, [r[1] for r in rows])
            last = (rows[-1][0], rows[-1][1])

    def save_results(self, documents_: Iterable[Document]) -> None:
        documents.save_results(self._conn, documents_)

    def list_documents(
        self, status: DocumentStatus | None = None, limit: int = 100, offset: int = 0
    ) -> list[DocumentMeta]:
        where = "" if status is None else "WHERE d.status = ?"
        rows = self._conn.execute(
            f"SELECT {documents.META_SELECT} FROM documents d {where} "
            "ORDER BY d.ingested_at DESC, d.id LIMIT ? OFFSET ?",
            (*(() if status is None else (status.value,)), limit, offset),
        )
        return [documents.meta_from_row(r) for r in rows]

    def count_documents(self) -> dict[str, int]:
        rows = self._conn.execute("SELECT status, COUNT(*) FROM documents GROUP BY status")
        return {str(status): int(n) for status, n in rows}

    def raw_inputs(self, doc_id: str) -> list[RawInput]:
        return documents.raw_inputs(self._conn, doc_id)

    def query_mentions(
        self, filters: MentionFilter | None = None, limit: int = 100, offset: int = 0
    ) -> list[tuple[DocumentMeta, EventMention]]:
        return queries.query_mentions(self._conn, filters or MentionFilter(), limit, offset)

    def query_claims(
        self, kinds: Sequence[str] = (), source_kinds: Sequence[str] = (), limit: int = 100, offset: int = 0
    ) -> list[tuple[DocumentMeta, Claim]]:
        return queries.query_claims(self._conn, kinds, source_kinds, limit, offset)

    def count_mentions(self, filters: MentionFilter | None = None) -> int:
        return queries.count_mentions(self._conn, filters or MentionFilter())

    def save_events(self, events_: Iterable[Event], *, replace_all: bool = False) -> int:
        return events.save_events(self._conn, events_, replace_all=replace_all)

    def get_event(self, event_id: str) -> Event | None:
        found = events.load_events(self._conn, [event_id])
        return found[0] if found else None

    def query_events(
        self, filters: EventFilter | None = None, limit: int | None = 100, offset: int = 0
    ) -> list[Event]:
        return queries.query_events(self._conn, filters or EventFilter(), limit, offset)

    def count_events(self, filters: EventFilter | None = None) -> int:
        return queries.count_events(self._conn, filters or EventFilter())

    def add_link_decision(self, kind: str, payload: dict[str, Any]) -> int:
        return events.add_decision(self._conn, "link_decisions", kind, payload)

    def link_decisions(self) -> list[Decision]:
        return review.active_decisions(self._conn)

    def field_edits(self) -> list[Decision]:
        return review.active_decisions(self._conn, ("edit",))

    def add_field_edit(self, payload: dict[str, Any]) -> int:
        return review.add_edit(self._conn, payload)

    def review_log(self) -> list[review.ReviewEntry]:
        return review.review_log(self._conn)

    def set_review_audit(self, decision_id: int, *, author: str | None, reason: str | None, before: Any,
                         after: Any) -> None:
        review.set_audit(self._conn, decision_id, author=author, reason=reason, before=before, after=after)

    def undo_link_decision(self, decision_id: int, *, author: str | None,
                           reason: str | None) -> review.ReviewEntry:
        return review.mark_undone(self._conn, decision_id, author=author, reason=reason)

    def known_ids(self, table: str, ids: Sequence[str]) -> set[str]:
        return review.existing_ids(self._conn, table, list(ids))

    def all_ids(self, table: str) -> list[str]:
        return review.all_ids(self._conn, table)

    def events_of_mentions(self, mention_ids: Sequence[str]) -> dict[str, str]:
        return review.events_of_mentions(self._conn, list(mention_ids))

    def add_actor_override(self, kind: str, payload: dict[str, Any]) -> int:
        return events.add_decision(self._conn, "actors_overrides", kind, payload)

    def actor_overrides(self) -> list[Decision]:
        return events.decisions(self._conn, "actors_overrides")

    def search_documents(self, query: str, limit: int = 20) -> list[DocumentMeta]:
        return queries.search_documents(self._conn, query, limit)

    def stats(self) -> StoreStats:
        return queries.stats(self._conn)

    def close(self) -> None:
        self._conn.close()
