"""Quotes and claims must not fall below their recorded floors (benchmarks/floors/attribution.json)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from sitreps.evaluate.attribution import load_gold, score

ROOT = Path(__file__).parents[2]
FLOORS = json.loads((ROOT / "benchmarks" / "floors" / "attribution.json").read_text())
# The gold set must stay large enough to mean something, with about 40% held out.
MIN_ARTICLES = 60
HELDOUT_SHARE = (0.3, 0.5)


@pytest.fixture(scope="module")
def heldout() -> dict[str, float]:
    return score("heldout")


@pytest.mark.parametrize("metric", sorted(k for k in FLOORS if not k.startswith("_")))
def test_heldout_score_stays_above_floor(heldout: dict[str, float], metric: str) -> None:
    assert heldout[metric] >= FLOORS[metric], f"{metric} {heldout[metric]:.3f} < floor {FLOORS[metric]}"


def test_gold_set_is_large_split_and_valid() -> None:
    articles = load_gold("all")
    share = sum(a["split"] == "heldout" for a in articles) / len(articles)
    assert len(articles) >= MIN_ARTICLES
    assert HELDOUT_SHARE[0] <= share <= HELDOUT_SHARE[1]
    path = ROOT / "benchmarks" / "gold" / "attribution" / "validate.py"
    spec = importlib.util.spec_from_file_location("validate_attribution_gold", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.problems() == []
