"""Real-news accuracy gates: the linked event rows on the real-news test split stay above their floors.

The set is third-party text outside the repository (``../shared/realnews-dev``, found
through the ``realnews_folder`` fixture): on a user's clone without it these tests skip
with one line; in CI (``CI=true``) a missing set fails, so the gate can never silently
stop guarding.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from realnews_figures import MEASURED

from sitreps.evaluate.realnews import evaluate
from sitreps.evaluate.realnews_gold import load_split
from sitreps.evaluate.realnews_scores import Report

FLOORS_FILE = Path(__file__).parents[2] / "benchmarks" / "floors" / "realnews.json"
LIMITS = {k: v for k, v in json.loads(FLOORS_FILE.read_text(encoding="utf-8")).items() if not k.startswith("_")}


@pytest.fixture(scope="module")
def reports(realnews_folder: Path) -> dict[str, Report]:
    pytest.importorskip("sentence_transformers", reason="the floors are measured with sitreps[embeddings]")
    measured = {split: evaluate(split, realnews_folder) for split in ("dev", "test")}
    MEASURED.update({split: r.summary() for split, r in measured.items()})
    return measured


@pytest.mark.parametrize("metric", sorted(LIMITS))
def test_test_split_stays_within_limits(reports: dict[str, Report], metric: str) -> None:
    figures = reports["test"].summary()
    if metric.startswith("max_"):
        name = metric.removeprefix("max_")
        assert figures[name] <= LIMITS[metric], f"{name} {figures[name]:.3f} > ceiling {LIMITS[metric]}"
    else:
        assert figures[metric] >= LIMITS[metric], f"{metric} {figures[metric]:.3f} < floor {LIMITS[metric]}"


def test_every_article_is_processed_and_every_anchor_found(reports: dict[str, Report]) -> None:
    for report in reports.values():
        assert all(info.document is not None for info in report.articles.values())
        assert [a for info in report.articles.values() for a in info.missing_anchors] == []


def test_split_keeps_articles_of_one_event_together(realnews_folder: Path) -> None:
    dev, test = load_split("dev", realnews_folder), load_split("test", realnews_folder)
    assert set(dev.articles).isdisjoint(test.articles)
    for event in load_split("all", realnews_folder).events:
        sides = {("dev" if a in dev.articles else "test") for a in event.articles}
        assert len(sides) == 1, f"{event.id} is split across dev and test"
