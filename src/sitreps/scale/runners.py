"""Where batches are processed: this process, a process pool, or Ray; chosen by ``make_runner``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Protocol

from sitreps import pipeline
from sitreps.errors import ConfigError
from sitreps.models import Document

Batch = list[Document]


class BatchRunner(Protocol):
    """Processes batches of documents; a context manager that releases its workers on exit."""

    def map(self, batches: Iterable[Batch]) -> Iterator[Batch]:
        """Processed batches, in the order the batches were given, pulled lazily."""
        ...

    def __enter__(self) -> BatchRunner: ...

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None: ...


class InlineRunner:
    """Batches processed in this process, one after the other (the default, ``--workers 1``)."""

    def __init__(self, batch_size: int = pipeline.DEFAULT_BATCH_SIZE) -> None:
        self.batch_size = batch_size

    def map(self, batches: Iterable[Batch]) -> Iterator[Batch]:
        for batch in batches:
            yield list(pipeline.process(batch, batch_size=self.batch_size))

    def __enter__(self) -> InlineRunner:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        return None


def make_runner(*, workers: int = 1, ray: bool = False, ray_address: str | None = None,
                batch_size: int = pipeline.DEFAULT_BATCH_SIZE) -> BatchRunner:
    """The runner for the options of ``sitreps process``: Ray when asked, a pool for workers > 1.

    ``ray_address`` implies Ray; with Ray, ``workers`` is the number of actors
    (each holds its own models), and the local cluster gets that many CPUs.
    """
    if workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {workers}")
    if ray or ray_address:
        from sitreps.scale.ray_runner import RayRunner

        return RayRunner(workers, address=ray_address, batch_size=batch_size)
    if workers > 1:
        from sitreps.scale.pool import PoolRunner

        return PoolRunner(workers, batch_size=batch_size)
    return InlineRunner(batch_size)
