"""The little a store needs from a database driver, so one SQL store serves SQLite and PostgreSQL.

SQL is written once with ``?`` placeholders; each driver adapter translates
what differs between dialects (placeholders, JSON parameters, transactions,
full-text search) and nothing else.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any, Protocol

Row = tuple[Any, ...]


class Connection(Protocol):
    """A database connection adapted to sitreps' SQL."""

    dialect: str
    url: str

    def execute(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        """Run one statement; return its rows (empty for statements without a result)."""
        ...

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        """Run one statement for each parameter row."""
        ...

    def transaction(self, write: bool = True) -> AbstractContextManager[None]:
        """A transaction committed on exit and rolled back on error; nested calls join the outer one.

        ``write`` transactions are serialised (SQLite: BEGIN IMMEDIATE); read
        ones only give several queries one consistent view.
        """
        ...

    def lock_migrations(self) -> None:
        """Inside a transaction: keep other processes from migrating at the same time."""
        ...

    def json_param(self, value: object) -> object:
        """A Python value (dict, list) as a parameter for a JSON column."""
        ...

    def fts_predicate(self, alias: str) -> str:
        """SQL true when document ``alias`` matches the full-text query bound to its one ``?``."""
        ...

    def fts_param(self, query: str) -> str:
        """The user's search (words, "phrases", OR, -word) in this dialect's query syntax."""
        ...

    def search_sql(self, columns: str) -> str:
        """SELECT ``columns`` of documents ``d`` matching a query, best first; params: (query, limit)."""
        ...

    def close(self) -> None: ...


def utc_now() -> str:
    """The current time as an ISO 8601 string in UTC, the form every timestamp column stores."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def load_json(value: object) -> Any:
    """A JSON column's value as Python: SQLite returns text, psycopg already-decoded JSONB."""
    return json.loads(value) if isinstance(value, str | bytes) else value
