"""Linking must not fall below its recorded accuracy floors (benchmarks/floors/linking.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitreps.evaluate.linking import bcubed, load_gold, score

FLOORS = json.loads((Path(__file__).parents[2] / "benchmarks" / "floors" / "linking.json").read_text())


@pytest.fixture(scope="module")
def measured() -> dict[str, float]:
    pytest.importorskip("sentence_transformers", reason="the floors are measured with sitreps[embeddings]")
    return score()


@pytest.mark.parametrize("metric", sorted(k for k in FLOORS if not k.startswith("_")))
def test_score_stays_above_floor(measured: dict[str, float], metric: str) -> None:
    assert measured[metric] >= FLOORS[metric], f"{metric} {measured[metric]:.3f} < floor {FLOORS[metric]}"


def test_gold_set_is_large_varied_and_split() -> None:
    gold = load_gold()
    sizes = [sum(k == key for k in gold.event_of.values()) for key in gold.events]
    assert len(gold.events) >= 12
    assert sum(2 <= n <= 6 for n in sizes) >= 12
    assert {e["split"] for e in gold.events.values()} == {"dev", "test"}
    assert len({d.outlet for d in gold.documents}) >= 10


def test_bcubed_punishes_both_kinds_of_error() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    assert bcubed(gold, gold) == (1.0, 1.0, 1.0)
    merged_p, _, _ = bcubed({"a": "x", "b": "x", "c": "x"}, gold)
    _, split_r, _ = bcubed({"a": "x", "b": "y", "c": "z"}, gold)
    assert merged_p < 1.0 and split_r < 1.0
