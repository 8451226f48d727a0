"""The driver's scheduling and the runner choice, without starting any worker."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sitreps.errors import ConfigError
from sitreps.models import Document
from sitreps.scale import InlineRunner, make_runner
from sitreps.scale.bounded import bounded_ordered
from sitreps.scale.pool import PoolRunner
from sitreps.scale.ray_runner import RayRunner


def _batches(n: int) -> list[list[Document]]:
    return [[Document(id=f"d{i}", text=f"text {i}")] for i in range(n)]


def test_bounded_ordered_keeps_order_and_bound() -> None:
    outstanding: list[str] = []
    peak = 0

    def submit(batch: list[Document]) -> str:
        nonlocal peak
        outstanding.append(batch[0].id)
        peak = max(peak, len(outstanding))
        return batch[0].id

    def collect(handle: str) -> list[Document]:
        outstanding.remove(handle)
        return [Document(id=handle, text="done")]

    results = list(bounded_ordered(_batches(10), submit, collect, in_flight=3))
    assert [r[0].id for r in results] == [f"d{i}" for i in range(10)]
    assert peak == 3
    assert outstanding == []


def test_bounded_ordered_pulls_lazily() -> None:
    pulled: list[int] = []

    def source() -> Iterator[list[Document]]:
        for i, batch in enumerate(_batches(100)):
            pulled.append(i)
            yield batch

    results = bounded_ordered(source(), lambda b: b, lambda h: h, in_flight=2)
    next(results)
    assert len(pulled) == 2  # the rest of the corpus is not read ahead


def test_make_runner_choices() -> None:
    assert isinstance(make_runner(), InlineRunner)
    assert isinstance(make_runner(workers=3), PoolRunner)
    assert isinstance(make_runner(ray=True), RayRunner)
    assert isinstance(make_runner(ray_address="127.0.0.1:6379"), RayRunner)
    with pytest.raises(ConfigError, match="at least 1"):
        make_runner(workers=0)


def test_runners_refuse_map_outside_with() -> None:
    with pytest.raises(RuntimeError):
        list(PoolRunner(2).map(_batches(1)))
