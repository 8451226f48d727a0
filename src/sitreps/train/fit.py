"""Fitting the event model: one-vs-rest logistic regression by AdaGrad over hashed features.

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


@dataclass(frozen=True)
class Fitted:
    """Dense weights (buckets x types) and biases of a fitted model."""

    weights: np.ndarray
    bias: np.ndarray


def fit(features: Sequence[np.ndarray], labels: np.ndarray, seed: int, epochs: int = EPOCHS) -> Fitted:
    """Minimise the summed per-type logistic loss of ``labels`` (examples x types, 0/1)."""
    rng = np.random.default_rng(seed)
    n_types = labels.shape[1]
    weights = np.zeros((HASH_BUCKETS, n_types), dtype=np.float32)
    bias = np.zeros(n_types, dtype=np.float32)
    grad_sq = np.zeros_like(weights)
    bias_sq = np.zeros_like(bias)
    for _ in range(epochs):
        order = rng.permutation(len(features))
        for begin in range(0, len(order), BATCH_SIZE):
            batch = order[begin:begin + BATCH_SIZE]
            feats = [features[i] for i in batch]
            logits = bias + np.stack([weights[f].sum(axis=0) for f in feats])
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
            bias_grad = error.sum(axis=0)
            bias_sq += bias_grad ** 2
            bias -= LEARNING_RATE * bias_grad / (np.sqrt(bias_sq) + ADAGRAD_EPSILON)
    return Fitted(weights, bias)
