"""The learned event model and the candidate span group: retraining, loading, and the pipeline using both."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import spacy

from sitreps import pipeline
from sitreps.annotate.nlp import MODEL_PACKAGE, load_nlp
from sitreps.errors import ConfigError, SitrepsError
from sitreps.extract import candidates
from sitreps.extract.features import HASH_BUCKETS, token_features
from sitreps.extract.model import MODEL_ENV, EventModel, load_event_model, read_model
from sitreps.ingest import document_id
from sitreps.models import Document, DocumentStatus, EventMention
from sitreps.train.__main__ import main as train_main

ROOT = Path(__file__).resolve().parents[2]
PACKAGED = ROOT / "src" / "sitreps" / "data" / "models" / "events.npz"
CARD = ROOT / "src" / "sitreps" / "data" / "models" / "events.md"
# The limit on the shipped artifact.
MAX_ARTIFACT_MB = 25
AIR_STRIKE = "An air strike hit a market in the town, killing nine people."
NO_EVENT = "The home side crushed their rivals 4-0 on Saturday to stay top of the league."


def _reset_caches() -> None:
    load_event_model.cache_clear()
    pipeline.extraction_setup.cache_clear()
    pipeline._resources.cache_clear()


@pytest.fixture
def retrained(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A model retrained from the repository's own sentences only (no ../shared), used by the pipeline."""
    out = tmp_path_factory.mktemp("model") / "events.npz"
    train_main(["--repo", str(ROOT), "--shared", str(out.parent / "absent"), "--out", str(out), "--epochs", "8"])
    previous = os.environ.get(MODEL_ENV)
    os.environ[MODEL_ENV] = str(out)
    _reset_caches()
    yield out
    if previous is None:
        del os.environ[MODEL_ENV]
    else:
        os.environ[MODEL_ENV] = previous
    _reset_caches()


def events_with(text: str, extractor: str) -> list[EventMention]:
    """The mentions the pipeline extracts from one text with the given extractor."""
    document = Document(id=document_id(text), text=text, published_at="2024-05-01", language="en",
                        status=DocumentStatus.PENDING)
    return next(iter(pipeline.process([document], extractor=extractor))).events


def test_retrained_model_is_loaded_and_used_by_the_pipeline(retrained: Path) -> None:
    model = read_model(retrained)
    assert model.meta["sources"] == ["gold-dev", "written"]
    assert pipeline.load_resources("model").extractor.model == load_event_model(str(retrained))
    strike = events_with(AIR_STRIKE, "model")
    assert [(m.type, m.extractor) for m in strike] == [("air_drone_strike", "model")]
    assert 0.5 <= strike[0].confidence <= 1.0
    assert not events_with(NO_EVENT, "model")


def test_retraining_is_reproducible(tmp_path: Path) -> None:
    outs = [tmp_path / "a.npz", tmp_path / "b.npz"]
    for out in outs:
        train_main(["--repo", str(ROOT), "--shared", str(tmp_path / "absent"), "--out", str(out),
                    "--limit", "300", "--epochs", "2"])
    first, second = (read_model(o) for o in outs)
    assert (first.weights == second.weights).all() and (first.bias == second.bias).all()


def test_packaged_artifact_is_small_and_has_a_card() -> None:
    assert PACKAGED.stat().st_size < MAX_ARTIFACT_MB * 1e6
    card = CARD.read_text(encoding="utf-8")
    for needle in ("ngec-synthetic", "MIT", "gold dev", "python -m sitreps.train", "heldout"):
        assert needle in card, needle
    model = load_event_model()
    assert model.meta["seed"] == 14 and "written" in model.meta["sources"]


def test_a_broken_artifact_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "events.npz"
    broken.write_bytes(b"not a model")
    with pytest.raises(SitrepsError, match="retrain it with"):
        read_model(broken)


def test_span_group_holds_every_candidate_with_score_source_and_decision() -> None:
    text = ("Rebels attacked an army base near the town on Monday. Thousands of people fled their homes, "
            "aid workers said. The home side won the cup final.")
    doc = load_nlp()(text)
    candidates.propose(doc, pipeline.extraction_setup("hybrid"))
    group = doc.spans[candidates.SPAN_KEY]
    assert len(group) >= 1
    for name in ("scores", "sources", "kinds", "heads"):
        assert len(group.attrs[name]) == len(group), name
    assert set(group.attrs["sources"]) <= {"rules", "model"}
    assert all(span.label_ in pipeline.extraction_setup("hybrid").model.types for span in group)
    assert all(score is not None and 0.0 <= score <= 1.0 for score in group.attrs["scores"])
    kept = candidates.candidate_matches(doc, pipeline.extraction_setup("hybrid"))
    assert [(m.start, m.event_type.id) for m in kept] == [(s.start, s.label_) for s in group]


