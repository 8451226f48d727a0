"""Ray actors, each holding the models, fed batches by the driver (``sitreps process --ray``).

Local by default: ``ray.init(num_cpus=N, include_dashboard=False)`` starts a
private cluster for the run and stops it afterwards. With an address the run
joins an existing cluster (``ray start --head`` on one machine, ``ray start
--address=...`` on the others) and leaves it running. Results come back to the
driver, which alone writes to the store.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from itertools import cycle
from types import TracebackType
from typing import Any

from sitreps import pipeline
from sitreps.errors import ConfigError
from sitreps.models import Document
from sitreps.scale.bounded import IN_FLIGHT_PER_WORKER, bounded_ordered

Batch = list[Document]


class PipelineWorker:
    """One Ray actor: models loaded once in its constructor, then batch after batch."""

    def __init__(self, batch_size: int) -> None:
        self.batch_size = batch_size
        pipeline.load_resources()

    def process(self, batch: Batch) -> Batch:
        return list(pipeline.process(batch, batch_size=self.batch_size))


class RayRunner:
    """``--ray [--ray-address ADDR]``: ``actors`` workers (1 or less: one per CPU of the cluster)."""

    def __init__(self, actors: int, *, address: str | None = None,
                 batch_size: int = pipeline.DEFAULT_BATCH_SIZE) -> None:
        self.requested = actors if actors > 1 else 0
        self.address = address
        self.batch_size = batch_size
        self._actors: list[Any] = []
        self._started = False

    def __enter__(self) -> RayRunner:
        import ray

        if not ray.is_initialized():
            try:
                if self.address:
                    ray.init(address=self.address, include_dashboard=False, log_to_driver=False)
                else:
                    ray.init(num_cpus=self.requested or os.cpu_count() or 1, include_dashboard=False,
                             log_to_driver=False)
            except ConnectionError as error:
                raise ConfigError(f"cannot reach the Ray cluster at {self.address!r} ({error}); "
                                  "start one with `ray start --head` or leave out --ray-address") from None
            self._started = True
        count = self.requested or max(1, int(ray.cluster_resources().get("CPU", 1)))
        worker = ray.remote(num_cpus=1)(PipelineWorker)
        self._actors = [worker.remote(self.batch_size) for _ in range(count)]
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        import ray

        for actor in self._actors:
            ray.kill(actor)
        self._actors = []
        if self._started:
            ray.shutdown()
            self._started = False

    def map(self, batches: Iterable[Batch]) -> Iterator[Batch]:
        import ray

        if not self._actors:
            raise RuntimeError("RayRunner.map outside its `with` block")
        actors = cycle(self._actors)

        def submit(batch: Batch) -> Any:
            return next(actors).process.remote(batch)

        return bounded_ordered(batches, submit, ray.get, len(self._actors) * IN_FLIGHT_PER_WORKER)
