"""The resolve stage must not fall below its recorded accuracy floors (benchmarks/floors/resolve.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitreps.evaluate.resolve import score

FLOORS = json.loads((Path(__file__).parents[2] / "benchmarks" / "floors" / "resolve.json").read_text())


@pytest.fixture(scope="module")
def heldout() -> dict[str, float]:
    return score("heldout")


@pytest.mark.parametrize("metric", sorted(k for k in FLOORS if not k.startswith("_")))
def test_heldout_score_stays_above_floor(heldout: dict[str, float], metric: str) -> None:
    assert heldout[metric] >= FLOORS[metric], f"{metric} {heldout[metric]:.3f} < floor {FLOORS[metric]}"


def test_gold_sets_are_large_and_split() -> None:
    folder = Path(__file__).parents[2] / "benchmarks" / "gold" / "resolve"
    for name in ("places.jsonl", "times.jsonl", "actors.jsonl"):
        rows = [json.loads(line) for line in (folder / name).read_text().splitlines() if line.strip()]
        heldout = sum(r["split"] == "heldout" for r in rows)
        assert len(rows) >= 110, name
        assert 0.3 <= heldout / len(rows) <= 0.5, name
