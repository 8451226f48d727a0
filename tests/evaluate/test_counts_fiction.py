"""benchmarks/counts_fiction.py: its gold reads, its toll rule is the scorer's, and a made-up item is scored.

The item below is fiction written for this test.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from benchmark_scripts import load_script

GOLD = Path(__file__).parents[2] / "benchmarks" / "gold" / "counts" / "fiction.jsonl"


@pytest.fixture(scope="module")
def fiction() -> ModuleType:
    load_script("benchmarks/actors_fiction.py")  # the siblings it imports, as it does when run from benchmarks/
    load_script("benchmarks/dates_fiction.py")
    return load_script("benchmarks/counts_fiction.py")


def test_the_gold_has_its_batches_and_a_pattern_per_item(fiction: ModuleType) -> None:
    items = fiction.read_gold(GOLD)
    assert len({i.id for i in items}) == len(items)
    # written before a round's fixes (first, third; round 14: sixth) and after them (second, fourth; round 13:
    # fifth; round 14: seventh)
    assert {i.batch for i in items} == {"first", "second", "third", "fourth", "fifth", "sixth", "seventh"}
    assert all(i.text and i.family and i.pattern and i.modality for i in items)


@pytest.mark.parametrize(("toll", "gold", "right"), [
    (None, None, True), (3, None, False), (None, (0, 0), True), (None, (2, 2), False),
    (12, (10, 15), True), (9, (10, 15), False),
])
def test_a_toll_is_right_as_the_real_news_scorer_says(fiction: ModuleType, toll: int | None,
                                                        gold: tuple[int, int] | None, right: bool) -> None:
    assert fiction.toll_right(toll, gold) is right


def test_the_pipeline_scores_a_made_up_item(fiction: ModuleType, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "id": "x1", "batch": "first", "pattern": "plain", "family": "violence_against_civilians",
        "text": "Gunmen shot dead four herders near the made-up village of Varno on Monday, police said.",
        "fatalities": [4, 4], "modality": "reported"}) + "\n", encoding="utf-8")
    (outcome,) = fiction.run(fiction.read_gold(gold))
    assert outcome.toll == 4 and outcome.toll_right and outcome.modality_right
    assert "ALL" in fiction.report([outcome], errors=True)
