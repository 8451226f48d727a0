"""The attribution gold set: large, split and valid (floors: test_floors.py)."""

from __future__ import annotations

from benchmark_scripts import load_script

from sitreps.evaluate.attribution import load_gold

# The gold set must stay large enough to mean something, with about 40% held out.
MIN_ARTICLES = 60
HELDOUT_SHARE = (0.3, 0.5)


def test_gold_set_is_large_split_and_valid() -> None:
    articles = load_gold("all")
    share = sum(a["split"] == "heldout" for a in articles) / len(articles)
    assert len(articles) >= MIN_ARTICLES
    assert HELDOUT_SHARE[0] <= share <= HELDOUT_SHARE[1]
    assert load_script("benchmarks/gold/attribution/validate.py").problems() == []
