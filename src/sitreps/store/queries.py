"""Read-side queries for the REST API, the dashboard and exports: filtered lists, search, stats."""

from __future__ import annotations

from collections.abc import Sequence

from sitreps.models import Claim, Event, EventMention
from sitreps.store.connection import Connection, load_json
from sitreps.store.documents import META_COLUMNS, META_SELECT, meta_from_row
from sitreps.store.events import load_events
from sitreps.store.filters import EventFilter, MentionFilter
from sitreps.store.fts import check_query
from sitreps.store.records import DocumentMeta, StoreStats
from sitreps.store.where import event_where, mention_where

# Newest first by when it happened (or was published); undated last on both backends.
MENTION_ORDER = "SUBSTR(COALESCE(m.time_start, d.published_at), 1, 10) DESC NULLS LAST, d.id, m.ordinal"
EVENT_ORDER = "SUBSTR(COALESCE(e.time_start, e.first_reported), 1, 10) DESC NULLS LAST, e.id"


def query_mentions(
    conn: Connection, filters: MentionFilter, limit: int, offset: int
) -> list[tuple[DocumentMeta, EventMention]]:
    """Mentions matching ``filters`` with their documents' metadata, newest first."""
    where = mention_where(conn, filters)
    rows = conn.execute(
        f"SELECT {META_SELECT}, m.payload FROM mentions m JOIN documents d ON d.id = m.document_id "
        f"WHERE {where.sql()} ORDER BY {MENTION_ORDER} LIMIT ? OFFSET ?",
        [*where.params, limit, offset],
    )
    n = len(META_COLUMNS)
    return [(meta_from_row(r[:n]), EventMention.model_validate(load_json(r[n]))) for r in rows]


def query_claims(
    conn: Connection, kinds: Sequence[str], source_kinds: Sequence[str], limit: int, offset: int
) -> list[tuple[DocumentMeta, Claim]]:
    """Claims of the given kinds and source kinds (all when empty), newest documents first."""
    clauses: list[str] = ["1 = 1"]
    params: list[object] = []
    for column, values in (("c.kind", kinds), ("c.source_kind", source_kinds)):
        if values:
            clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
            params.extend(values)
    rows = conn.execute(
        f"SELECT {META_SELECT}, c.payload FROM claims c JOIN documents d ON d.id = c.document_id "
        f"WHERE {' AND '.join(clauses)} ORDER BY d.published_at DESC NULLS LAST, d.id, c.ordinal LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    n = len(META_COLUMNS)
    return [(meta_from_row(r[:n]), Claim.model_validate(load_json(r[n]))) for r in rows]


def count_mentions(conn: Connection, filters: MentionFilter) -> int:
    """How many mentions match ``filters`` (for paging)."""
    where = mention_where(conn, filters)
    rows = conn.execute(
        f"SELECT COUNT(*) FROM mentions m JOIN documents d ON d.id = m.document_id WHERE {where.sql()}",
        where.params,
    )
    return int(rows[0][0])


def event_ids(conn: Connection, filters: EventFilter, limit: int | None, offset: int) -> list[str]:
    """Ids of linked events matching ``filters``, newest first."""
    where = event_where(conn, filters)
    no_limit = "-1" if conn.dialect == "sqlite" else "ALL"  # SQLite needs a LIMIT before OFFSET
    limit_sql = f" LIMIT {no_limit if limit is None else int(limit)}"
    rows = conn.execute(
        f"SELECT e.id FROM events e WHERE {where.sql()} ORDER BY {EVENT_ORDER}{limit_sql} OFFSET ?",
        [*where.params, offset],
    )
    return [r[0] for r in rows]


def count_events(conn: Connection, filters: EventFilter) -> int:
    """How many linked events match ``filters``."""
    where = event_where(conn, filters)
    return int(conn.execute(f"SELECT COUNT(*) FROM events e WHERE {where.sql()}", where.params)[0][0])


def query_events(conn: Connection, filters: EventFilter, limit: int | None, offset: int) -> list[Event]:
    """Linked events matching ``filters``, newest first."""
    with conn.transaction(write=False):
        return load_events(conn, event_ids(conn, filters, limit, offset))


def search_documents(conn: Connection, query: str, limit: int) -> list[DocumentMeta]:
    """Documents whose title or text match a full-text query, best match first."""
    check_query(query)
    rows = conn.execute(conn.search_sql(META_SELECT), (conn.fts_param(query), limit))
    return [meta_from_row(r) for r in rows]


def _counts(conn: Connection, sql: str) -> dict[str, int]:
    return {str(key): int(n) for key, n in conn.execute(sql)}


def stats(conn: Connection) -> StoreStats:
    """Counts of documents by status and language, mentions by type, quotes, claims and events."""
    with conn.transaction(write=False):
        scalar = conn.execute(
            "SELECT (SELECT COUNT(*) FROM quotes), (SELECT COUNT(*) FROM claims), "
            "(SELECT COUNT(*) FROM events), "
            "(SELECT COUNT(*) FROM events WHERE has_contradiction = ?)",
            (True,),
        )[0]
        return StoreStats(
            documents_by_status=_counts(conn, "SELECT status, COUNT(*) FROM documents GROUP BY status"),
            documents_by_language=_counts(
                conn, "SELECT COALESCE(language, 'unknown'), COUNT(*) FROM documents GROUP BY 1"
            ),
            mentions_by_type=_counts(conn, "SELECT type, COUNT(*) FROM mentions GROUP BY type"),
            quotes=int(scalar[0]),
            claims=int(scalar[1]),
            events=int(scalar[2]),
            events_with_contradiction=int(scalar[3]),
        )
