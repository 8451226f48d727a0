"""A `sitreps process` killed mid-extraction or mid-linking resumes to what an uninterrupted run gives.

The rerun links every processed document whose mentions no event holds, not only
the documents it processed itself: documents, mentions and events end up equal to
those of a run that was never killed.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from scale.articles import write_articles
from sitreps import api

ARTICLES = 24
WAIT_S = 180
"""Upper bound for the child to load its models and reach the point where it is killed."""


def _count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(sql).fetchone()[0])


def _processed(db: Path) -> int:
    return _count(db, "SELECT COUNT(*) FROM documents WHERE status = 'processed'")


def _kill_when(db: Path, ready: Callable[[], bool]) -> None:
    """Start `sitreps process`, SIGKILL it as soon as ``ready()`` holds."""
    command = [sys.executable, "-c", "from sitreps.cli.app import app; app()",
               "process", "--db", str(db), "--batch-size", "2"]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + WAIT_S
    try:
        while not ready():
            assert child.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "the run did not get there in time"
            time.sleep(0.005)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    assert child.returncode == -signal.SIGKILL


def _state(db: Path) -> tuple[dict[str, int], list[str], dict[str, list[str]]]:
    """Documents by status, mention ids, and each event's mention ids."""
    with sqlite3.connect(db) as conn:
        statuses = dict(conn.execute("SELECT status, COUNT(*) FROM documents GROUP BY status").fetchall())
        mentions = [r[0] for r in conn.execute("SELECT id FROM mentions ORDER BY id")]
        events: dict[str, list[str]] = {}
        for event_id, mention_id in conn.execute(
                "SELECT event_id, mention_id FROM event_mentions ORDER BY event_id, mention_id"):
            events.setdefault(event_id, []).append(mention_id)
    return statuses, mentions, events


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], tuple[object, ...]]:
    """The test articles, and the state an uninterrupted run leaves."""
    folder = tmp_path_factory.mktemp("resume")
    paths = write_articles(folder / "articles", ARTICLES)
    reference = folder / "reference.db"
    api.ingest(paths, db=reference)
    assert api.process(db=reference).processed == ARTICLES
    return paths, _state(reference)


def test_killed_mid_extraction_resumes_with_every_mention_linked(
        tmp_path: Path, corpus: tuple[list[Path], tuple[object, ...]]) -> None:
    paths, reference = corpus
    db = tmp_path / "killed.db"
    api.ingest(paths, db=db)
    _kill_when(db, lambda: _processed(db) >= 2)
    assert 2 <= _processed(db) < ARTICLES
    api.process(db=db)
    assert _state(db) == reference
    assert _count(db, "SELECT COUNT(*) FROM events") > 0


def test_killed_mid_linking_links_everything_on_the_next_run(
        tmp_path: Path, corpus: tuple[list[Path], tuple[object, ...]]) -> None:
    paths, reference = corpus
    db = tmp_path / "killed.db"
    api.ingest(paths, db=db)
    _kill_when(db, lambda: _processed(db) == ARTICLES)
    assert _count(db, "SELECT COUNT(*) FROM events") == 0  # killed before the events were saved
    report = api.process(db=db)
    assert report.processed == 0  # nothing left to extract, yet linking catches up
    assert _state(db) == reference
    assert api.process(db=db).processed == 0
    assert _state(db) == reference  # a third run changes nothing
