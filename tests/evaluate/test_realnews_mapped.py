"""The real-news report counts ACLED-scope rows with a place that an export could not map (issue 15)."""

from __future__ import annotations

from pathlib import Path

from sitreps.evaluate import realnews
from sitreps.evaluate.realnews_gold import GoldSet
from sitreps.evaluate.realnews_match import ArticleRows, Row
from sitreps.evaluate.realnews_scores import score_rows

STORY = (
    "Title: Gunmen raid market town\n\n"
    "KANO, Nigeria - Gunmen attacked a market in Kano on Monday, killing four traders, police said.\n"
    "Separately, soldiers clashed with militants near Maiduguri on Tuesday, the army said.\n"
)


def _rows(tmp_path: Path) -> tuple[list[Row], GoldSet, dict[str, ArticleRows]]:
    article = tmp_path / "a" / "articles" / "01_story.txt"
    article.parent.mkdir(parents=True)
    article.write_text(STORY, encoding="utf-8")
    gold = GoldSet(folder=tmp_path, articles={"a/01_story.txt": article}, events=[], neutral={})
    rows, articles = realnews.run_pipeline(gold, tmp_path)
    return rows, gold, articles


def test_placed_rows_with_points_count_as_mapped_and_a_lost_point_is_listed(tmp_path: Path) -> None:
    rows, gold, articles = _rows(tmp_path)
    placed = [r for r in rows if r.acled_scope and r.event.place is not None]
    assert placed, "the fiction's attacks should be placed rows"
    figures = score_rows(rows, articles, gold).summary()
    assert figures["placed_rows_mapped"] == 1.0
    assert figures["placed_rows_unmapped"] == 0.0

    first = placed[0]
    assert first.event.place is not None
    lost = first.event.place.model_copy(update={"lat": None, "lon": None, "geo_precision": None})
    broken = Row(first.event.model_copy(update={"place": lost}), first.mentions)
    report = score_rows([broken if r is first else r for r in rows], articles, gold)
    assert report.summary()["placed_rows_unmapped"] == 1.0
    assert report.summary()["placed_rows_mapped"] == 1.0 - 1 / len(placed)
    listing = report.render(verbose=True).split("Rows with a place but no point or geo_precision:")[1]
    assert repr(lost.text) in listing
