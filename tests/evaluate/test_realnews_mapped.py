"""The real-news report counts ACLED-scope rows with a place that an export could not map (issue 15)."""

from __future__ import annotations

from pathlib import Path

from sitreps.evaluate import realnews
from sitreps.evaluate.realnews_gold import GoldSet, _event
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


def test_verbose_lists_the_rows_beyond_an_events_best_one(tmp_path: Path) -> None:
    """Two rows anchored to one gold event: the one not chosen as best is listed with its trigger, so the
    retellings that keep rows per event above 1 can be read on dev."""
    rows, gold, articles = _rows(tmp_path)
    told = [r for r in rows if r.acled_scope]
    assert len(told) >= 2, "the fiction's two incidents should be two rows"
    record = {"id": "X1", "articles": ["01_story.txt"], "acled_codes": True, "acled_sub_event_type": "Attack",
              "anchors": {"01_story.txt": ["Gunmen attacked a market", "soldiers clashed with militants"]}}
    one_event = GoldSet(folder=tmp_path, articles=gold.articles, events=[_event("a", record)], neutral={})
    rows, articles = realnews.run_pipeline(one_event, tmp_path)
    listing = score_rows(rows, articles, one_event).render(verbose=True).split(
        "Rows beyond the best of each found event (retellings left apart):")[1].split("\n\n")[0]
    assert listing.count("- X1 best ") == 1
    assert "trigger 'clashed'" in listing or "trigger 'attacked'" in listing
