"""Where a swapped actor is named in its sentence: a breakdown of ``--kinds`` safe to print on any split.

A swap (the row's initiator is the gold's target) comes from a rule that reads the wrong side of a sentence;
which rule, the grammatical place of the winner's words says: the subject of an active verb ("soldiers killed
12 gunmen" read as the gunmen's answered attack), the subject of a passive one (a victim read as the doer), a
verb's object (a verb of defence, an answered attack, a capture's holder), a preposition's object or a
modifier of a noun. Round 30 found the blind set's ten swapped initiators named four times as an object and
five times as an active subject. The label names no article, sentence, word or place.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.annotate.nlp import load_nlp
from sitreps.evaluate.realnews_fields import field_of
from sitreps.evaluate.realnews_scores import Report
from sitreps.link.nodes import sentence_around
from sitreps.models import Event

ASPECT = "swapped, where the winner is named"
# Grammatical places by the dependency of the head of the winner's words; others fall under "elsewhere".
PLACES = {"nsubj": "subject of an active verb", "nsubjpass": "subject of a passive verb", "dobj": "object of a verb",
          "pobj": "object of a preposition", "compound": "modifier of a noun", "amod": "modifier of a noun",
          "poss": "modifier of a noun", "appos": "apposition"}


def winner_place(event: Event, role: str, report: Report) -> str:
    """The grammatical place of the first words that name the row's winning actor of ``role``."""
    consensus = field_of(event, f"actor:{role}")
    if consensus is None or not consensus.candidates or not consensus.candidates[0].evidence:
        return "no evidence"
    winner = consensus.candidates[0]
    documents = {a.document.id: a.document for a in report.articles.values() if a.document is not None}
    document = documents.get(winner.document_ids[0])
    if document is None:
        return "no evidence"
    span = winner.evidence[0]
    return place_in(document.text, span.start, span.end)


def place_in(text: str, start: int, end: int) -> str:
    """The grammatical place of ``text[start:end]`` in its sentence, parsed alone."""
    first, last = sentence_around(text, start, end)
    sentence = load_nlp()(text[first:last])
    words = sentence.char_span(start - first, end - first, alignment_mode="expand")
    if words is None:
        return "no evidence"
    return _place(words.root)


def _place(head: Token) -> str:
    place = PLACES.get(head.dep_, "elsewhere")
    if head.dep_ == "nsubj" and any(c.dep_ == "auxpass" for c in head.head.children):
        return PLACES["nsubjpass"]
    return place
