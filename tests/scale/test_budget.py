"""A document over its budget (length or time) is marked failed with a reason; the queue moves on."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

import pytest

from scale.articles import article, write_articles
from sitreps import api, pipeline
from sitreps.budget import BudgetExceeded, DocumentBudget
from sitreps.errors import ConfigError
from sitreps.ingest.documents import build_item
from sitreps.ingest.records import Article
from sitreps.models import Document, DocumentStatus


def long_text(chars: int) -> str:
    """One long report made of many distinct test articles' bodies."""
    parts, index = [], 0
    while sum(map(len, parts)) < chars:
        parts.append(article(index).split("\n\n", 1)[1])
        index += 1
    return "Title: A very long report\n\n" + "\n\n".join(parts)


def document(text: str) -> Document:
    return build_item(Article(text=text, raw=text.encode(), source="test.txt")).document


def test_a_document_over_the_length_limit_fails_and_the_others_are_processed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "budget.db"
    paths = write_articles(tmp_path / "in", 3)
    (tmp_path / "in" / "huge.txt").write_text(long_text(3_000), encoding="utf-8")
    api.ingest([*paths, tmp_path / "in" / "huge.txt"], db=db)
    monkeypatch.setenv("SITREPS_MAX_CHARS", "2000")
    report = api.process(db=db)
    assert (report.processed, report.failed) == (3, 1)
    [(_, reason)] = report.failures
    assert reason.startswith("too long to process:") and "the limit is 2,000" in reason
    assert "SITREPS_MAX_CHARS" in reason
    assert api.pending_count(db=db) == 0  # nothing left to block the next run


def test_a_document_outliving_the_time_budget_fails_and_the_next_is_processed() -> None:
    # 80,000 characters take several seconds of analysis even on a fast, idle machine (benchmarks/integrity.py),
    # far beyond half a second; a short article takes a few hundredths.
    slow, quick = document(long_text(80_000)), document(article(1))
    results = list(pipeline.process([slow, quick], budget=DocumentBudget(max_chars=0, seconds=0.5)))
    by_id = {d.id: d for d in results}
    assert by_id[slow.id].status is DocumentStatus.FAILED
    assert by_id[slow.id].status_reason == DocumentBudget(seconds=0.5).overrun_reason()
    assert by_id[quick.id].status is DocumentStatus.PROCESSED and by_id[quick.id].events


def test_an_alarm_whose_exception_is_dropped_still_stops_the_document() -> None:
    # the interpreter drops an exception raised in a garbage-collector callback; the suppress below
    # stands for it, and the block then ends normally
    budget = DocumentBudget(max_chars=0, seconds=0.05)
    with pytest.raises(BudgetExceeded), budget.deadline(), contextlib.suppress(BudgetExceeded):
        time.sleep(5)  # interrupted by the alarm


def test_budget_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREPS_MAX_CHARS", "0")
    monkeypatch.setenv("SITREPS_DOCUMENT_SECONDS", "2.5")
    assert DocumentBudget.from_env() == DocumentBudget(max_chars=0, seconds=2.5)
    assert DocumentBudget(max_chars=0).too_long("x" * 10_000_000) is None
    monkeypatch.setenv("SITREPS_DOCUMENT_SECONDS", "soon")
    with pytest.raises(ConfigError, match="SITREPS_DOCUMENT_SECONDS='soon' is not a number"):
        DocumentBudget.from_env()
