"""The figures of benchmarks/finetune_probe.py: top-1 and thresholded F1 of sentence typing."""

from __future__ import annotations

import numpy as np
import pytest
from benchmark_scripts import load_script

TYPES = ["armed_clash", "arrest", "peaceful_protest"]


@pytest.fixture(scope="module")
def probe():
    return load_script("benchmarks/finetune_probe.py")


def test_a_perfect_model_scores_one(probe) -> None:
    gold = [["armed_clash"], ["arrest"], []]
    probabilities = np.array([[0.9, 0.1, 0.0], [0.2, 0.8, 0.1], [0.1, 0.2, 0.3]])
    scores = probe.type_scores(probabilities, gold, TYPES)
    assert scores["top1"] == 1.0 and scores["micro_f1"] == 1.0 and scores["macro_f1"] == 1.0
    assert scores["event_sentences"] == 2 and scores["sentences"] == 3


def test_right_ranking_under_the_threshold_counts_for_top1_only(probe) -> None:
    gold = [["armed_clash"], ["arrest"]]
    probabilities = np.array([[0.4, 0.1, 0.0], [0.2, 0.45, 0.1]])
    scores = probe.type_scores(probabilities, gold, TYPES)
    assert scores["top1"] == 1.0 and scores["micro_f1"] == 0.0


def test_macro_averages_only_over_labelled_types(probe) -> None:
    # armed_clash right, arrest missed, peaceful_protest never labelled: macro over two types
    gold = [["armed_clash"], ["arrest"]]
    probabilities = np.array([[0.9, 0.1, 0.0], [0.2, 0.1, 0.0]])
    scores = probe.type_scores(probabilities, gold, TYPES)
    assert scores["macro_f1"] == pytest.approx(0.5)
    assert scores["micro_f1"] == pytest.approx(2 / 3)
