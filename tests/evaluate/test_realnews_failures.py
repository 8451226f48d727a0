"""The real-news scorer stops on a pipeline failure instead of printing figures over part of the set."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitreps import api
from sitreps.errors import EvaluationError
from sitreps.evaluate import realnews
from sitreps.evaluate.realnews_gold import GoldSet


def test_a_failed_article_stops_the_evaluation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "a" / "articles" / "01_story.txt"
    article.parent.mkdir(parents=True)
    article.write_text("Title: A story\n\nGunmen attacked a market in Kuno on Monday, police said.\n", encoding="utf-8")
    gold = GoldSet(folder=tmp_path, articles={"a/01_story.txt": article}, events=[], neutral={})

    def broken_process(**_: object) -> api.ProcessReport:
        return api.ProcessReport(processed=0, failed=1, failures=[("doc_1", "annotation crashed")])

    monkeypatch.setattr(api, "process", broken_process)
    with pytest.raises(EvaluationError, match=r"1 of the split's articles failed.*annotation crashed"):
        realnews.run_pipeline(gold, tmp_path)
