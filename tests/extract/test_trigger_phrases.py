"""The phrase Matcher given only the phrases an article can match finds what a Matcher of all phrases finds."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from sitreps.annotate.nlp import load_nlp
from sitreps.extract.taxonomy import load_taxonomy
from sitreps.extract.trigger_phrases import _phrase_pattern
from sitreps.extract.triggers import TriggerFinder

# Fiction in the style of news; each holds one or more taxonomy phrases, some with words between
# their lemmas ("fired more than 300 rockets"), some twice, some beside a phrase sharing a word.
TEXTS = [
    "Gunmen opened fire on a minibus near Kisumu on Tuesday, and police exchanged fire with them for an hour.",
    "Rebels fired more than 300 rockets at army posts in Dorvale; the army launched two ballistic missiles back.",
    "Government troops regained control of the port town of Alvero after heavy fighting that lasted a week.",
    "Militia fighters wrested back control of two villages, residents said, after an exchange of fire at dawn.",
    "The ministry said the talks would resume. No phrase of the lexicon appears in this sentence at all.",
    "",
]


@pytest.fixture(scope="module")
def finder() -> TriggerFinder:
    return TriggerFinder(load_taxonomy(), load_nlp().make_doc(""))


def _all_phrases(doc_vocab: object) -> Matcher:
    matcher = Matcher(doc_vocab)
    for event_type in load_taxonomy().types.values():
        patterns = [_phrase_pattern(phrase) for phrase in event_type.triggers.phrases]
        if patterns:
            matcher.add(event_type.id, patterns)
    return matcher


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_one_matcher_of_every_phrase(finder: TriggerFinder, text: str) -> None:
    doc = load_nlp()(text)
    whole = [(doc.vocab.strings[key], start, end) for key, start, end in _all_phrases(doc.vocab)(doc)]
    found = [(m.event_type.id, m.start, m.end) for m in finder._phrase_matches(doc)]
    assert found == whole


def test_phrases_are_found(finder: TriggerFinder) -> None:
    """The comparison above is not empty-handed: the fiction does hold phrase triggers."""
    found = [m for text in TEXTS[:4] for m in finder._phrase_matches(load_nlp()(text))]
    assert len(found) >= 4


@pytest.mark.parametrize("text", TEXTS)
def test_anchors_choose_the_phrases_a_scan_of_all_would(finder: TriggerFinder, text: str) -> None:
    """Looking phrases up by one of their lemmas gives the very phrases, in order, that testing each does."""
    doc = load_nlp()(text)
    lemmas = {token.lemma_ for token in doc}
    every = tuple(i for i, (_, words, _) in enumerate(finder._phrases) if words <= lemmas)
    matcher = finder._matcher_for(doc)
    chosen = next((key for key, value in finder._matchers.items() if value is matcher), ())
    assert chosen == every
