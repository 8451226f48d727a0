"""Two ingests, a process and REST reads at once on one database: everything stored once, no errors.

Run on SQLite (one file, WAL, writers queue) and PostgreSQL. Ingests overlap (the
middle third of the articles is in both dumps) and commit in small batches so the
writers really interleave; `process` runs in rounds while documents arrive; the
REST API is read all along.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

from scale.articles import article
from sitreps import api, pipeline
from sitreps.ingest import read_paths
from sitreps.scale import BatchLimits
from sitreps.serve.app import create_app
from sitreps.store import open_store

ARTICLES = 90
OVERLAP = 30
SMALL_BATCHES = BatchLimits(max_docs=5)
"""Many short transactions, so the two ingests and the process interleave on the lock."""


def _dump(path: Path, indices: range) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for index in indices:
            out.write(json.dumps({"text": article(index), "url": f"https://example.test/{index}"}) + "\n")
    return path


def _guard(errors: list[BaseException], work: Callable[[], None]) -> threading.Thread:
    def run() -> None:
        try:
            work()
        except BaseException as error:  # collected and asserted on in the test's thread
            errors.append(error)

    return threading.Thread(target=run)


def test_two_ingests_a_process_and_reads_at_once(fresh_db: str, tmp_path: Path) -> None:
    half = (ARTICLES + OVERLAP) // 2
    first = _dump(tmp_path / "first.jsonl", range(0, half))
    second = _dump(tmp_path / "second.jsonl", range(half - OVERLAP, ARTICLES))
    open_store(fresh_db).close()  # created up front, as by a first `sitreps ingest`
    errors: list[BaseException] = []
    reports: list[api.IngestReport] = []
    ingesting = threading.Event()
    ingesting.set()
    reads = [0]

    def ingest(dump: Path) -> None:
        reports.append(api.ingest([dump], db=fresh_db, limits=SMALL_BATCHES))

    def process() -> None:
        while ingesting.is_set() or api.pending_count(db=fresh_db):
            api.process(db=fresh_db, batch_size=4, link=False)

    def read() -> None:
        # the server answers loopback names only (TestClient's default 'testserver' is refused)
        with TestClient(create_app(fresh_db), base_url="http://127.0.0.1") as client:
            while ingesting.is_set():
                for path in ("/api/stats", "/api/mentions?limit=20", "/api/documents?limit=20"):
                    response = client.get(path)
                    assert response.status_code == 200, (path, response.text)
                    reads[0] += 1

    ingests = [_guard(errors, lambda d=d: ingest(d)) for d in (first, second)]
    others = [_guard(errors, process), _guard(errors, read)]
    for thread in [*ingests, *others]:
        thread.start()
    for thread in ingests:
        thread.join()
    ingesting.clear()
    for thread in others:
        thread.join()
    assert not errors, errors
    assert reads[0] > 0

    expected = {item.document.id: item.document for item in read_paths([first, second]).items}
    assert len(expected) == ARTICLES
    assert sum(r.stored for r in reports) == ARTICLES  # each document stored by exactly one ingest
    assert sum(len(r.duplicates) for r in reports) == OVERLAP
    reference = sum(len(d.events) for d in pipeline.process(list(expected.values())))
    with open_store(fresh_db) as store:
        assert store.count_documents() == {"processed": ARTICLES}
        mentions = store.query_mentions(limit=10 * reference)
    ids = [mention.id for _, mention in mentions]
    assert len(ids) == len(set(ids)) == reference  # every mention stored once
