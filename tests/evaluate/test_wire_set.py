"""The wire set (``benchmarks/gold/wire``): our own articles coded like the real-news gold, scored by its scorer.

Gold that does not match its articles would score the pipeline against nothing: every anchor must be
an exact substring of the article it names, every article listed in ``split.json`` must exist and be
coded, and each event's fields must use the values the scorer knows. The last test runs the scorer
on one part, so the set stays readable by the code that measures it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sitreps.evaluate.realnews_gold import load_split

WIRE = Path(__file__).parents[2] / "benchmarks" / "gold" / "wire"
SPLIT = json.loads((WIRE / "split.json").read_text(encoding="utf-8"))
PARTS = sorted(k for k in SPLIT if not k.startswith("_"))
PRECISIONS = {"exact", "district", "region", "country", "unknown"}
MODALITIES = {"reported", "alleged", "denied", "claimed"}
HEADER_KEYS = ("Title:", "Outlet:", "URL:")


def _records(part: str) -> list[dict[str, Any]]:
    lines = (WIRE / part / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _article(part: str, name: str) -> str:
    return (WIRE / part / "articles" / name).read_text(encoding="utf-8")


def test_the_set_has_parts_from_several_theatres() -> None:
    assert len(PARTS) >= 3, f"only {PARTS}"


@pytest.mark.parametrize("part", PARTS)
def test_every_listed_article_exists_with_a_header(part: str) -> None:
    names = SPLIT[part]["dev"] + SPLIT[part]["test"]
    assert len(names) == len(set(names))
    on_disk = {p.name for p in (WIRE / part / "articles").glob("*.txt")}
    assert set(names) == on_disk
    for name in names:
        header = _article(part, name).split("\n\n", 1)[0]
        assert all(key in header for key in HEADER_KEYS), name


@pytest.mark.parametrize("part", PARTS)
def test_every_anchor_is_in_its_article(part: str) -> None:
    for record in _records(part):
        if record["id"] == "neutral":
            texts = record["neutral"].items()
        else:
            texts = record["anchors"].items()
            assert set(record["articles"]) == set(record["anchors"]), record["id"]
        for name, anchors in texts:
            article = _article(part, name)
            missing = [a for a in anchors if a not in article]
            assert not missing, f"{record['id']} {name}: {missing}"


@pytest.mark.parametrize("part", PARTS)
def test_events_use_the_scorers_values(part: str) -> None:
    events = [r for r in _records(part) if r["id"] != "neutral"]
    assert events and len({r["id"] for r in events}) == len(events)
    assert _records(part)[-1]["id"] == "neutral"
    for record in events:
        assert record["modality"] in MODALITIES, record["id"]
        place = record.get("place")
        if place:
            assert place["precision"] in PRECISIONS, record["id"]
            if place.get("lat") is not None:
                assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180, record["id"]
        fatalities = record.get("fatalities")
        if fatalities:
            assert 0 <= fatalities["low"] <= fatalities["high"], record["id"]


def test_the_scorer_loads_the_whole_set() -> None:
    gold = load_split("all", WIRE)
    listed = sum(len(SPLIT[p]["dev"]) + len(SPLIT[p]["test"]) for p in PARTS)
    assert len(gold.articles) == listed
    assert all(path.is_file() for path in gold.articles.values())
    assert {e.articles[0].split("/")[0] for e in gold.events} == set(PARTS)
