"""Keep a fixed number of batches in flight, results in order: flat memory, busy workers."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from sitreps.models import Document

Handle = TypeVar("Handle")
Batch = list[Document]

IN_FLIGHT_PER_WORKER = 2
"""Batches outstanding per worker: one being processed and one queued, so a worker
never waits for the driver to read the next batch; more would only hold more
documents in memory (chosen by reasoning, not tuned)."""


def bounded_ordered(batches: Iterable[Batch], submit: Callable[[Batch], Handle],
                    collect: Callable[[Handle], Batch], in_flight: int) -> Iterator[Batch]:
    """Submit batches while at most ``in_flight`` are outstanding; yield results in submission order.

    The bound keeps memory flat on any corpus size (only ``in_flight`` batches
    of documents and results exist at once) while every worker stays busy.
    """
    queue: deque[Handle] = deque()
    for batch in batches:
        queue.append(submit(batch))
        if len(queue) >= in_flight:
            yield collect(queue.popleft())
    while queue:
        yield collect(queue.popleft())
