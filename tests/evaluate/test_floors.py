"""Accuracy gates: each held-out score stays at or above its recorded floor (benchmarks/floors/AREA.json).

The floors were set a few points below the figures measured when each stage
landed; a change that loses accuracy on the held-out gold fails CI here.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

FLOORS_DIR = Path(__file__).parents[2] / "benchmarks" / "floors"
# Areas scored on their held-out split through sitreps.evaluate.AREA.score("heldout");
# linking has its own gate (it needs the embedding model and has no "heldout" name).
AREAS = ("events", "resolve", "attribution", "places")


def _floors(area: str) -> dict[str, float]:
    data: dict[str, float] = json.loads((FLOORS_DIR / f"{area}.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@pytest.fixture(scope="module")
def measured() -> Callable[[str], dict[str, float]]:
    cache: dict[str, dict[str, float]] = {}

    def score(area: str) -> dict[str, float]:
        if area not in cache:
            cache[area] = importlib.import_module(f"sitreps.evaluate.{area}").score("heldout")
        return cache[area]

    return score


@pytest.mark.parametrize(("area", "metric"), [(a, m) for a in AREAS for m in sorted(_floors(a))])
def test_heldout_score_stays_above_floor(measured: Callable[[str], dict[str, float]], area: str,
                                         metric: str) -> None:
    value, floor = measured(area)[metric], _floors(area)[metric]
    assert value >= floor, f"{area} {metric} {value:.3f} < floor {floor}"


@pytest.mark.parametrize("area", AREAS)
def test_every_floor_names_a_measured_figure(measured: Callable[[str], dict[str, float]], area: str) -> None:
    assert set(_floors(area)) <= set(measured(area))
