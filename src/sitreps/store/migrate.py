"""Bring a database's schema up to date by applying the migrations it has not recorded."""

from __future__ import annotations

from collections.abc import Sequence

from sitreps.errors import StoreError
from sitreps.store.connection import Connection, utc_now
from sitreps.store.migrations import MIGRATIONS, MIGRATIONS_TABLE, Migration


def applied_migrations(conn: Connection) -> list[str]:
    """Names of the migrations recorded in the database, in the order they were applied."""
    rows = conn.execute("SELECT name FROM migrations ORDER BY applied_at, name")
    return [str(name) for (name,) in rows]


def apply_migrations(conn: Connection, migrations: Sequence[Migration] = MIGRATIONS) -> list[str]:
    """Apply, in order and in one transaction, each migration the database lacks; return their names.

    Refuses a database that records a migration this code does not know: it was
    written by a newer sitreps, and guessing at its schema could corrupt it.
    """
    known = {m.name for m in MIGRATIONS}
    with conn.transaction():
        conn.lock_migrations()
        conn.execute(MIGRATIONS_TABLE)
        done = set(applied_migrations(conn))
        unknown = sorted(done - known)
        if unknown:
            raise StoreError(
                f"{conn.url} was upgraded by a newer sitreps (migrations {', '.join(unknown)}): "
                "upgrade sitreps to open it"
            )
        new = [m for m in migrations if m.name not in done]
        for migration in new:
            for statement in migration.statements(conn.dialect):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (migration.name, utc_now())
            )
    return [m.name for m in new]
