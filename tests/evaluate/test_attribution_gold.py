"""The attribution gold set: large, split and valid (floors: test_floors.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sitreps.evaluate.attribution import load_gold

ROOT = Path(__file__).parents[2]
# The gold set must stay large enough to mean something, with about 40% held out.
MIN_ARTICLES = 60
HELDOUT_SHARE = (0.3, 0.5)


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
