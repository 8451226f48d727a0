"""The learned event model: per-type probabilities for a sentence, and the word that carries a type.

A one-vs-rest logistic regression over hashed word, stem and word-pair features
(``extract.features``), trained by ``python -m sitreps.train`` and shipped as
``data/models/events.npz`` with its card ``data/models/events.md``. It needs only
numpy, which spaCy already brings, so the default install runs it. The artifact
loads once, lazily, behind ``load_event_model``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from sitreps.errors import SitrepsError
from sitreps.extract.features import HASH_BUCKETS, sentence_features, token_features, word_of

MODEL_RESOURCE = "models/events.npz"
MODEL_ENV = "SITREPS_EVENT_MODEL"


@dataclass(frozen=True)
class EventModel:
    """Weights of the trained model: one column per event type, one row per feature seen in training."""

    types: tuple[str, ...]
    lookup: np.ndarray  # bucket -> row of weights, -1 where training never saw the bucket
    weights: np.ndarray  # rows x types
    bias: np.ndarray  # types
    meta: dict[str, object]

    def _rows(self, buckets: np.ndarray) -> np.ndarray:
        rows = self.lookup[buckets]
        return rows[rows >= 0]

    def probabilities(self, tokens: Sequence[str]) -> np.ndarray:
        """P(the sentence reports an event of each type), in ``types`` order."""
        logits = self.bias + self.weights[self._rows(sentence_features(tokens))].sum(axis=0)
        return 1.0 / (1.0 + np.exp(-logits))

    def word_weight(self, token_text: str, type_index: int) -> float:
        """How much one word by itself pushes a sentence towards a type (its evidence as a trigger)."""
        rows = self._rows(np.asarray(token_features(word_of(token_text)), dtype=np.int64))
        return float(self.weights[rows, type_index].sum())


def save_model(path: Path, types: Sequence[str], weights: np.ndarray, bias: np.ndarray,
               meta: dict[str, object]) -> None:
    """Write the rows training touched, as float16, with the type names and metadata."""
    used = np.flatnonzero(np.abs(weights).max(axis=1) > 0)
    np.savez_compressed(path, rows=used.astype(np.int64), weights=weights[used].astype(np.float16),
                        bias=bias.astype(np.float32), types=np.array(list(types)),
                        meta=np.array(json.dumps(meta, sort_keys=True)))


def read_model(path: Path) -> EventModel:
    """Load an artifact written by ``save_model``; a missing or foreign file is a clear error."""
    try:
        with np.load(path, allow_pickle=False) as data:
            rows, weights, bias = data["rows"], data["weights"].astype(np.float32), data["bias"]
            types, meta = tuple(str(t) for t in data["types"]), json.loads(str(data["meta"]))
    except (OSError, KeyError, ValueError) as error:
        raise SitrepsError(f"cannot read the event model {path}: {error}; retrain it with "
                           "`python -m sitreps.train`") from error
    lookup = np.full(HASH_BUCKETS, -1, dtype=np.int64)
    lookup[rows] = np.arange(len(rows))
    return EventModel(types, lookup, weights, bias, meta)


@lru_cache(maxsize=4)
def load_event_model(path: str | None = None) -> EventModel:
    """The packaged model, or the one at ``path`` (as ``SITREPS_EVENT_MODEL`` names), loaded once."""
    if path is not None:
        return read_model(Path(path))
    with resources.as_file(resources.files("sitreps.data").joinpath(MODEL_RESOURCE)) as packaged:
        return read_model(packaged)
