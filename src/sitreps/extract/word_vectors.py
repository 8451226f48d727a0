"""Static word vectors beside the event model's hashed features: similarity past word identity.

A bag of hashed words knows only the words it was trained on, so "bombarded" says nothing
when training saw "shelled". The vectors are distilled once, at train time, from the packaged
sentence model (``train.vectors``: each word of a vocabulary encoded alone, reduced by PCA,
stored as float16 in the model artifact), so the pipeline reads them with numpy alone and
pays a dictionary look-up per word. Each type learns a direction; a sentence's evidence for
the type is its best-matching content word (max pooling: stop words and words outside the
vocabulary left out). Max pooling ranked gold dev types better than the sentence's mean
vector, which names and places dilute (docs/accuracy.md, round 10).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS


def content_words(tokens: Sequence[str]) -> list[str]:
    """The lowercased alphabetic words of a sentence that are not stop words: what the vectors read."""
    lowered = (t.lower() for t in tokens)
    return [w for w in lowered if len(w) > 1 and w.isalpha() and w not in STOP_WORDS]


@dataclass(frozen=True)
class WordVectors:
    """A vocabulary and its vectors, one unit-length row a word (float32 in memory)."""

    index: dict[str, int]
    table: np.ndarray

    def word(self, word: str) -> np.ndarray | None:
        """The vector of one word, or None outside the vocabulary."""
        row = self.index.get(word.lower())
        return None if row is None else self.table[row]

    def matrix(self, tokens: Sequence[str]) -> np.ndarray:
        """The vectors of a sentence's known content words, one row each (none: zero rows)."""
        rows = [r for r in (self.index.get(w) for w in content_words(tokens)) if r is not None]
        return self.table[rows]


def best_match(words: np.ndarray, dense: np.ndarray) -> np.ndarray:
    """Per type (a column of ``dense``), the score of the sentence's best-matching word; zeros without words."""
    if not len(words):
        return np.zeros(dense.shape[1], dtype=np.float32)
    return (words @ dense).max(axis=0)


def word_vectors(words: Sequence[str], table: np.ndarray) -> WordVectors:
    """Vectors read from an artifact (``words[i]`` has row ``table[i]``), scaled to unit length."""
    rows = np.asarray(table, dtype=np.float32)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return WordVectors({w: i for i, w in enumerate(words)}, rows / np.where(norms == 0, 1.0, norms))
