"""Fitting the event model: one-vs-rest logistic regression by AdaGrad over hashed features,
and over each sentence's best-matching word vector per type when word vectors are given.

numpy only, with a seeded shuffle, so the same inputs give the same weights on every
run and the default install can retrain. The features are ``extract.features``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from sitreps.extract.features import HASH_BUCKETS

# Chosen on the gold dev split with the model trained without it (docs/accuracy.md):
# step 0.2 for 30 passes gave the hybrid dev precision 0.81 at recall 0.77, against 0.78 at
# 0.80 for step 0.5 and 12 passes; a ten times stronger penalty left the model adding nothing.
EPOCHS = 30
BATCH_SIZE = 32
LEARNING_RATE = 0.2
L2 = 1e-5
ADAGRAD_EPSILON = 1e-6
# The type directions start small and random (seeded): from zeros every type's best match would
# be the first word of each sentence, the same for all types.
DENSE_INIT_SCALE = 0.01


@dataclass(frozen=True)
class Fitted:
    """Dense weights (buckets x types), biases, and the types' word-vector directions (dims x types) if any."""

    weights: np.ndarray
    bias: np.ndarray
    dense: np.ndarray | None = None


def _adagrad(params: np.ndarray, grad: np.ndarray, grad_sq: np.ndarray) -> None:
    grad_sq += grad ** 2
    params -= LEARNING_RATE * grad / (np.sqrt(grad_sq) + ADAGRAD_EPSILON)


def _best_words(words: Sequence[np.ndarray], dense: np.ndarray) -> tuple[np.ndarray, list[np.ndarray | None]]:
    """Per sentence and type: the best word's score (``word_vectors.best_match``) and which word it was."""
    scores: list[np.ndarray] = []
    picks: list[np.ndarray | None] = []
    columns = np.arange(dense.shape[1])
    for rows in words:
        if not len(rows):
            scores.append(np.zeros(dense.shape[1], dtype=np.float32))
            picks.append(None)
            continue
        matched = rows @ dense
        best = matched.argmax(axis=0)
        scores.append(matched[best, columns])
        picks.append(best)
    return np.stack(scores), picks


def _dense_gradient(words: Sequence[np.ndarray], picks: list[np.ndarray | None], error: np.ndarray,
                    dense: np.ndarray) -> np.ndarray:
    """The loss gradient of the type directions: each type's error times its best word's vector."""
    grad = L2 * dense
    for rows, best, row_error in zip(words, picks, error, strict=True):
        if best is not None:
            grad += rows[best].T * row_error
    return grad


def fit(features: Sequence[np.ndarray], labels: np.ndarray, seed: int, epochs: int = EPOCHS,
        words: Sequence[np.ndarray] | None = None) -> Fitted:
    """Minimise the summed per-type logistic loss of ``labels`` (examples x types, 0/1).

    ``words``, when given, are each sentence's content-word vectors (rows x dims)."""
    rng = np.random.default_rng(seed)
    n_types = labels.shape[1]
    weights = np.zeros((HASH_BUCKETS, n_types), dtype=np.float32)
    bias = np.zeros(n_types, dtype=np.float32)
    grad_sq = np.zeros_like(weights)
    bias_sq = np.zeros_like(bias)
    dims = next((len(w[0]) for w in words or () if len(w)), 0)
    init = np.random.default_rng(seed + 1)  # its own stream: the shuffle stays that of a run without vectors
    dense = init.normal(scale=DENSE_INIT_SCALE, size=(dims, n_types)).astype(np.float32) if words else None
    dense_sq = np.zeros_like(dense) if dense is not None else None
    for _ in range(epochs):
        order = rng.permutation(len(features))
        for begin in range(0, len(order), BATCH_SIZE):
            batch = order[begin:begin + BATCH_SIZE]
            feats = [features[i] for i in batch]
            logits = bias + np.stack([weights[f].sum(axis=0) for f in feats])
            if words is not None and dense is not None:
                batch_words = [words[i] for i in batch]
                matched, picks = _best_words(batch_words, dense)
                logits += matched
            error = (1.0 / (1.0 + np.exp(-logits)) - labels[batch]) / len(batch)
            rows = np.concatenate(feats)
            grad = np.zeros((len(rows), n_types), dtype=np.float32)
            grad[:] = np.repeat(error, [len(f) for f in feats], axis=0)
            touched, inverse = np.unique(rows, return_inverse=True)
            row_grad = np.zeros((len(touched), n_types), dtype=np.float32)
            np.add.at(row_grad, inverse, grad)
            row_grad += L2 * weights[touched]
            grad_sq[touched] += row_grad ** 2
            weights[touched] -= LEARNING_RATE * row_grad / (np.sqrt(grad_sq[touched]) + ADAGRAD_EPSILON)
            _adagrad(bias, error.sum(axis=0), bias_sq)
            if words is not None and dense is not None and dense_sq is not None:
                _adagrad(dense, _dense_gradient(batch_words, picks, error, dense), dense_sq)
    return Fitted(weights, bias, dense)
