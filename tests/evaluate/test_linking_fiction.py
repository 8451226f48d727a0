"""The linking fiction benchmark: its B-cubed and its choice of an article's main row.

The batches themselves run the whole pipeline (half a minute each) and are scored by
``python benchmarks/linking_fiction.py``; here its arithmetic and its reading of rows are pinned
on small hand-built cases, and every batch's key file is checked against its articles."""

from __future__ import annotations

import json
from types import ModuleType

import pytest
from benchmark_scripts import ROOT, load_script

from sitreps.models import Document, EventMention, Span


@pytest.fixture(scope="module")
def fiction() -> ModuleType:
    return load_script("benchmarks/linking_fiction.py")


def test_bcubed_of_a_perfect_and_of_a_merged_clustering(fiction: ModuleType) -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    assert fiction.bcubed({"a": "1", "b": "1", "c": "2"}, gold) == (1.0, 1.0, 1.0)
    p, r, _ = fiction.bcubed({"a": "1", "b": "1", "c": "1"}, gold)
    assert r == 1.0 and p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)
    p, r, _ = fiction.bcubed({"a": "1", "b": "2", "c": "3"}, gold)
    assert p == 1.0 and r == pytest.approx((1 / 2 + 1 / 2 + 1) / 3)


def test_an_article_with_no_event_is_a_row_of_its_own(fiction: ModuleType) -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    rows = fiction.scored_rows({"a": "1", "c": "2"}, gold)
    assert rows == {"a": "1", "b": "none:b", "c": "2"}
    p, r, _ = fiction.bcubed(rows, gold)
    assert p == 1.0 and r == pytest.approx((1 / 2 + 1 / 2 + 1) / 3)


def _mention(text: str, index: int, word: str) -> EventMention:
    start = text.index(word)
    return EventMention(id=f"d:m{index}", type="armed_clash", acled=None, plover=None, cameo=None,
                        trigger=Span.of(text, start, start + len(word)), sentence=Span.of(text, 0, len(text)),
                        actors=[], counts=[], place=None, time=None, confidence=0.9)


def test_the_main_row_holds_most_of_the_lead_reports_ties_to_the_earliest(fiction: ModuleType) -> None:
    text = "Soldiers clashed with rebels and shelled the hills on Monday."
    document = Document(id="d", text=text, events=[_mention(text, 0, "clashed"), _mention(text, 1, "shelled")])
    assert fiction.main_row(document, {"d:m0": "row-1", "d:m1": "row-2"}) == "row-1"
    assert fiction.main_row(document, {"d:m0": "row-1", "d:m1": "row-1"}) == "row-1"
    assert fiction.main_row(document, {}) is None


FICTION = ROOT / "benchmarks/gold/linking_fiction"
TELLINGS = sorted(FICTION.glob("*.tellings.json"))


@pytest.mark.parametrize("key", sorted(set(FICTION.glob("*.json")) - set(TELLINGS)), ids=lambda p: p.stem)
def test_every_batch_key_names_exactly_its_articles(key) -> None:
    names = set(json.loads(key.read_text(encoding="utf-8")))
    articles = {p.stem for p in (key.parent / key.stem).glob("*.txt")}
    assert names == articles and len(names) >= 10


@pytest.mark.parametrize("key", TELLINGS, ids=lambda p: p.stem)
def test_every_tellings_word_is_in_its_article(key) -> None:
    batch = FICTION / key.name.removesuffix(".tellings.json")
    for name, pairs in json.loads(key.read_text(encoding="utf-8")).items():
        text = (batch / f"{name}.txt").read_text(encoding="utf-8")
        for words in pairs.get("together", []) + pairs.get("apart", []):
            assert len(words) == 2 and all(w in text for w in words), (name, words)
