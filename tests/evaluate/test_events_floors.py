"""Event extraction must not fall below its recorded heldout floors (benchmarks/floors/events.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitreps.evaluate.events import load_gold, score

FLOORS = json.loads((Path(__file__).parents[2] / "benchmarks" / "floors" / "events.json").read_text())
# The held-out split must stay large enough for its figures to mean something.
MIN_HELDOUT_ITEMS = 80


@pytest.fixture(scope="module")
def heldout() -> dict[str, float]:
    return score("heldout")


@pytest.mark.parametrize("metric", sorted(k for k in FLOORS if not k.startswith("_")))
def test_heldout_score_stays_above_floor(heldout: dict[str, float], metric: str) -> None:
    assert heldout[metric] >= FLOORS[metric], f"{metric} {heldout[metric]:.3f} < floor {FLOORS[metric]}"


def test_every_headline_figure_has_a_floor(heldout: dict[str, float]) -> None:
    assert set(heldout) == {k for k in FLOORS if not k.startswith("_")}


def test_heldout_split_is_large_and_apart_from_dev() -> None:
    heldout, dev = load_gold("heldout"), load_gold("dev")
    assert len(heldout) >= MIN_HELDOUT_ITEMS
    assert not {i["text"] for i in heldout} & {i["text"] for i in dev}
