"""The hybrid retypes a rule candidate the model doubts to the type it is sure of (``candidates.retyped``).

Sentences are fiction written for sitreps. The model's probabilities are set by hand, so the
tests pin the decision, not trained weights: which candidate changes, when, and what it keeps.
"""

from __future__ import annotations

import numpy as np
import pytest

from sitreps import pipeline
from sitreps.annotate.nlp import load_nlp
from sitreps.extract import candidates
from sitreps.extract.features import HASH_BUCKETS
from sitreps.extract.model import EventModel
from sitreps.extract.triggers import TriggerMatch

CLASH = "Troops killed 14 suspected bandits in a gunfight outside Gusau on Sunday, the army said."
HELICOPTER = "A helicopter attacked the hamlet of Dourou during a funeral, killing about a dozen mourners."
RIOT = "Youths angered by the count set the electoral office ablaze in Bafang on Tuesday night."
STATEMENT = "The brigade's statement said none of its soldiers were hurt in the barrage."


def _silent_model() -> EventModel:
    """The packaged types with no word weighed, so the model can anchor no mention of its own."""
    types = _types()
    return EventModel(types, np.full(HASH_BUCKETS, -1, dtype=np.int64), np.zeros((0, len(types)), dtype=np.float32),
                      np.zeros(len(types), dtype=np.float32), {})


def _types() -> tuple[str, ...]:
    model = pipeline.extraction_setup("hybrid").model
    assert model is not None
    return model.types


def _rule(text: str, word: str, type_id: str) -> TriggerMatch:
    """A rule candidate of ``type_id`` on ``word`` of the one-sentence ``text``."""
    doc = load_nlp()(text)
    head = next(t for t in doc if t.text == word)
    finder = pipeline.extraction_setup("hybrid").finder
    return TriggerMatch(finder.type_by_id(type_id), head, head.i, head.i + 1, "verb", None, "rules")


def _probabilities(model: EventModel, **by_type: float) -> np.ndarray:
    probabilities = np.zeros(len(model.types), dtype=np.float32)
    for type_id, value in by_type.items():
        probabilities[model.types.index(type_id)] = value
    return probabilities


def _decide(match: TriggerMatch, probabilities: np.ndarray, model: EventModel) -> list[TriggerMatch]:
    extractor = candidates.Extractor(pipeline.extraction_setup("hybrid").finder, model, "hybrid")
    return candidates.decide(match.head.sent, [match], probabilities, extractor)


@pytest.mark.parametrize(("text", "word", "rule_type", "sure_type"), [
    (CLASH, "killed", "attack_on_civilians", "armed_clash"),
    (HELICOPTER, "attacked", "armed_clash", "air_drone_strike"),
    (RIOT, "set", "looting_property_destruction", "violent_demonstration"),
])
def test_a_doubted_rule_type_takes_the_type_the_model_is_sure_of(text: str, word: str, rule_type: str,
                                                                  sure_type: str) -> None:
    model = _silent_model()
    rule = _rule(text, word, rule_type)
    (chosen,) = _decide(rule, _probabilities(model, **{rule_type: 0.03, sure_type: 0.95}), model)
    assert (chosen.event_type.id, chosen.source) == (sure_type, "model")
    assert (chosen.head, chosen.start, chosen.end, chosen.kind) == (rule.head, rule.start, rule.end, rule.kind)
    assert chosen.score == candidates.calibrated(0.95, "model")


@pytest.mark.parametrize(("rule_p", "sure_p"), [(0.03, 0.85), (0.3, 0.95)])
def test_a_rule_type_stays_unless_the_model_doubts_it_and_is_sure_of_another(rule_p: float, sure_p: float) -> None:
    model = _silent_model()
    rule = _rule(CLASH, "killed", "attack_on_civilians")
    probabilities = _probabilities(model, attack_on_civilians=rule_p, armed_clash=sure_p)
    assert [(m.event_type.id, m.source) for m in _decide(rule, probabilities, model)] == \
        [("attack_on_civilians", "rules")]


def test_a_speech_mention_is_never_retyped_to_the_act_it_tells_of() -> None:
    """"The statement said ... hurt in the barrage": the statement is an event of its own."""
    model = _silent_model()
    rule = _rule(STATEMENT, "statement", "statement")
    probabilities = _probabilities(model, statement=0.02, shelling_missile_attack=0.97)
    assert [(m.event_type.id, m.source) for m in _decide(rule, probabilities, model)] == [("statement", "rules")]


def test_no_retype_when_the_sure_type_already_has_a_candidate() -> None:
    """The model's own mention of its type (or the rules') tells it; the doubted candidate keeps its type."""
    model = _silent_model()
    doubted = _rule(HELICOPTER, "attacked", "armed_clash")
    finder = pipeline.extraction_setup("hybrid").finder
    killing = next(t for t in doubted.head.sent if t.text == "killing")
    own = TriggerMatch(finder.type_by_id("air_drone_strike"), killing, killing.i, killing.i + 1, "model", 0.9, "model")
    probabilities = _probabilities(model, armed_clash=0.03, air_drone_strike=0.95)
    kept = candidates.retyped([doubted, own], probabilities, model, finder)
    assert [(m.event_type.id, m.source) for m in kept] == [("armed_clash", "rules"), ("air_drone_strike", "model")]
