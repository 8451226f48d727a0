"""Event candidates: one span group that rule and model extractors write, and mentions are built from.

Like spaCy's ``span_ruler`` and ``spancat`` sharing a key, every extractor writes its
candidates to ``doc.spans["sitreps_events"]``: each span is a trigger labelled with its
event type, and the group's ``attrs`` hold, per span, its ``scores`` (the calibrated
probability that the candidate is right, from the model's probability of the type in the
span's sentence; None for rules without a model),
``sources`` (``rules`` or ``model``), ``kinds`` (phrase, verb, noun, model) and
``heads`` (the trigger's head token). Which extractors run is one setting
(``SITREPS_EXTRACTOR``: rules, model or hybrid; ``hybrid`` by default). The model is the hashed
``extract.model.EventModel``, or the fine-tuned MiniLM reader (``extract.reader``) when
``SITREPS_EVENT_READER`` names one; either is asked for a document's sentences in one call.

How the hybrid decides, in one place (``decide``), from measurements on the gold dev split
with the model trained without it (``python -m sitreps.train --without-gold-dev``; figures
in docs/accuracy.md):
- the rules give spans and arguments, and every rule candidate is kept, scored by the
  model's probability of its type in its sentence, calibrated (``calibrated``); that score is
  the mention's confidence, so a type the model doubts shows as a lower confidence, never as
  a silent drop (vetoing rule candidates the model scored under 0.01 cost 0.14 dev
  macro-F1: the model misses types the rules know);
- where the rules found nothing in a sentence, the model's best type is added when its
  probability reaches ``ADD_AT``; beside rule candidates, a further type only at
  ``ADD_BESIDE_RULES_AT``; never a type the rules first find in a later sentence (an
  earlier mention absorbs later ones of its type, and a headline's event is the body's,
  whose rule mention has the arguments). The added trigger is the sentence's event word
  that most supports the type (``extract.model_triggers.anchor``: never a copula, a speech
  verb, a name or a word of a rule's trigger phrase), and the rules find its arguments as for
  their own triggers;
- a rule candidate whose type the model doubts (probability under ``RETYPE_DOUBT``) takes the
  model's best type when the model is near-certain of it (``RETYPE_AT``) and the rules found
  that type nowhere in the sentence (``retyped``): a trigger the lexicons share between types
  ("attack", "struck", "fire") is typed by the rules from its nearest words, while the model
  reads the whole sentence. Never from a speech type: a statement or an accusation in a
  sentence is an event of its own beside the act it tells of ("the statement says no
  civilians were killed" stays a statement; "agreed to release prisoners" may become a
  concession); nor where a codebook rule of the rules' type may retype the candidate from its
  arguments (``_codebook_decides``). The candidate keeps its span and arguments, and
  its source becomes ``model``, since its type is the model's.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from sitreps.errors import ConfigError
from sitreps.extract.model import SentenceTyper
from sitreps.extract.model_triggers import DESCRIBING_DEPS, anchor
from sitreps.extract.taxonomy_schema import SPEECH_FAMILY, EventType
from sitreps.extract.triggers import TriggerFinder, TriggerMatch

SPAN_KEY = "sitreps_events"
COMPONENT_NAME = "sitreps_event_candidates_v1"
EXTRACTOR_ENV = "SITREPS_EXTRACTOR"
EXTRACTORS = ("rules", "model", "hybrid")
DEFAULT_EXTRACTOR = "hybrid"
# Sentence-level type probabilities, chosen on the gold dev split with a model trained without
# it, and on the real-news dev split with a model trained without that (docs/accuracy.md). The
# model alone: 0.2 gave the best gold dev micro-F1 (0.44; 0.1 and 0.3 lost precision or recall).
# Beside the rules: 0.7 where they are silent and 0.9 next to their own candidates gave the best
# gold dev figures (P 0.817, R 0.766, macro-F1 0.772; the rules 0.820, 0.754, 0.760) with
# real-news rows per event at the rules' level (1.86 vs 1.84); 0.5 there added 0.1 rows per event.
MODEL_AT = 0.2
ADD_AT = 0.7
ADD_BESIDE_RULES_AT = 0.9
# Retyping a rule candidate, measured with models trained without the split scored: at 0.9 it
# retyped 2 gold dev candidates, both right (one is now left to the codebook, which gives the
# same type; hybrid macro-F1 0.748 -> 0.764), and 1 real-news dev row (figures unchanged); at
# 0.7 it retyped 5, with no gain. The doubt gave the same figures
# anywhere from 0.05 to 0.5; 0.1 keeps the rules' type unless the model all but rules it out.
RETYPE_AT = 0.9
RETYPE_DOUBT = 0.1
# Platt scaling of the model's probability into the chance a candidate is right, per source:
# confidence = sigmoid(a + b * logit(p)), fitted on the gold dev split with the model trained
# without it (160 rule candidates, 82% right: 72% of those the model scored under 0.05 were
# right, 96% of those over 0.7; 7 model additions, 57% right). Dev is the split the rules were
# written against, so the rules' figures are optimistic (heldout precision is 0.62).
CALIBRATION = {"rules": (2.52, 0.28), "model": (-1.12, 0.81)}
# Probabilities are clipped before the logit so a saturated model score stays finite.
PROBABILITY_FLOOR = 1e-3


@dataclass(frozen=True)
class Extractor:
    """What a candidate stage needs: the rules' lexicons, the model (None for rules only) and the setting."""

    finder: TriggerFinder
    model: SentenceTyper | None
    name: str


