"""A `sitreps process` killed with SIGKILL midway resumes: nothing lost, nothing processed twice."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from scale.articles import write_articles
from sitreps import api
from sitreps.store import open_store

ARTICLES = 60
KILL_AFTER = 2
"""Processed documents (one batch) before the kill: the run is surely midway."""
WAIT_S = 120
"""Upper bound for the child to load its models and save its first batch."""


def _processed(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM documents WHERE status = 'processed'").fetchone()[0])


def _kill_midway(db: Path) -> int:
    """Start `sitreps process`, SIGKILL it once a batch is saved; return how many were saved by then."""
    command = [sys.executable, "-c", "from sitreps.cli.app import app; app()",
               "process", "--db", str(db), "--batch-size", "2"]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + WAIT_S
    try:
        while _processed(db) < KILL_AFTER:
            assert child.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "no batch saved in time"
            time.sleep(0.01)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    assert child.returncode == -signal.SIGKILL
    return _processed(db)


def _mention_ids(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT id FROM mentions ORDER BY id")]


def test_killed_run_resumes_exactly_once(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "articles", ARTICLES)
    db, reference = tmp_path / "killed.db", tmp_path / "reference.db"
    api.ingest(paths, db=db)
    api.ingest(paths, db=reference)

    saved = _kill_midway(db)
    assert KILL_AFTER <= saved < ARTICLES
    resumed = api.process(db=db, link=False)
    assert (resumed.processed, resumed.failed) == (ARTICLES - saved, 0)  # only what was pending
    assert api.process(db=reference, link=False).processed == ARTICLES

    with open_store(db) as store:
        assert store.count_documents() == {"processed": ARTICLES}
    ids = _mention_ids(db)
    assert len(ids) == len(set(ids)) > 0
    assert ids == _mention_ids(reference)
    assert api.process(db=db).processed == 0  # a third run finds nothing to do
