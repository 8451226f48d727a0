"""Error kinds: each wrong field of a best row is counted by why it is wrong, naming no article.

The article is fiction written for this test; its gold is made wrong on purpose in every field, so
each field lands in a known kind through the real pipeline (ingest, process, link, match).
"""

from __future__ import annotations

import pytest

from sitreps.evaluate.realnews import run_pipeline
from sitreps.evaluate.realnews_gold import GoldEvent, GoldPlace, GoldSet
from sitreps.evaluate.realnews_kinds import Kinds, error_kinds, render_kinds
from sitreps.evaluate.realnews_scores import score_rows

ARTICLE = ("Title: Gunmen kill five in Maiduguri\n\n"
           "Gunmen killed five villagers in Maiduguri on Saturday, police said. The attackers fled on "
           "motorcycles.\n")
LAGOS = GoldPlace("Lagos", 6.45, 3.39, "exact", 10, "NG")


@pytest.fixture(scope="module")
def kinds(tmp_path_factory: pytest.TempPathFactory) -> Kinds:
    folder = tmp_path_factory.mktemp("kinds")
    article = folder / "a" / "articles" / "01_story.txt"
    article.parent.mkdir(parents=True)
    article.write_text(ARTICLE, encoding="utf-8")
    gold_event = GoldEvent(
        id="A1", articles=("a/01_story.txt",), acled_codes=True, sub_event_types=frozenset({"Armed clash"}),
        sub_event_type="Armed clash", event_date="2024-03-02", date_precision="day", place=LAGOS,
        fatalities=None, initiator_terms=("police",), target_terms=(), modality="claimed",
        anchors={"a/01_story.txt": ("Gunmen killed five villagers in Maiduguri on Saturday",)}, description="")
    gold = GoldSet(folder=folder, articles={"a/01_story.txt": article}, events=[gold_event], neutral={})
    rows, articles = run_pipeline(gold, folder)
    return error_kinds(score_rows(rows, articles, gold))


def test_each_wrong_field_is_counted_by_its_kind(kinds: Kinds) -> None:
    assert kinds[("sub_event_type", "Armed clash coded as Attack")] == 1
    assert kinds[("date", "missing (article has no publication date)")] == 1
    assert kinds[("fatalities", "toll where gold has none")] == 1
    assert kinds[("place", "beyond tolerance")] == 1
    assert kinds[("initiator", "wrong")] == 1
    assert kinds[("initiator wrong, by row type", "Attack")] == 1
    assert kinds[("initiator wrong, where from", "named in a sentence that tells the event")] == 1
    assert kinds[("target", "named where gold has none")] == 1
    assert kinds[("modality", "reported for claimed")] == 1


def test_the_table_names_kinds_and_counts_only(kinds: Kinds) -> None:
    table = render_kinds(kinds)
    assert "| date | missing (article has no publication date) | 1 |" in table
    assert "Maiduguri" not in table and "villagers" not in table
    fields = [line.split(" | ")[0].strip("| ") for line in table.splitlines()[2:]]
    assert fields == sorted(fields, key=["sub_event_type", "place", "date", "fatalities", "initiator",
                                         "initiator wrong, by row type", "initiator wrong, where from", "target",
                                         "target wrong, by row type", "target wrong, where from",
                                         "modality", "excess rows", "excess types",
                                         "excess same type, kept apart by"].index)
