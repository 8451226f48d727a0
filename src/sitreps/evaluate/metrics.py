"""Precision, recall and F1 tallies shared by the scorers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sitreps.errors import ConfigError


@dataclass
class Tally:
    """True positives, false positives and false negatives of one category."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


def macro_f1(tallies: dict[str, Tally]) -> float:
    """Mean F1 over categories that occur in gold or predictions."""
    used = [t for t in tallies.values() if t.tp + t.fp + t.fn]
    return sum(t.f1 for t in used) / len(used) if used else 0.0


def gold_dir(area: str) -> Path:
    """The gold set folder of an area in a source checkout (benchmarks/gold/AREA)."""
    folder = Path(__file__).resolve().parents[3] / "benchmarks" / "gold" / area
    if not folder.is_dir():
        raise ConfigError(f"gold set {folder} not found: evaluation runs from a source checkout of sitreps")
    return folder
