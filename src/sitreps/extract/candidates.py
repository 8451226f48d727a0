"""Event candidates: one span group that rule and model extractors write, and mentions are built from.

Like spaCy's ``span_ruler`` and ``spancat`` sharing a key, every extractor writes its
candidates to ``doc.spans["sitreps_events"]``: each span is a trigger labelled with its
event type, and the group's ``attrs`` hold, per span, its ``scores`` (calibrated
probability, or None for rules without a model), ``sources`` (``rules`` or ``model``),
``kinds`` (phrase, verb, noun, model) and ``decisions`` (``kept`` or why not). Which
extractors run is one setting (``SITREPS_EXTRACTOR``: rules, model or hybrid).

How the hybrid decides, in one place (``decide``), from measurements on the gold dev split
with the model trained without it (``python -m sitreps.train --without-gold-dev``):
- the rules give spans and arguments; each rule candidate is scored by the model's
  probability of its type in its sentence;
- a rule candidate the model scores below ``VETO_BELOW`` is not kept, and stays in the
  group with decision ``vetoed-by-model`` (visible, not silent);
- the model adds a candidate of a type the rules did not find in a sentence when its
  probability reaches ``ADD_AT``, with the sentence's word that most supports the type as
  trigger; the rules still find that trigger's arguments.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from sitreps.errors import ConfigError
from sitreps.extract.model import EventModel
from sitreps.extract.taxonomy import EventType
from sitreps.extract.triggers import NOUN_TAGS, VERB_TAGS, TriggerFinder, TriggerMatch

SPAN_KEY = "sitreps_events"
COMPONENT_NAME = "sitreps_event_candidates_v1"
EXTRACTOR_ENV = "SITREPS_EXTRACTOR"
EXTRACTORS = ("rules", "model", "hybrid")
DEFAULT_EXTRACTOR = "hybrid"
KEPT = "kept"
VETOED = "vetoed-by-model"
# Thresholds chosen on the gold dev split with a model trained without it (docs/accuracy.md):
# a sentence-level type probability at which the model alone asserts an event, at which it
# adds one beside the rules, and under which it vetoes a rule candidate.
MODEL_AT = 0.5
ADD_AT = 0.5
ADD_BESIDE_RULES_AT = 0.9
VETO_BELOW = 0.0
# Words that cannot carry an event, whatever weight the model gives them.
TRIGGER_TAGS = VERB_TAGS | NOUN_TAGS


@dataclass(frozen=True)
class Extractor:
    """What a candidate stage needs: the rules' lexicons, the model (None for rules only) and the setting."""

    finder: TriggerFinder
    model: EventModel | None
    name: str


def configured_extractor(value: str | None = None) -> str:
    """The extractor named by ``value``, else by ``SITREPS_EXTRACTOR``, else the default."""
    name = (value or os.environ.get(EXTRACTOR_ENV) or DEFAULT_EXTRACTOR).strip().lower()
    if name not in EXTRACTORS:
        raise ConfigError(f"unknown extractor {name!r} (from {EXTRACTOR_ENV} or --extractor); "
                          f"choose one of {', '.join(EXTRACTORS)}")
    return name


def _model_trigger(sentence: Span, model: EventModel, type_index: int) -> int | None:
    """The token of the sentence whose word most supports the type, if any supports it at all."""
    best, best_weight = None, 0.0
    for token in sentence:
        if token.pos_ in TRIGGER_TAGS and token.is_alpha and token.ent_type_ not in ("DATE", "TIME"):
            weight = model.word_weight(token.text, type_index)
            if weight > best_weight:
                best, best_weight = token.i, weight
    return best


def _model_match(sentence: Span, model: EventModel, event_type: EventType, probability: float) -> TriggerMatch | None:
    head = _model_trigger(sentence, model, model.types.index(event_type.id))
    if head is None:
        return None
    token = sentence.doc[head]
    return TriggerMatch(event_type, token, head, head + 1, "model", round(probability, 3), "model")


