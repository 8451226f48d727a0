"""The SQLite adapter: WAL, foreign keys, one writer at a time with BEGIN IMMEDIATE.

Readers never block in WAL mode. A writer that finds another's transaction open
waits for it, saying so on stderr every ``WAIT_NOTICE_S`` ("waiting for the
database..."), for as long as ``SITREPS_LOCK_TIMEOUT`` allows (no limit by
default): a long ingest or process beside it delays it but does not make it fail.
One connection may be shared by threads (the REST server): a re-entrant lock
keeps their transactions apart.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sitreps.errors import ConfigError, StoreError
from sitreps.store.connection import Row
from sitreps.store.fts import to_fts5

BUSY_TIMEOUT_MS = 30_000
"""How long a statement outside a write transaction (switching to WAL, a checkpoint) waits
for the lock: batches commit in well under a second on a laptop, so 30 s only runs out when
a process hangs holding it. Write transactions wait as ``_begin`` says."""

WAIT_NOTICE_S = 5
"""A writer waiting for the lock says so this often: batches commit in well under a second,
so a wait this long means another process is in a big transaction, worth telling the user."""
LOCK_TIMEOUT_ENV = "SITREPS_LOCK_TIMEOUT"
"""Seconds a writer waits for the lock before giving up; unset or 0: wait as long as it takes."""

log = logging.getLogger(__name__)

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
        if statement != "BEGIN IMMEDIATE":  # readers never wait in WAL mode
            self._raw.execute(statement)
            return
        limit = lock_timeout()
        started = time.monotonic()
        self._raw.execute(f"PRAGMA busy_timeout = {WAIT_NOTICE_S * 1000}")
        try:
            while True:
                try:
                    self._raw.execute(statement)
                    return
                except sqlite3.OperationalError as exc:
                    waited = time.monotonic() - started
                    if "locked" not in str(exc) and "busy" not in str(exc):
                        raise StoreError(f"{self.url}: {exc}") from exc
                    if limit and waited >= limit:
                        raise StoreError(
                            f"{self.url}: another process has held the database for {waited:.0f} s "
                            f"(limit {LOCK_TIMEOUT_ENV}={limit:g}): wait for it to finish or stop it"
                        ) from exc
                    log.warning("waiting for the database %s: another process is writing to it "
                                "(%.0f s so far)", self.url, waited)
        finally:
            self._raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

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


def lock_timeout() -> float:
    """``SITREPS_LOCK_TIMEOUT`` in seconds; 0 (the default) waits without limit."""
    value = os.environ.get(LOCK_TIMEOUT_ENV, "").strip()
    try:
        seconds = float(value) if value else 0.0
    except ValueError:
        raise ConfigError(f"{LOCK_TIMEOUT_ENV}={value!r} is not a number of seconds (0: no limit)") from None
    if seconds < 0:
        raise ConfigError(f"{LOCK_TIMEOUT_ENV}={value!r} is negative; give seconds, or 0 for no limit")
    return seconds


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
