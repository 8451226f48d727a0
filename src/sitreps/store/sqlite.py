"""The SQLite adapter: WAL, foreign keys, one writer at a time with BEGIN IMMEDIATE.

Readers never block in WAL mode; writers queue on the database lock for up to
``BUSY_TIMEOUT_MS`` instead of failing at once. One connection may be shared by
threads (the REST server): a re-entrant lock keeps their transactions apart.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sitreps.errors import StoreError
from sitreps.store.connection import Row
from sitreps.store.fts import to_fts5

BUSY_TIMEOUT_MS = 30_000
"""How long a writer waits for another's transaction: batches commit in well under a
second on a laptop, so 30 s only runs out when a process hangs holding the lock."""

WAL_RETRY_S = 0.05
"""Pause between tries to switch a new file to WAL (see ``_enable_wal``): short next to the
milliseconds another process needs to finish creating the schema."""


def _enable_wal(raw: sqlite3.Connection) -> None:
    """Switch to WAL, retrying while another connection holds the file.

    Changing the journal mode does not wait on the busy handler, so processes
    opening a brand-new database together would otherwise fail with "database
    is locked" (seen with six threads in about 1 run in 15).
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            raw.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(WAL_RETRY_S)


class SqliteConnection:
    """sitreps' Connection over the standard library's sqlite3."""

    dialect = "sqlite"

    def __init__(self, raw: sqlite3.Connection, path: Path) -> None:
        self._raw = raw
        self._lock = threading.RLock()
        self._depth = 0
        self.url = f"sqlite:///{path}"

    def execute(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        with self._lock:
            return self._raw.execute(sql, tuple(params)).fetchall()

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        with self._lock:
            self._raw.executemany(sql, (tuple(r) for r in rows))

    @contextmanager
    def transaction(self, write: bool = True) -> Iterator[None]:
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._begin("BEGIN IMMEDIATE" if write else "BEGIN DEFERRED")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._raw.execute("ROLLBACK")
                raise
            else:
                self._raw.execute("COMMIT")
            finally:
                self._depth = 0

    def _begin(self, statement: str) -> None:
        try:
            self._raw.execute(statement)
        except sqlite3.OperationalError as exc:
            raise StoreError(
                f"{self.url}: {exc}; another process has held the database for "
                f"{BUSY_TIMEOUT_MS // 1000} s: wait for it to finish or stop it"
            ) from exc

    def lock_migrations(self) -> None:
        """BEGIN IMMEDIATE already holds SQLite's single write lock."""

    def json_param(self, value: object) -> object:
        return json.dumps(value, ensure_ascii=False)

    def fts_predicate(self, alias: str) -> str:
        return f"{alias}.id IN (SELECT document_id FROM documents_fts WHERE documents_fts MATCH ?)"

    def fts_param(self, query: str) -> str:
        return to_fts5(query)

    def search_sql(self, columns: str) -> str:
        return (
            f"SELECT {columns} FROM documents_fts JOIN documents d ON d.id = documents_fts.document_id "
            "WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts), d.id LIMIT ?"
        )

    def close(self) -> None:
        with self._lock:
            self._raw.close()


def connect_sqlite(path: Path) -> SqliteConnection:
    """Open (creating it and its folder if needed) the SQLite database at ``path``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        raw = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _enable_wal(raw)
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute("PRAGMA synchronous = NORMAL")  # durable across crashes in WAL mode
    except (OSError, sqlite3.DatabaseError) as exc:
        raise StoreError(
            f"cannot open SQLite database {path}: {exc}. Check that the path is a sitreps database "
            "(or a new file) in a folder you can write, or choose another with --db / SITREPS_DB."
        ) from exc
    return SqliteConnection(raw, path.resolve())
