"""Sentence boundaries spaCy's parser cannot see: line breaks and the dateline.

Titles and datelines carry no final punctuation, so without this component the
parser glues the headline, the dateline and the first sentence into one.
Registered as ``sitreps_paragraphs_v1`` (spaCy forbids dots in factory names); it runs before the parser, which keeps
the boundaries it is given.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sitreps.annotate.dateline import find_dateline
from sitreps.annotate.doctext import doc_text

COMPONENT_NAME = "sitreps_paragraphs_v1"
LEMMA_COMPONENT_NAME = "sitreps_lower_lemmas_v1"
DATELINE_KEY = "sitreps.dateline"


def mark_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break and right after the dateline."""
    dateline = find_dateline(doc_text(doc))
    doc.user_data[DATELINE_KEY] = dateline
    for token in doc[1:]:
        previous = doc[token.i - 1]
        after_break = "\n" in previous.text or "\n" in previous.whitespace_
        after_dateline = dateline is not None and token.idx == dateline.end and not token.is_space
        if after_break or after_dateline:
            token.is_sent_start = True
    return doc


def lowercase_lemmas(doc: Doc) -> Doc:
    """Lowercase every lemma, so trigger lexicons match capitalised words too.

    The lemmatiser keeps the case of proper nouns, and a capitalised plural that
    opens a sentence is often tagged one ("Drones struck..." keeps "Drones").
    """
    for token in doc:
        token.lemma_ = token.lemma_.lower()
    return doc


def register() -> None:
    """Register sitreps' components with spaCy's factory registry (idempotent)."""
    if not Language.has_factory(COMPONENT_NAME):
        Language.component(COMPONENT_NAME, func=mark_boundaries)
    if not Language.has_factory(LEMMA_COMPONENT_NAME):
        Language.component(LEMMA_COMPONENT_NAME, func=lowercase_lemmas)
