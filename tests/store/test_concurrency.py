"""Concurrent writers: overlapping batches from several connections lose and duplicate nothing."""

from __future__ import annotations

import threading

from store_builders import document

from sitreps.store import IngestOutcome, open_store

WRITERS = 3
BATCHES = 6
BATCH_SIZE = 15


def article(n: int) -> str:
    return f"Report {n}: shelling was reported near checkpoint {n} on the eastern road, officials said."


def batches(writer: int) -> list[list[int]]:
    """Overlapping batches: writers walk the same ids from different starts, odd ones backwards,
    so without a fixed lock order two PostgreSQL transactions would wait on each other."""
    total = BATCHES * BATCH_SIZE
    order = [(i + writer * 7) % total for i in range(total)]
    if writer % 2:
        order.reverse()
    return [order[b * BATCH_SIZE : (b + 1) * BATCH_SIZE] for b in range(BATCHES)]


def test_overlapping_writers_store_each_document_once(fresh_db: str) -> None:
    open_store(fresh_db).close()  # migrate once up front, as a server would
    outcomes: list[IngestOutcome] = []
    errors: list[BaseException] = []
    start = threading.Barrier(WRITERS)
    lock = threading.Lock()

    def write(writer: int) -> None:
        try:
            with open_store(fresh_db) as store:
                start.wait()
                for batch in batches(writer):
                    done = store.add_documents((document(article(n)), f"{writer}".encode()) for n in batch)
                    with lock:
                        outcomes.extend(done)
        except BaseException as exc:  # collected and re-raised in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    total = BATCHES * BATCH_SIZE
    assert len(outcomes) == WRITERS * total
    new = [o.document_id for o in outcomes if o.new]
    assert len(new) == len(set(new)) == total  # each document stored exactly once
    with open_store(fresh_db) as store:
        assert store.count_documents() == {"pending": total}
        ids = {document(article(n)).id for n in range(total)}
        assert {len(store.raw_inputs(i)) for i in ids} == {WRITERS}  # every arrival kept


def test_migrating_from_several_connections_at_once(fresh_db: str) -> None:
    errors: list[BaseException] = []
    start = threading.Barrier(WRITERS)

    def open_and_close() -> None:
        try:
            start.wait()
            open_store(fresh_db).close()
        except BaseException as exc:  # collected and re-raised in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=open_and_close) for _ in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
