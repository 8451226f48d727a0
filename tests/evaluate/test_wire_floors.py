"""Wire accuracy gates: the whole pipeline on our own wire-style articles stays above its floors.

Unlike the real-news gates these need nothing outside the repository, so they also guard a user's
clone; they need the embeddings extra, as linking does.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitreps.evaluate.realnews import evaluate

ROOT = Path(__file__).parents[2]
WIRE = ROOT / "benchmarks" / "gold" / "wire"
FLOORS_FILE = ROOT / "benchmarks" / "floors" / "wire.json"
LIMITS = {k: v for k, v in json.loads(FLOORS_FILE.read_text(encoding="utf-8")).items() if not k.startswith("_")}


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    pytest.importorskip("sentence_transformers", reason="the floors are measured with sitreps[embeddings]")
    return evaluate("dev", WIRE).summary()


@pytest.mark.parametrize("metric", sorted(LIMITS))
def test_wire_set_stays_within_limits(figures: dict[str, float], metric: str) -> None:
    if metric.startswith("max_"):
        name = metric.removeprefix("max_")
        assert figures[name] <= LIMITS[metric], f"{name} {figures[name]:.3f} > ceiling {LIMITS[metric]}"
    else:
        assert figures[metric] >= LIMITS[metric], f"{metric} {figures[metric]:.3f} < floor {LIMITS[metric]}"
