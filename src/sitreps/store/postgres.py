"""The PostgreSQL adapter (psycopg 3), for shared and large deployments.

Each store call that writes is one transaction. Concurrent writers are safe
because inserts use ON CONFLICT DO NOTHING on the content-hash key and
batches take row locks in id order (see ``documents.add_documents``), so two
processes adding overlapping batches neither duplicate nor deadlock.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from sitreps.errors import StoreError
from sitreps.store.connection import Row
from sitreps.store.migrations import pg_document_tsvector

MIGRATION_LOCK_KEY = 0x5172_7E95
"""Advisory-lock key serialising migrations; any constant no other application uses."""

CONNECT_TIMEOUT_S = 10
"""Seconds to wait for the server: long enough for a busy LAN, short enough to report a typo."""


def _to_pyformat(sql: str) -> str:
    """sitreps' ``?`` placeholders as psycopg's ``%s`` (a literal % doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


def masked(url: str) -> str:
    """The URL with its password hidden, safe to print and log."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


class PostgresConnection:
    """sitreps' Connection over a psycopg 3 connection in autocommit mode."""

    dialect = "postgres"

    def __init__(self, raw: Any, url: str) -> None:
        self._raw = raw
        self._lock = threading.RLock()
        self.url = masked(url)

    def execute(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        with self._lock, self._raw.cursor() as cur:
            cur.execute(_to_pyformat(sql), tuple(params))
            return list(cur.fetchall()) if cur.description else []

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        with self._lock, self._raw.cursor() as cur:
            cur.executemany(_to_pyformat(sql), [tuple(r) for r in rows])

    @contextmanager
    def transaction(self, write: bool = True) -> Iterator[None]:
        # psycopg nests transaction() blocks as savepoints; the outer one commits.
        with self._lock, self._raw.transaction():
            yield

    def lock_migrations(self) -> None:
        self.execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK_KEY,))

    def json_param(self, value: object) -> object:
        from psycopg.types.json import Jsonb

        return Jsonb(value)

    def fts_predicate(self, alias: str) -> str:
        vector = pg_document_tsvector(f"{alias}.")
        return f"{vector} @@ websearch_to_tsquery('english', ?)"

    def fts_param(self, query: str) -> str:
        return query

    def search_sql(self, columns: str) -> str:
        vector = pg_document_tsvector("d.")
        return (
            f"WITH q AS (SELECT websearch_to_tsquery('english', ?) AS q) "
            f"SELECT {columns} FROM documents d, q WHERE {vector} @@ q.q "
            f"ORDER BY ts_rank({vector}, q.q) DESC, d.id LIMIT ?"
        )

    def close(self) -> None:
        with self._lock:
            self._raw.close()


def connect_postgres(url: str) -> PostgresConnection:
    """Connect to the PostgreSQL database at ``url`` (postgresql://user:pass@host:port/db)."""
    try:
        import psycopg
    except ImportError as exc:
        raise StoreError("PostgreSQL support needs psycopg: pip install 'sitreps[postgres]'") from exc
    try:
        raw = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.Error as exc:
        raise StoreError(
            f"cannot connect to {masked(url)}: {exc}. Check the server is running, the database "
            "exists (createdb NAME) and the user may connect."
        ) from exc
    return PostgresConnection(raw, url)
