"""Why two outlets' reports of one event stayed two rows: the linker's gate or the agreements its score missed,
counted by kind and naming no article (round 28, issue #16).

The two articles are fiction written for this test: one killing told by two outlets that date it a week apart,
which the linker's gate on two outlets' days keeps apart.
"""

from __future__ import annotations

from collections import Counter

import pytest

from sitreps.evaluate.realnews import run_pipeline
from sitreps.evaluate.realnews_gold import GoldEvent, GoldPlace, GoldSet
from sitreps.evaluate.realnews_kinds import error_kinds, render_kinds
from sitreps.evaluate.realnews_scores import score_rows
from sitreps.evaluate.realnews_unlinked import FIELD

ARTICLES = {
    "a/01_wire.txt": ("Title: Gunmen kill five villagers in Maiduguri\nPublished: 2024-03-04\n\n"
                      "Gunmen killed five villagers in Maiduguri on Saturday, police said.\n"),
    "a/02_local.txt": ("Title: Five villagers shot dead near Maiduguri\nPublished: 2024-03-20\n\n"
                       "Gunmen shot dead five villagers in Maiduguri on March 16, residents said on Tuesday.\n"),
}
MAIDUGURI = GoldPlace("Maiduguri", 11.85, 13.16, "exact", 15, "NG")


@pytest.fixture(scope="module")
def kinds(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], int]:
    pytest.importorskip("sentence_transformers", reason="linking is measured with sitreps[embeddings]")
    folder = tmp_path_factory.mktemp("unlinked")
    paths = {}
    for key, text in ARTICLES.items():
        path = folder / key.split("/")[0] / "articles" / key.split("/")[1]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths[key] = path
    gold_event = GoldEvent(
        id="A1", articles=tuple(ARTICLES), acled_codes=True, sub_event_types=frozenset({"Attack"}),
        sub_event_type="Attack", event_date="2024-03-02", date_precision="day", place=MAIDUGURI,
        fatalities=(5, 5), initiator_terms=("gunmen",), target_terms=("villager",), modality="reported",
        anchors={"a/01_wire.txt": ("Gunmen killed five villagers in Maiduguri",),
                 "a/02_local.txt": ("Gunmen shot dead five villagers in Maiduguri",)},
        description="")
    gold = GoldSet(folder=folder, articles=paths, events=[gold_event], neutral={})
    rows, articles = run_pipeline(gold, folder)
    return dict(error_kinds(score_rows(rows, articles, gold)))


def test_two_outlets_left_apart_are_counted_by_the_linkers_reason(kinds: dict[tuple[str, str], int]) -> None:
    assert kinds.get(("excess rows", "other outlets' reports left unlinked")) == 1, kinds
    reasons = {kind: count for (field, kind), count in kinds.items() if field == FIELD}
    assert sum(reasons.values()) == 1 and all(kind.startswith("gate: ") for kind in reasons), reasons


def test_the_reason_is_a_row_of_the_table_naming_no_article(kinds: dict[tuple[str, str], int]) -> None:
    table = render_kinds(Counter(kinds))
    assert f"| {FIELD} | gate: " in table and "Maiduguri" not in table and "villagers" not in table
