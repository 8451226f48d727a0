"""Open a sitreps database from a path or URL, creating and upgrading its schema as needed."""

from __future__ import annotations

import os
from pathlib import Path

from sitreps.errors import StoreError
from sitreps.store.base import Store
from sitreps.store.connection import Connection
from sitreps.store.migrate import apply_migrations
from sitreps.store.sql_store import SqlStore

ENV_VAR = "SITREPS_DB"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
SQLITE_SCHEME = "sqlite:///"


def default_path() -> Path:
    """Where sitreps keeps its database when none is named: $XDG_DATA_HOME/sitreps/sitreps.db."""
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "sitreps" / "sitreps.db"


def resolve_target(url: str | Path | None) -> str | Path:
    """A PostgreSQL URL, or the path of a SQLite database, for what the user gave (or the default)."""
    if url is None:
        url = os.environ.get(ENV_VAR) or default_path()
    if isinstance(url, Path):
        return url.expanduser()
    text = url.strip()
    if text.startswith(POSTGRES_SCHEMES):
        return text
    if text.startswith(SQLITE_SCHEME):
        text = text[len(SQLITE_SCHEME) :]
    elif "://" in text or text.startswith("sqlite:"):
        raise StoreError(
            f"database URL {url!r} is not supported: give a file path, sqlite:///path/to/file.db "
            "or postgresql://user:password@host:port/dbname"
        )
    if not text:
        raise StoreError(
            "empty database path: give a file path or a postgresql:// URL with --db or SITREPS_DB"
        )
    return Path(text).expanduser()


SQLITE_SIDE_FILES = ("", "-wal", "-shm", "-journal")
"""The database file and the files SQLite keeps beside it."""


def store_files(url: str | Path | None = None) -> list[Path]:
    """The files of the SQLite database at ``url`` (none for PostgreSQL): what an ingest of the
    folder holding them must not read back as articles."""
    target = resolve_target(url)
    if not isinstance(target, Path):
        return []
    return [target.with_name(target.name + suffix) for suffix in SQLITE_SIDE_FILES]


def _connect(target: str | Path, create: bool = True) -> Connection:
    if isinstance(target, Path):
        from sitreps.store.sqlite import connect_sqlite

        if not create and not target.exists():
            raise StoreError(
                f"no database at {target}: check the path given with --db or SITREPS_DB "
                "(commands that only read never create one; `sitreps ingest` does)"
            )

        return connect_sqlite(target)
    from sitreps.store.postgres import connect_postgres

    return connect_postgres(target)


def open_connection(url: str | Path | None = None, *, create: bool = True) -> Connection:
    """A migrated connection to the database at ``url``, for stages with tables of their own
    (``sitreps watch``'s feed state) that the Store interface does not cover.

    ``create=False`` (commands that only read) refuses a SQLite path that does not
    exist instead of creating an empty database there: a mistyped ``--db`` would
    otherwise show zero rows as if that were the answer.
    """
    conn = _connect(resolve_target(url), create)
    try:
        apply_migrations(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def open_store(url: str | Path | None = None, *, create: bool = True) -> Store:
    """The database at ``url``: a path or sqlite:///path (SQLite), postgresql://... (PostgreSQL),
    or None for $SITREPS_DB, else the default SQLite file in the user's data folder.

    The schema is created or upgraded on open; see docs/storage.md. With
    ``create=False`` a SQLite file that does not exist is a StoreError.
    """
    return SqlStore(open_connection(url, create=create))
