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

COMPONENT_NAME = "sitreps_paragraphs_v1"
DATELINE_KEY = "sitreps.dateline"


def mark_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break and right after the dateline."""
    dateline = find_dateline(doc.text)
    doc.user_data[DATELINE_KEY] = dateline
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif dateline is not None and token.idx == dateline.end and not token.is_space:
            token.is_sent_start = True
    return doc


def register() -> None:
    """Register the component with spaCy's factory registry (idempotent)."""
    if not Language.has_factory(COMPONENT_NAME):
        Language.component(COMPONENT_NAME, func=mark_boundaries)
