"""A SQLite writer that finds the database locked waits and says so, instead of failing after 30 s."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from store_builders import SUDAN, document

from sitreps.errors import StoreError
from sitreps.store import open_store, sqlite

HOLD_S = 2.5
"""How long the other connection holds the write lock: several notice intervals."""


def _hold_lock(db: Path, seconds: float, holding: threading.Event) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    holding.set()
    time.sleep(seconds)
    conn.execute("COMMIT")
    conn.close()


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(sqlite, "WAIT_NOTICE_S", 1)
    path = tmp_path / "locked.db"
    open_store(path).close()
    return path


def test_a_writer_waits_for_the_lock_and_says_so(db: Path, caplog: pytest.LogCaptureFixture) -> None:
    holding = threading.Event()
    holder = threading.Thread(target=_hold_lock, args=(db, HOLD_S, holding))
    holder.start()
    holding.wait()
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="sitreps.store.sqlite"), open_store(db) as store:
        [outcome] = store.add_documents([(document(SUDAN), b"raw")])
    holder.join()
    assert outcome.new and time.monotonic() - started >= HOLD_S - 0.5
    waits = [r.getMessage() for r in caplog.records if "waiting for the database" in r.getMessage()]
    assert waits and "another process is writing to it" in waits[0]


def test_a_lock_timeout_can_be_set(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREPS_LOCK_TIMEOUT", "1")
    holding = threading.Event()
    holder = threading.Thread(target=_hold_lock, args=(db, HOLD_S, holding))
    holder.start()
    holding.wait()
    try:
        with pytest.raises(StoreError, match="SITREPS_LOCK_TIMEOUT=1"), open_store(db) as store:
            store.add_documents([(document(SUDAN), b"raw")])
    finally:
        holder.join()
