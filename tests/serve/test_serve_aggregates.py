"""Aggregates cached per database version: served again while nothing changes, recomputed after any commit."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sitreps.ingest import read_bytes
from sitreps.serve.cache import VersionCache, data_version, per_data_version
from sitreps.store import Store, open_store

STORY = "Title: Clash at {place}\n\nGunmen attacked a checkpoint in {place} on Monday, killing {n}, police said.\n"


def _add(store: Store, n: int) -> None:
    items = read_bytes(STORY.format(place=f"Town{n}", n=n + 2).encode(), source=f"story{n}.txt")
    store.add_documents((item.document, item.raw) for item in items)


def test_version_moves_with_every_commit_seen_from_another_connection(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'v.db'}"
    with open_store(url) as reader, open_store(url) as writer:
        seen = {data_version(reader)}
        for n in range(5):
            _add(writer, n)
            seen.add(data_version(reader))
        assert len(seen) == 6  # one version per commit, none repeated
    with open_store(url) as reopened:  # every connection closed: the WAL was folded into the file
        assert data_version(reopened) not in seen
        stable = data_version(reopened)
        reopened.count_documents()  # a read changes nothing
        assert data_version(reopened) == stable
    with open_store(url) as again:  # nor does closing the last connection and opening another
        assert data_version(again) == stable


def test_cached_view_is_reused_until_a_write(tmp_path: Path) -> None:
    calls: list[int] = []

    @per_data_version
    def documents_per_status(store: Store, *, prefix: str) -> list[str]:
        calls.append(1)
        return [f"{prefix}{k}={v}" for k, v in sorted(store.count_documents().items())]

    url = f"sqlite:///{tmp_path / 'c.db'}"
    with open_store(url) as reader, open_store(url) as writer:
        _add(writer, 0)
        first = documents_per_status(reader, prefix="n:")
        assert documents_per_status(reader, prefix="n:") is first and len(calls) == 1
        assert documents_per_status(reader, prefix="m:") == ["m:pending=1"] and len(calls) == 2
        _add(writer, 1)
        assert documents_per_status(reader, prefix="n:") == ["n:pending=2"] and len(calls) == 3


def test_postgres_is_not_cached(fresh_db: str) -> None:
    with open_store(fresh_db) as store:
        assert (data_version(store) is None) == (not fresh_db.startswith("sqlite"))


def test_concurrent_misses_compute_once() -> None:
    cache, calls, gate = VersionCache(), [], threading.Event()

    def slow() -> str:
        calls.append(1)
        gate.wait(5)
        return "answer"

    with ThreadPoolExecutor(4) as pool:
        futures = [pool.submit(cache.get_or_compute, "key", slow) for _ in range(4)]
        time.sleep(0.2)  # let every thread reach the cache before the first computation ends
        gate.set()
        assert [f.result() for f in futures] == ["answer"] * 4
    assert len(calls) == 1
