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

CLASH = "The army said it killed 14 members of the Popular Defence Units in a four-hour gunfight outside Gusau."
TAKEN = "Men in uniform took the district judge from his home in Butembo at night; his family has not heard from him."
MARCH = "Thousands marched on the governor's residence in Kano, hurling stones at its gates until nightfall."
BATONS = "Police attacked protesters with batons in Nairobi."
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
    (TAKEN, "took", "arrest", "abduction"),
    (MARCH, "marched", "peaceful_protest", "violent_demonstration"),
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


def test_a_candidate_the_codebook_types_from_its_arguments_keeps_the_rules_type() -> None:
    """The target "protesters" makes the attack excessive force (taxonomy ``retype``); the model's riot is wrong."""
    model = _silent_model()
    rule = _rule(BATONS, "attacked", "armed_clash")
    probabilities = _probabilities(model, armed_clash=0.05, violent_demonstration=0.97)
    assert [(m.event_type.id, m.source) for m in _decide(rule, probabilities, model)] == [("armed_clash", "rules")]


def test_no_retype_when_the_sure_type_already_has_a_candidate() -> None:
    """The model's own mention of its type (or the rules') tells it; the doubted candidate keeps its type."""
    model = _silent_model()
    doubted = _rule(MARCH, "marched", "peaceful_protest")
    finder = pipeline.extraction_setup("hybrid").finder
    hurling = next(t for t in doubted.head.sent if t.text == "hurling")
    own = TriggerMatch(finder.type_by_id("violent_demonstration"), hurling, hurling.i, hurling.i + 1, "model", 0.9,
                       "model")
    probabilities = _probabilities(model, peaceful_protest=0.03, violent_demonstration=0.95)
    kept = candidates.retyped([doubted, own], probabilities, model, finder)
    assert [(m.event_type.id, m.source) for m in kept] == [("peaceful_protest", "rules"),
                                                           ("violent_demonstration", "model")]
