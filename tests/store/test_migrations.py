"""Schema migrations: recorded by name, applied to old databases on open, newer ones refused."""

from __future__ import annotations

import hashlib

import pytest
from store_builders import SUDAN, document, linked_event, sudan_processed

from sitreps.errors import StoreError
from sitreps.store import open_store
from sitreps.store.documents import _insert_document
from sitreps.store.migrate import applied_migrations, apply_migrations
from sitreps.store.migrations import MIGRATIONS
from sitreps.store.open import _connect, resolve_target

ALL = [m.name for m in MIGRATIONS]


def test_every_migration_is_recorded_once(fresh_db: str) -> None:
    open_store(fresh_db).close()
    conn = _connect(resolve_target(fresh_db))
    assert applied_migrations(conn) == ALL
    assert apply_migrations(conn) == []  # opening again applies nothing
    conn.close()


def test_database_from_the_first_migration_upgrades_on_open(fresh_db: str) -> None:
    conn = _connect(resolve_target(fresh_db))
    assert apply_migrations(conn, MIGRATIONS[:1]) == ALL[:1]
    old = document(SUDAN)
    with conn.transaction():  # as version 0.1 wrote it: the bytes on every arrival row
        _insert_document(conn, old, "2024-01-01T00:00:00+00:00")
        for when in ("2024-01-01", "2024-01-02"):
            conn.execute("INSERT INTO raw_inputs (document_id, source, sha256, received_at, bytes) "
                         "VALUES (?, 'a.txt', ?, ?, ?)", (old.id, hashlib.sha256(b"kept").hexdigest(), when, b"kept"))
    conn.close()

    with open_store(fresh_db) as store:
        assert store.get_document(old.id) == old
        assert [(r.data, r.received_at) for r in store.raw_inputs(old.id)] == [(b"kept", "2024-01-01")]
        full = sudan_processed()
        store.save_results([full])
        store.save_events([linked_event("ev", full.events[:1], [full])])
        assert store.count_events() == 1
    conn = _connect(resolve_target(fresh_db))
    assert applied_migrations(conn) == ALL
    conn.close()


def test_database_from_a_newer_sitreps_is_refused(fresh_db: str) -> None:
    open_store(fresh_db).close()
    conn = _connect(resolve_target(fresh_db))
    conn.execute("INSERT INTO migrations (name, applied_at) VALUES ('9999_future', '2999-01-01')")
    conn.close()
    with pytest.raises(StoreError, match="newer sitreps"):
        open_store(fresh_db)


def test_both_dialects_create_the_same_tables() -> None:
    for migration in MIGRATIONS:
        sqlite, postgres = migration.statements("sqlite"), migration.statements("postgres")
        tables = {s.split()[2] for s in sqlite if s.startswith("CREATE TABLE")}
        assert tables == {s.split()[2] for s in postgres if s.startswith("CREATE TABLE")}
        assert not any("{" in s for s in sqlite + postgres)