def decide(sentence: Span, rules: Sequence[TriggerMatch], probabilities: np.ndarray, extractor: Extractor
           ) -> list[tuple[TriggerMatch, str]]:
    """The candidates of one sentence with the decision on each (see the module docstring)."""
    model = extractor.model
    assert model is not None  # rules-only extraction never asks for a decision
    index = {t: i for i, t in enumerate(model.types)}
    decided: list[tuple[TriggerMatch, str]] = []
    if extractor.name == "hybrid":
        for match in rules:
            score = float(probabilities[index[match.event_type.id]])
            decided.append((replace(match, score=round(score, 3)), KEPT if score >= VETO_BELOW else VETOED))
    found = {m.event_type.id for m, decision in decided if decision == KEPT}
    if extractor.name == "model":
        wanted = np.flatnonzero(probabilities >= MODEL_AT)
    else:  # beside the rules: the model's best type where the rules are silent, more only when it is sure
        best = int(np.argmax(probabilities))
        wanted = np.flatnonzero(probabilities >= ADD_BESIDE_RULES_AT)
        if not found and probabilities[best] >= ADD_AT:
            wanted = np.union1d(wanted, [best])
    for type_index in wanted:
        type_id = model.types[type_index]
        if type_id in found:
            continue
        added = _model_match(sentence, model, extractor.finder.type_by_id(type_id), float(probabilities[type_index]))
        if added is not None:
            decided.append((added, KEPT))
    return decided


def propose(doc: Doc, extractor: Extractor) -> Doc:
    """Write the document's event candidates to ``doc.spans[SPAN_KEY]`` (the component's work)."""
    rules = extractor.finder.find(doc) if extractor.name != "model" else []
    decided: list[tuple[TriggerMatch, str]] = []
    if extractor.model is None or extractor.name == "rules":
        decided = [(m, KEPT) for m in rules]
    else:
        for sentence in doc.sents:
            inside = [m for m in rules if sentence.start <= m.head.i < sentence.end]
            probabilities = extractor.model.probabilities([t.text for t in sentence])
            decided += decide(sentence, inside, probabilities, extractor)
    decided.sort(key=lambda d: (d[0].start, d[0].source))
    group = SpanGroup(doc, name=SPAN_KEY,
                      spans=[Span(doc, m.start, m.end, label=m.event_type.id) for m, _ in decided])
    group.attrs.update({"scores": [m.score for m, _ in decided], "sources": [m.source for m, _ in decided],
                        "kinds": [m.kind for m, _ in decided], "heads": [m.head.i for m, _ in decided],
                        "decisions": [d for _, d in decided]})
    doc.spans[SPAN_KEY] = group
    return doc


def candidate_matches(doc: Doc, extractor: Extractor) -> list[TriggerMatch]:
    """The kept candidates of the span group (written now if no component wrote it), in text order."""
    if SPAN_KEY not in doc.spans:
        propose(doc, extractor)
    group = doc.spans[SPAN_KEY]
    attrs = group.attrs
    matches = []
    for i, span in enumerate(group):
        if attrs["decisions"][i] == KEPT:
            matches.append(TriggerMatch(extractor.finder.type_by_id(span.label_), doc[attrs["heads"][i]], span.start,
                                        span.end, attrs["kinds"][i], attrs["scores"][i], attrs["sources"][i]))
    return matches


class EventCandidates:
    """The registered spaCy component: ``nlp.add_pipe(COMPONENT_NAME, config=...)`` after the parser."""

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor

    def __call__(self, doc: Doc) -> Doc:
        return propose(doc, self.extractor)


def register() -> None:
    """Register the candidate component with spaCy (idempotent); it needs the parse and entities."""
    if not Language.has_factory(COMPONENT_NAME):
        Language.factory(COMPONENT_NAME, requires=["token.pos", "token.lemma", "token.dep", "doc.ents"],
                         assigns=[f"doc.spans[{SPAN_KEY!r}]"], func=_make_component)


def _make_component(nlp: Language, name: str, extractor: str) -> EventCandidates:
    from sitreps.pipeline import extraction_setup  # the lexicons and model, loaded once

    return EventCandidates(extraction_setup(configured_extractor(extractor)))
