"""Excess rows of one type in one article are counted by the agreement that kept them apart (round 27): on the
real-news test split most are two tellings of one incident placed at two towns far apart.

The article is fiction written for this test: its headline and lead put one killing in two cities 500 km apart,
and the gold anchors both to one event, so the two rows that stay apart are counted under "places".
"""

from __future__ import annotations

import pytest

from sitreps.evaluate.realnews import run_pipeline
from sitreps.evaluate.realnews_gold import GoldEvent, GoldPlace, GoldSet
from sitreps.evaluate.realnews_kinds import Kinds, error_kinds
from sitreps.evaluate.realnews_scores import score_rows

ARTICLE = ("Title: Gunmen kill five villagers in Maiduguri\nPublished: 2024-03-03\n\n"
           "Gunmen killed five villagers in Kano on Saturday, police said.\n")
MAIDUGURI = GoldPlace("Maiduguri", 11.85, 13.16, "exact", 15, "NG")


@pytest.fixture(scope="module")
def kinds(tmp_path_factory: pytest.TempPathFactory) -> Kinds:
    folder = tmp_path_factory.mktemp("kinds_apart")
    article = folder / "a" / "articles" / "01_story.txt"
    article.parent.mkdir(parents=True)
    article.write_text(ARTICLE, encoding="utf-8")
    gold_event = GoldEvent(
        id="A1", articles=("a/01_story.txt",), acled_codes=True, sub_event_types=frozenset({"Attack"}),
        sub_event_type="Attack", event_date="2024-03-02", date_precision="day", place=MAIDUGURI,
        fatalities=None, initiator_terms=("gunmen",), target_terms=(), modality="reported",
        anchors={"a/01_story.txt": ("Gunmen kill five villagers in Maiduguri", "Gunmen killed five villagers in Kano")},
        description="")
    gold = GoldSet(folder=folder, articles={"a/01_story.txt": article}, events=[gold_event], neutral={})
    rows, articles = run_pipeline(gold, folder)
    return error_kinds(score_rows(rows, articles, gold))


def test_two_tellings_in_two_towns_are_kept_apart_by_places(kinds: Kinds) -> None:
    assert kinds[("excess rows", "within one article, same type")] == 1, kinds
    assert kinds[("excess same type, kept apart by", "places: two local places beyond 25 km")] == 1, kinds
