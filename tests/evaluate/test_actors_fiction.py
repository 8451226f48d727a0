"""benchmarks/actors_fiction.py: its gold reads, and a made-up item goes through the pipeline and is scored.

The items below are fiction written for this test.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from benchmark_scripts import load_script

from sitreps.models import Role

GOLDS = sorted((Path(__file__).parents[2] / "benchmarks" / "gold" / "actors").glob("*.jsonl"))


@pytest.fixture(scope="module")
def fiction() -> ModuleType:
    return load_script("benchmarks/actors_fiction.py")


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.name)
def test_each_gold_item_names_a_family_a_pattern_and_both_roles(fiction: ModuleType, path: Path) -> None:
    items = fiction.read_gold(path)
    assert len(items) >= 10 and len({i.id for i in items}) == len(items)
    assert all(i.text and i.family and i.pattern and set(i.terms) == {Role.INITIATOR, Role.TARGET} for i in items)


def test_the_pipeline_scores_a_made_up_item(fiction: ModuleType, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "id": "x1", "pattern": "passive_agent", "family": "violence_against_civilians",
        "text": "Four herders were shot dead by gunmen near the made-up village of Varno on Monday, police said.",
        "initiator_terms": ["gunmen"], "target_terms": None}) + "\n", encoding="utf-8")
    (outcome,) = fiction.run(fiction.read_gold(gold))
    assert outcome.right[Role.INITIATOR] is True and outcome.right[Role.TARGET] is None
    assert "ALL" in fiction.report([outcome], errors=True)