def configured_extractor(value: str | None = None) -> str:
    """The extractor named by ``value``, else by ``SITREPS_EXTRACTOR``, else the default."""
    name = (value or os.environ.get(EXTRACTOR_ENV) or DEFAULT_EXTRACTOR).strip().lower()
    if name not in EXTRACTORS:
        raise ConfigError(f"unknown extractor {name!r} (from {EXTRACTOR_ENV} or --extractor); "
                          f"choose one of {', '.join(EXTRACTORS)}")
    return name


def calibrated(probability: float, source: str) -> float:
    """The chance a candidate from ``source`` is right, given the model's probability of its type."""
    a, b = CALIBRATION[source]
    p = min(max(probability, PROBABILITY_FLOOR), 1 - PROBABILITY_FLOOR)
    return round(1.0 / (1.0 + math.exp(-(a + b * math.log(p / (1 - p))))), 3)


def _model_match(sentence: Span, model: SentenceTyper, finder: TriggerFinder, event_type: EventType,
                 probability: float, taken: frozenset[int]) -> TriggerMatch | None:
    column = model.types.index(event_type.id)
    token = anchor(sentence, event_type, lambda t: model.word_weight(t.text, column), finder.knows, taken)
    if token is None:
        return None
    return TriggerMatch(event_type, token, token.i, token.i + 1, "model", calibrated(probability, "model"), "model")


def _codebook_decides(match: TriggerMatch) -> bool:
    """Whether a codebook rule of the candidate's type (``retype`` in the taxonomy) may retype it from its
    arguments: a word the rule names stands in the trigger's phrase, where its slots are ("police
    attacked protesters": the target makes it excessive force). Those rules read the parsed slots
    after extraction and know better than a bag of words, which calls that sentence a riot."""
    lemmas = {t.lemma_.lower() for t in match.head.subtree}
    return any(lemmas.intersection(rule.lemmas) for rule in match.event_type.retype)


def retyped(scored: Sequence[TriggerMatch], probabilities: np.ndarray, model: SentenceTyper,
            finder: TriggerFinder) -> list[TriggerMatch]:
    """A sentence's candidates, a rule candidate the model doubts retyped to the type it is sure of (module docstring).

    A word that only describes ("a camp for displaced families") is never retyped: the model's own
    anchors exclude it (``model_triggers.DESCRIBING_DEPS``), and event-ness drops it.

    Only when the model's type has no candidate of its own (the model adds one beside the rules
    wherever a word can anchor it), and only the first doubted candidate: the sentence tells
    the model's type once."""
    best = int(np.argmax(probabilities))
    sure = finder.type_by_id(model.types[best])
    if probabilities[best] < RETYPE_AT or sure.id in {m.event_type.id for m in scored}:
        return list(scored)
    index = {t: i for i, t in enumerate(model.types)}
    doubted = next((m for m in scored if m.source == "rules" and m.event_type.family != SPEECH_FAMILY
                    and probabilities[index[m.event_type.id]] < RETYPE_DOUBT and not _codebook_decides(m)
                    and m.head.dep_ not in DESCRIBING_DEPS), None)
    if doubted is None:
        return list(scored)
    retype = replace(doubted, event_type=sure, source="model",
                     score=calibrated(float(probabilities[best]), "model"))
    return [retype if m is doubted else m for m in scored]


