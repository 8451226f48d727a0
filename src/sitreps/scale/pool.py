"""A pool of worker processes, each loading the models once, fed batches of documents by the driver.

Chosen over spaCy's own ``nlp.pipe(n_process=N)``, which parallelises only the
spaCy models: sitreps' own analysis (40-50% of a document's time in one
process, by cProfile) would stay in the driver; a pool over whole batches
parallelises both (docs/scaling.md).
Workers are spawned, not forked: a fresh interpreter inherits no database
connection, lock or thread from the driver.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from types import TracebackType

from sitreps import pipeline
from sitreps.models import Document
from sitreps.scale.bounded import IN_FLIGHT_PER_WORKER, bounded_ordered

Batch = list[Document]


def _load_models() -> None:
    """Worker initializer: load spaCy, lexicons, registry and gazetteer once per process."""
    pipeline.load_resources()


def process_batch(batch: Batch, batch_size: int) -> Batch:
    """What a worker does with one batch (module level, so it can be pickled by reference)."""
    return list(pipeline.process(batch, batch_size=batch_size))


class PoolRunner:
    """``sitreps process --workers N``: N processes, results returned to the driver in order."""

    def __init__(self, workers: int, *, batch_size: int = pipeline.DEFAULT_BATCH_SIZE) -> None:
        self.workers = workers
        self.batch_size = batch_size
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> PoolRunner:
        context = multiprocessing.get_context("spawn")
        self._executor = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_load_models)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=error is None, cancel_futures=True)
            self._executor = None

    def map(self, batches: Iterable[Batch]) -> Iterator[Batch]:
        executor = self._executor
        if executor is None:
            raise RuntimeError("PoolRunner.map outside its `with` block")

        def submit(batch: Batch) -> Future[Batch]:
            return executor.submit(process_batch, batch, self.batch_size)

        def collect(future: Future[Batch]) -> Batch:
            return future.result()

        return bounded_ordered(batches, submit, collect, self.workers * IN_FLIGHT_PER_WORKER)
