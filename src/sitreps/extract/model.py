"""The learned event model: per-type probabilities for a sentence, and the word that carries a type.

A one-vs-rest logistic regression over hashed word, stem and word-pair features
(``extract.features``) and, when the artifact holds them, the best match of the sentence's
content-word vectors for each type (``extract.word_vectors``, distilled from MiniLM at train
time; off by default, see the model card), trained by ``python -m sitreps.train`` and shipped as
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
from typing import Any, Protocol

import numpy as np
from spacy.tokens import Span

from sitreps.errors import SitrepsError
from sitreps.extract.features import HASH_BUCKETS, sentence_features, token_features, word_of
from sitreps.extract.word_vectors import WordVectors, best_match, word_vectors

MODEL_RESOURCE = "models/events.npz"
MODEL_ENV = "SITREPS_EVENT_MODEL"


class SentenceTyper(Protocol):
    """What the candidate stage asks of an event model: this hashed one or the fine-tuned reader
    (``extract.reader.EventReader``)."""

    @property
    def types(self) -> tuple[str, ...]: ...

    def sentence_probabilities(self, sentences: Sequence[Span]) -> np.ndarray: ...

    def word_weight(self, token_text: str, type_index: int) -> float: ...


@dataclass(frozen=True)
class EventModel:
    """Weights of the trained model: one column per event type, one row per feature seen in training."""

    types: tuple[str, ...]
    lookup: np.ndarray  # bucket -> row of weights, -1 where training never saw the bucket
    weights: np.ndarray  # rows x types
    bias: np.ndarray  # types
    meta: dict[str, object]
    vectors: WordVectors | None = None  # word vectors, when the model was trained with them
    dense: np.ndarray | None = None  # vector dims x types: each type's direction in the word vectors

    def _rows(self, buckets: np.ndarray) -> np.ndarray:
        rows = self.lookup[buckets]
        return rows[rows >= 0]

    def probabilities(self, tokens: Sequence[str]) -> np.ndarray:
        """P(the sentence reports an event of each type), in ``types`` order."""
        logits = self.bias + self.weights[self._rows(sentence_features(tokens))].sum(axis=0)
        if self.vectors is not None and self.dense is not None:
            logits = logits + best_match(self.vectors.matrix(tokens), self.dense)
        return 1.0 / (1.0 + np.exp(-logits))

    def sentence_probabilities(self, sentences: Sequence[Span]) -> np.ndarray:
        """Every sentence of a document (sentences x types), one at a time: the features are per sentence."""
        if not sentences:
            return np.zeros((0, len(self.types)), dtype=np.float32)
        return np.stack([self.probabilities([t.text for t in s]) for s in sentences])

    def word_weight(self, token_text: str, type_index: int) -> float:
        """How much one word by itself pushes a sentence towards a type (its evidence as a trigger)."""
        word = word_of(token_text)
        rows = self._rows(np.asarray(token_features(word), dtype=np.int64))
        evidence = float(self.weights[rows, type_index].sum())
        vector = self.vectors.word(word) if self.vectors is not None else None
        if vector is not None and self.dense is not None:  # the word alone is its own best match
            evidence += float(vector @ self.dense[:, type_index])
        return evidence


@dataclass(frozen=True)
class VectorPart:
    """What a model trained with word vectors adds to its artifact."""

    words: Sequence[str]
    table: np.ndarray  # words x dims
    dense: np.ndarray  # dims x types


def save_model(path: Path, types: Sequence[str], weights: np.ndarray, bias: np.ndarray,
               meta: dict[str, object], vectors: VectorPart | None = None) -> None:
    """Write the rows training touched, as float16, with the type names, metadata and any word vectors."""
    used = np.flatnonzero(np.abs(weights).max(axis=1) > 0)
    extra: dict[str, Any] = {} if vectors is None else {
        "words": np.array(list(vectors.words)), "vectors": vectors.table.astype(np.float16),
        "dense": vectors.dense.astype(np.float32)}
    np.savez_compressed(path, rows=used.astype(np.int64), weights=weights[used].astype(np.float16),
                        bias=bias.astype(np.float32), types=np.array(list(types)),
                        meta=np.array(json.dumps(meta, sort_keys=True)), **extra)


def read_model(path: Path) -> EventModel:
    """Load an artifact written by ``save_model``; a missing or foreign file is a clear error."""
    try:
        with np.load(path, allow_pickle=False) as data:
            rows, weights, bias = data["rows"], data["weights"].astype(np.float32), data["bias"]
            types, meta = tuple(str(t) for t in data["types"]), json.loads(str(data["meta"]))
            vectors = word_vectors([str(w) for w in data["words"]], data["vectors"]) if "words" in data else None
            dense = data["dense"].astype(np.float32) if "dense" in data else None
    except (OSError, KeyError, ValueError) as error:
        raise SitrepsError(f"cannot read the event model {path}: {error}; retrain it with "
                           "`python -m sitreps.train`") from error
    lookup = np.full(HASH_BUCKETS, -1, dtype=np.int64)
    lookup[rows] = np.arange(len(rows))
    return EventModel(types, lookup, weights, bias, meta, vectors, dense)


@lru_cache(maxsize=4)
def load_event_model(path: str | None = None) -> EventModel:
    """The packaged model, or the one at ``path`` (as ``SITREPS_EVENT_MODEL`` names), loaded once."""
    if path is not None:
        return read_model(Path(path))
    with resources.as_file(resources.files("sitreps.data").joinpath(MODEL_RESOURCE)) as packaged:
        return read_model(packaged)
