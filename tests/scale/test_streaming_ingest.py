"""Ingest commits in bounded batches: a killed ingest keeps what it committed, and a rerun stores the rest."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from scale.articles import article
from sitreps import api
from sitreps.ingest import iter_paths
from sitreps.scale import BatchLimits, store_stream
from sitreps.store import open_store

RECORDS = 3_000
WAIT_S = 120


def write_jsonl(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for index in range(count):
            out.write(json.dumps({"title": f"Report {index}", "text": article(index)}) + "\n")
    return path


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0


def test_batches_are_bounded_by_documents_and_committed_in_order(tmp_path: Path) -> None:
    dump = write_jsonl(tmp_path / "dump.jsonl", 95)
    commits: list[int] = []
    with open_store(tmp_path / "s.db") as store:
        tally = store_stream(store, iter_paths([dump]), BatchLimits(max_docs=10),
                             on_commit=lambda t: commits.append(store.count_documents()["pending"]))
    assert tally.batches == 10 and commits == [*range(10, 100, 10), 95]
    assert sum(o.new for o in tally.outcomes) == 95 and not tally.failures


def test_a_killed_ingest_keeps_its_committed_batches(tmp_path: Path) -> None:
    dump = write_jsonl(tmp_path / "dump.jsonl", RECORDS)
    db = tmp_path / "killed.db"
    command = [sys.executable, "-c", "from sitreps.cli.app import app; app()", "ingest", str(dump), "--db", str(db)]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + WAIT_S
    try:
        while _stored(db) == 0:
            assert child.poll() is None, "the ingest ended before it could be killed"
            assert time.monotonic() < deadline, "no batch committed in time"
            time.sleep(0.01)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    kept = _stored(db)
    assert 0 < kept < RECORDS
    report = api.ingest([dump], db=db)
    assert (report.stored, len(report.duplicates)) == (RECORDS - kept, kept)
    with open_store(db) as store:
        assert store.count_documents() == {"pending": RECORDS}


def test_the_database_inside_the_ingested_folder_is_not_read_back(tmp_path: Path) -> None:
    """The store is open while the folder is read: its own files are skipped, with a notice."""
    write_jsonl(tmp_path / "dump.jsonl", 3)
    api.ingest([tmp_path], db=tmp_path / "here.db")
    report = api.ingest([tmp_path], db=tmp_path / "here.db")
    assert not report.failures, report.failures
    assert (report.stored, len(report.duplicates)) == (0, 3)
    assert any("of the database being written to" in n.message for n in report.notices)