def decide(sentence: Span, rules: Sequence[TriggerMatch], probabilities: np.ndarray, extractor: Extractor,
           told_later: frozenset[str] = frozenset()) -> list[TriggerMatch]:
    """The candidates of one sentence: the rules' (scored) and the model's (see the module docstring).

    ``told_later`` are the types the rules find first in a later sentence: the model never adds
    one of them, since an earlier mention of a type absorbs the later ones (``consolidate``) and
    a headline the model types would stand in for the body's rule-found event.
    """
    model = extractor.model
    assert model is not None  # rules-only extraction never asks for a decision
    index = {t: i for i, t in enumerate(model.types)}
    scored = [replace(m, score=calibrated(float(probabilities[index[m.event_type.id]]), "rules")) for m in rules]
    if extractor.name == "model":
        wanted = np.flatnonzero(probabilities >= MODEL_AT)
    else:
        best = int(np.argmax(probabilities))
        wanted = np.flatnonzero(probabilities >= ADD_BESIDE_RULES_AT)
        if not scored and probabilities[best] >= ADD_AT:
            wanted = np.union1d(wanted, [best])
    found = {m.event_type.id for m in scored} | told_later
    # A word the rules read keeps their reading (one mention per word and type), and so does every
    # word of a rule's trigger phrase: "fire" in "set on fire" never anchors a model type.
    read = frozenset(i for m in scored for i in (m.head.i, *range(m.start, m.end)))
    finder = extractor.finder
    added = [_model_match(sentence, model, finder, finder.type_by_id(model.types[i]), float(probabilities[i]),
                          read) for i in wanted if model.types[i] not in found]
    chosen = scored + [m for m in added if m is not None and m.head.i not in read]
    return chosen if extractor.name == "model" else retyped(chosen, probabilities, model, finder)


def propose(doc: Doc, extractor: Extractor) -> Doc:
    """Write the document's event candidates to ``doc.spans[SPAN_KEY]`` (the component's work)."""
    rules = extractor.finder.find(doc) if extractor.name != "model" else []
    chosen: list[TriggerMatch] = []
    if extractor.model is None or extractor.name == "rules":
        chosen = rules
    else:
        first_told: dict[str, int] = {}
        for match in rules:
            first_told.setdefault(match.event_type.id, match.head.i)
        sentences = list(doc.sents)
        # one call per document: the fine-tuned reader encodes the sentences in batches
        every = extractor.model.sentence_probabilities(sentences)
        for sentence, probabilities in zip(sentences, every, strict=True):
            inside = [m for m in rules if sentence.start <= m.head.i < sentence.end]
            told_later = frozenset(t for t, i in first_told.items() if i >= sentence.end)
            chosen += decide(sentence, inside, probabilities, extractor, told_later)
    chosen.sort(key=lambda m: (m.start, m.source))
    group = SpanGroup(doc, name=SPAN_KEY, spans=[Span(doc, m.start, m.end, label=m.event_type.id) for m in chosen])
    group.attrs.update({"scores": [m.score for m in chosen], "sources": [m.source for m in chosen],
                        "kinds": [m.kind for m in chosen], "heads": [m.head.i for m in chosen]})
    doc.spans[SPAN_KEY] = group
    return doc


def candidate_matches(doc: Doc, extractor: Extractor) -> list[TriggerMatch]:
    """The candidates of the span group (written now if no component wrote it), in text order."""
    if SPAN_KEY not in doc.spans:
        propose(doc, extractor)
    group = doc.spans[SPAN_KEY]
    attrs = group.attrs
    return [TriggerMatch(extractor.finder.type_by_id(span.label_), doc[attrs["heads"][i]], span.start, span.end,
                         attrs["kinds"][i], attrs["scores"][i], attrs["sources"][i]) for i, span in enumerate(group)]


class EventCandidates:
    """The registered spaCy component: ``nlp.add_pipe(COMPONENT_NAME, config=...)`` after the parser."""

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor

    def __call__(self, doc: Doc) -> Doc:
        return propose(doc, self.extractor)


def register() -> None:
    """Register the candidate component with spaCy (idempotent); it needs the parse and entities."""
    if not Language.has_factory(COMPONENT_NAME):
        Language.factory(COMPONENT_NAME, default_config={"extractor": DEFAULT_EXTRACTOR},
                         requires=["token.pos", "token.lemma", "token.dep", "doc.ents"],
                         assigns=["doc.spans"], func=_make_component)


def _make_component(nlp: Language, name: str, extractor: str) -> EventCandidates:
    from sitreps.pipeline import extraction_setup  # the lexicons and model, loaded once

    return EventCandidates(extraction_setup(configured_extractor(extractor)))
