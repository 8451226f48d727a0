"""The resolve gold sets: large enough and split (floors: test_floors.py)."""

from __future__ import annotations

import json
from pathlib import Path


def test_gold_sets_are_large_and_split() -> None:
    folder = Path(__file__).parents[2] / "benchmarks" / "gold" / "resolve"
    for name in ("places.jsonl", "times.jsonl", "actors.jsonl"):
        rows = [json.loads(line) for line in (folder / name).read_text().splitlines() if line.strip()]
        heldout = sum(r["split"] == "heldout" for r in rows)
        assert len(rows) >= 110, name
        assert 0.3 <= heldout / len(rows) <= 0.5, name
