"""benchmarks/target_articles.py: its gold reads, every cue is words of its article, and a made-up
article goes through the pipeline with each event scored. The article below is fiction written for this
test."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from benchmark_scripts import load_script

GOLDS = sorted((Path(__file__).parents[2] / "benchmarks" / "gold" / "actors" / "target_articles").glob("*.jsonl"))


@pytest.fixture(scope="module")
def articles() -> ModuleType:
    return load_script("benchmarks/target_articles.py")


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.name)
def test_each_event_is_told_in_its_article(articles: ModuleType, path: Path) -> None:
    read = articles.read_gold(path)
    assert read and len({a.id for a in read}) == len(read)
    assert all(e.cue in a.text and e.family for a in read for e in a.events)


def test_the_pipeline_scores_a_made_up_article(articles: ModuleType, tmp_path: Path) -> None:
    text = ("Four herders were shot dead by gunmen near the made-up village of Varno on Monday, police said. "
            "Later, hundreds of residents marched peacefully in the town.")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "x1", "format": "wire", "text": text, "events": [
        {"cue": "were shot dead", "family": "violence_against_civilians", "target_terms": ["herder"]},
        {"cue": "no such words", "family": "protest", "target_terms": []}]}) + "\n", encoding="utf-8")
    outcomes = articles.run(articles.read_gold(gold))
    assert [o.right for o in outcomes] == [True, True]
    assert outcomes[1].row_type is None  # a cue the article lacks finds no row: right only as "nobody"
    assert "events 2" in articles.report(outcomes, errors=True)