def test_mentions_record_their_extractor_and_rules_only_keeps_the_rules() -> None:
    text = "Gunmen abducted 20 passengers from a bus on the main highway on Sunday, police said."
    rules = events_with(text, "rules")
    hybrid = events_with(text, "hybrid")
    assert rules and all(m.extractor == "rules" for m in rules)
    assert {(m.type, m.trigger.start) for m in rules} <= {(m.type, m.trigger.start) for m in hybrid}
    assert all(m.extractor in ("rules", "model") for m in hybrid)


def test_registered_component_writes_the_group() -> None:
    candidates.register()
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe(candidates.COMPONENT_NAME, config={"extractor": "rules"})
    doc = nlp("Police arrested 12 protesters in the capital on Friday.")
    group = doc.spans[candidates.SPAN_KEY]
    assert [s.label_ for s in group] == ["arrest"] and group.attrs["sources"] == ["rules"]


def test_unknown_extractor_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(candidates.EXTRACTOR_ENV, "neural")
    with pytest.raises(ConfigError, match="rules, model, hybrid"):
        candidates.configured_extractor()
    monkeypatch.delenv(candidates.EXTRACTOR_ENV)
    assert candidates.configured_extractor() == candidates.DEFAULT_EXTRACTOR


def test_calibrated_confidence_rises_with_the_model_probability_and_trusts_rules_more() -> None:
    for source in ("rules", "model"):
        values = [candidates.calibrated(p, source) for p in (0.0, 0.01, 0.2, 0.5, 0.9, 1.0)]
        assert values == sorted(values) and all(0.0 < v < 1.0 for v in values)
    assert candidates.calibrated(0.01, "rules") > candidates.calibrated(0.01, "model")


def test_the_model_never_adds_a_type_the_rules_found_elsewhere_in_the_document() -> None:
    """A headline the model types must not stand in for the body's rule-found event."""
    text = "Gunmen raid on a village market\n\nGunmen attacked a market in Kalma, killing four traders."
    rules = events_with(text, "rules")
    hybrid = events_with(text, "hybrid")
    assert [(m.type, m.trigger.text) for m in rules] == [("attack_on_civilians", "attacked")]
    assert [(m.type, m.trigger.text, m.extractor) for m in hybrid] == [("attack_on_civilians", "attacked", "rules")]


def _model_weighing(types: tuple[str, ...], type_id: str, word: str) -> EventModel:
    """A model whose only evidence is one word for one type, so the test does not rest on trained weights."""
    lookup = np.full(HASH_BUCKETS, -1, dtype=np.int64)
    lookup[token_features(word)] = 0
    weights = np.zeros((1, len(types)), dtype=np.float32)
    weights[0, types.index(type_id)] = 5.0
    return EventModel(types, lookup, weights, np.zeros(len(types), dtype=np.float32), {})


@pytest.mark.parametrize(("text", "phrase"), [
    ("Nine people were burned alive after their huts were set on fire, a camp leader said.", "set on fire"),
    ("Soldiers opened fire on the crowd outside the governor's office on Monday.", "opened fire"),
])
def test_no_model_type_anchors_on_a_word_of_a_rule_phrase(text: str, phrase: str) -> None:
    """'fire' of the rules' 'set on fire' is their reading: a model type anchored there displaced it."""
    setup = pipeline.extraction_setup("hybrid")
    doc = load_nlp()(text)
    (sentence,) = doc.sents
    rules = setup.finder.find(doc)
    assert any(phrase in doc[m.start:m.end].text for m in rules), rules
    model = _model_weighing(setup.model.types, "attack_on_civilians", "fire")
    probabilities = np.zeros(len(model.types), dtype=np.float32)
    # The model does not doubt the rules' types, so it may add but not retype (test_model_retype).
    probabilities[[model.types.index(m.event_type.id) for m in rules]] = 0.5
    probabilities[model.types.index("attack_on_civilians")] = 0.99
    extractor = candidates.Extractor(setup.finder, model, "hybrid")
    chosen = candidates.decide(sentence, rules, probabilities, extractor)
    assert [m for m in chosen if m.source == "model"] == []
    # Without the rules' reading the same word anchors the type: the test can fail.
    alone = candidates.decide(sentence, [], probabilities, extractor)
    assert [(m.event_type.id, m.head.text) for m in alone] == [("attack_on_civilians", "fire")]
