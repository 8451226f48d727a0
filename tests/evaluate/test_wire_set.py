"""The wire sets (``benchmarks/gold/wire`` and the blind ``benchmarks/gold/wire_heldout``): our own articles
coded like the real-news gold, scored by its scorer.

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

GOLD = Path(__file__).parents[2] / "benchmarks" / "gold"
SETS = ("wire", "wire_heldout")


def _split(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((GOLD / name / "split.json").read_text(encoding="utf-8"))
    return loaded


def _parts(name: str) -> list[str]:
    return sorted(k for k in _split(name) if not k.startswith("_"))


PARTS = [(name, part) for name in SETS for part in _parts(name)]
PRECISIONS = {"exact", "district", "region", "country", "unknown"}
MODALITIES = {"reported", "alleged", "denied", "claimed"}
HEADER_KEYS = ("Title:", "Outlet:", "URL:")


def _records(gold: str, part: str) -> list[dict[str, Any]]:
    lines = (GOLD / gold / part / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _article(gold: str, part: str, name: str) -> str:
    return (GOLD / gold / part / "articles" / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("gold", SETS)
def test_each_set_has_parts_from_several_theatres(gold: str) -> None:
    assert len(_parts(gold)) >= 3, f"only {_parts(gold)}"


def test_the_held_out_set_is_only_scored() -> None:
    """Its articles are all in ``test``: rules are written reading ``dev`` only, so none was read."""
    split = _split("wire_heldout")
    assert all(not split[part]["dev"] and split[part]["test"] for part in _parts("wire_heldout"))


@pytest.mark.parametrize(("gold", "part"), PARTS)
def test_every_listed_article_exists_with_a_header(gold: str, part: str) -> None:
    names = _split(gold)[part]["dev"] + _split(gold)[part]["test"]
    assert len(names) == len(set(names))
    on_disk = {p.name for p in (GOLD / gold / part / "articles").glob("*.txt")}
    assert set(names) == on_disk
    for name in names:
        header = _article(gold, part, name).split("\n\n", 1)[0]
        assert all(key in header for key in HEADER_KEYS), name


@pytest.mark.parametrize(("gold", "part"), PARTS)
def test_every_anchor_is_in_its_article(gold: str, part: str) -> None:
    for record in _records(gold, part):
        if record["id"] == "neutral":
            texts = record["neutral"].items()
        else:
            texts = record["anchors"].items()
            assert set(record["articles"]) == set(record["anchors"]), record["id"]
        for name, anchors in texts:
            article = _article(gold, part, name)
            missing = [a for a in anchors if a not in article]
            assert not missing, f"{record['id']} {name}: {missing}"


@pytest.mark.parametrize(("gold", "part"), PARTS)
def test_events_use_the_scorers_values(gold: str, part: str) -> None:
    events = [r for r in _records(gold, part) if r["id"] != "neutral"]
    assert events and len({r["id"] for r in events}) == len(events)
    assert _records(gold, part)[-1]["id"] == "neutral"
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


@pytest.mark.parametrize("name", SETS)
def test_the_scorer_loads_the_whole_set(name: str) -> None:
    gold = load_split("all", GOLD / name)
    split = _split(name)
    listed = sum(len(split[p]["dev"]) + len(split[p]["test"]) for p in _parts(name))
    assert len(gold.articles) == listed
    assert all(path.is_file() for path in gold.articles.values())
    assert {e.articles[0].split("/")[0] for e in gold.events} == set(_parts(name))
