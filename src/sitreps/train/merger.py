"""Fitting the same-incident merger (``extract.same_incident``) and choosing its threshold.

A logistic regression over standardised pair features, fitted by full-batch gradient descent (convex, no
shuffle: the same pairs give the same weights on every run), numpy only, so the default install can
retrain it. The penalty and the threshold are chosen by leave-articles-out cross-validation: every
article's pairs are scored by a model fitted without that article, and the threshold that best joins
one incident's tellings without joining two incidents (F0.5: a wrong join costs a row's fields and
recall, a missed one only an extra row) is kept. Hard conflicts are never joined, so the pairs hold none
(``train.merger_data``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sitreps.extract.pair_features import FEATURES
from sitreps.extract.same_incident import Merger
from sitreps.train.merger_data import Pairs

SEED = 22
MERGER_OUT = Path("src/sitreps/data/models/merger.npz")
FOLDS = 5
# Penalties tried (on standardised features, per pair); the cross-validated log-loss picks one. Ten times
# the largest diverges at this step size and would leave the model saying nothing on 169 pairs anyway.
PENALTIES = (0.01, 0.1, 1.0)
STEPS = 2000
LEARNING_RATE = 0.5
# Thresholds tried: a merge must be more likely than not, and no threshold above this many is needed.
THRESHOLDS = tuple(np.round(np.arange(0.5, 0.96, 0.05), 2))
# F0.5 weighs precision of the joins twice as much as their recall.
BETA = 0.5
MIN_SCALE = 1e-6  # below this spread a feature is constant on the training pairs: it keeps its raw value


@dataclass(frozen=True)
class CrossValidated:
    """The chosen penalty and threshold and the out-of-fold figures of the joins at that threshold."""

    penalty: float
    threshold: float
    log_loss: float
    precision: float
    recall: float
    pairs: int
    positives: int


def fit(pairs: Pairs, penalty: float, threshold: float = 0.5) -> Merger:
    """Minimise the mean logistic loss plus ``penalty`` / 2 times the squared weights."""
    mean = pairs.rows.mean(axis=0)
    spread = pairs.rows.std(axis=0)
    scale = np.where(spread < MIN_SCALE, 1.0, spread)
    x = (pairs.rows - mean) / scale
    weights = np.zeros(x.shape[1])
    bias = 0.0
    for _ in range(STEPS):
        error = 1.0 / (1.0 + np.exp(-(x @ weights + bias))) - pairs.labels
        weights -= LEARNING_RATE * (x.T @ error / len(x) + penalty * weights)
        bias -= LEARNING_RATE * float(error.mean())
    return Merger(mean, scale, weights, bias, threshold)


def _subset(pairs: Pairs, keep: np.ndarray) -> Pairs:
    return Pairs(pairs.rows[keep], pairs.labels[keep], pairs.stories[keep])


def out_of_fold(pairs: Pairs, penalty: float, seed: int = SEED) -> np.ndarray:
    """Each pair's probability from a model fitted without its article (articles dealt into ``FOLDS``)."""
    stories = np.unique(pairs.stories)
    fold_of = dict(zip(np.random.default_rng(seed).permutation(stories), np.arange(len(stories)) % FOLDS,
                       strict=True))
    folds = np.asarray([fold_of[s] for s in pairs.stories])
    scores = np.zeros(len(pairs.labels))
    for fold in range(FOLDS):
        held = folds == fold
        if held.any() and (~held).any():
            scores[held] = fit(_subset(pairs, ~held), penalty).probabilities(pairs.rows[held])
    return scores


def _joins(scores: np.ndarray, pairs: Pairs, threshold: float) -> tuple[float, float]:
    """Precision and recall of joining the pairs that clear the threshold."""
    joined = scores >= threshold
    right = float((joined & (pairs.labels == 1)).sum())
    return right / max(joined.sum(), 1), right / max((pairs.labels == 1).sum(), 1)


def _f_beta(precision: float, recall: float) -> float:
    return (1 + BETA ** 2) * precision * recall / max(BETA ** 2 * precision + recall, 1e-12)


def cross_validate(pairs: Pairs, seed: int = SEED) -> CrossValidated:
    """The penalty of least out-of-fold log-loss, then the threshold of best out-of-fold F0.5."""
    losses = {}
    for penalty in PENALTIES:
        scores = np.clip(out_of_fold(pairs, penalty, seed), 1e-9, 1 - 1e-9)
        losses[penalty] = (float(-np.mean(pairs.labels * np.log(scores) + (1 - pairs.labels) * np.log(1 - scores))),
                           scores)
    penalty = min(PENALTIES, key=lambda p: losses[p][0])
    loss, scores = losses[penalty]
    threshold = max(THRESHOLDS, key=lambda t: (_f_beta(*_joins(scores, pairs, float(t))), t))
    precision, recall = _joins(scores, pairs, float(threshold))
    return CrossValidated(penalty, float(threshold), loss, precision, recall, len(pairs.labels),
                          int(pairs.labels.sum()))


def save_merger(path: Path, model: Merger) -> None:
    """Write the model where ``extract.same_incident.read_merger`` reads it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, features=np.asarray(FEATURES), mean=model.mean, scale=model.scale, weights=model.weights,
             bias=np.float64(model.bias), threshold=np.float64(model.threshold))


def train_merger(pairs: Pairs, out: Path, seed: int = SEED) -> CrossValidated:
    """Cross-validate, fit on all the pairs with the chosen penalty and threshold, and write the model."""
    chosen = cross_validate(pairs, seed)
    save_merger(out, fit(pairs, chosen.penalty, chosen.threshold))
    return chosen
