"""Wire accuracy gates: the whole pipeline on our own wire-style articles stays above its floors.

Two sets: ``wire`` (read while writing rules: a regression guard) and ``wire_heldout`` (written blind and
only scored, its articles all in ``test``). Unlike the real-news gates these need nothing outside the
repository, so they also guard a user's clone; they need the embeddings extra, as linking does.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from sitreps.evaluate.realnews import evaluate

ROOT = Path(__file__).parents[2]
SETS = {"wire": "dev", "wire_heldout": "test"}
"""Each set and the split its articles are in."""


def _limits(name: str) -> dict[str, float]:
    floors = json.loads((ROOT / "benchmarks" / "floors" / f"{name}.json").read_text(encoding="utf-8"))
    return {k: v for k, v in floors.items() if not k.startswith("_")}


CASES = [(name, metric) for name in SETS for metric in sorted(_limits(name))]


@cache
def _measured(name: str) -> dict[str, float]:
    return evaluate(SETS[name], ROOT / "benchmarks" / "gold" / name).summary()


def _figures(name: str) -> dict[str, float]:
    """The set's figures, measured once per test session."""
    pytest.importorskip("sentence_transformers", reason="the floors are measured with sitreps[embeddings]")
    return _measured(name)


@pytest.mark.parametrize(("name", "metric"), CASES)
def test_wire_set_stays_within_limits(name: str, metric: str) -> None:
    figures, limit = _figures(name), _limits(name)[metric]
    if metric.startswith("max_"):
        figure = metric.removeprefix("max_")
        assert figures[figure] <= limit, f"{name}: {figure} {figures[figure]:.3f} > ceiling {limit}"
    else:
        assert figures[metric] >= limit, f"{name}: {metric} {figures[metric]:.3f} < floor {limit}"
