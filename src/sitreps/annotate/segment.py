"""Sentence boundaries spaCy's parser cannot see: line breaks and the dateline.

Titles and datelines carry no final punctuation, so without this component the
parser glues the headline, the dateline and the first sentence into one.
Registered as ``sitreps_paragraphs_v1`` (spaCy forbids dots in factory names);
it runs before the parser, which keeps the boundaries it is given.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitreps.annotate.dateline import find_dateline
from sitreps.annotate.doctext import doc_text
from sitreps.language_data import word_list

COMPONENT_NAME = "sitreps_paragraphs_v1"
LEMMA_COMPONENT_NAME = "sitreps_lower_lemmas_v1"
DATELINE_KEY = "sitreps.dateline"
SENTENCE_FINAL = frozenset({".", "!", "?", ":", '"', "”", "’", "'", ")"})
# A line shorter than this that ends without punctuation is a headline or a
# timestamp, not a hard-wrapped body line (wire copy wraps at 65-80 columns).
WRAPPED_LINE_MIN_CHARS = 50
# Marks by which one headline joins two incidents ("Bomb kills three in Mogadishu; gunmen kidnap aid
# worker in Baidoa"): each half is a headline of its own.
HEADLINE_JOINS = frozenset({";"})


def _breaks_sentence(previous: Token, text: str) -> bool:
    """True when the line break after ``previous`` ends a sentence, not a hard-wrapped line.

    A blank line always does; a single break does after final punctuation or
    after a short line (a headline, a liveblog timestamp), while wire copy
    wrapped at ~70 columns runs on.
    """
    end = previous.idx + len(previous.text) + len(previous.whitespace_)
    start = previous.idx if previous.is_space else previous.idx + len(previous.text)
    if text.count("\n", start, end) >= 2:
        return True
    last = previous.doc[previous.i - 1] if previous.is_space and previous.i > 0 else previous
    line_start = text.rfind("\n", 0, last.idx) + 1
    return last.text in SENTENCE_FINAL or last.idx + len(last.text) - line_start < WRAPPED_LINE_MIN_CHARS


@cache
def _title_abbreviations() -> frozenset[str]:
    return frozenset(word_list("abbreviations", "title_abbreviations"))


def _headline_join(previous: Token, text: str) -> bool:
    """Whether ``previous`` joins two headlines: a semicolon in a line that ends without final punctuation
    (a title, not a body sentence, where a semicolon may run a list of names and ages on). The parser
    otherwise reads the halves as one sentence, and the second half's verb takes the first half's toll,
    place and doer (round 24, fresh wire copy)."""
    if previous.text not in HEADLINE_JOINS:
        return False
    end = text.find("\n", previous.idx)
    line = text[text.rfind("\n", 0, previous.idx) + 1:end if end >= 0 else len(text)].rstrip()
    return bool(line) and line[-1] not in SENTENCE_FINAL


def _after_title(token: Token) -> bool:
    """Whether ``token`` is a capitalised word right after an abbreviated title ("Brig. | Gen.", "Dr. | Hana")."""
    if token.i < 1 or not token.text[:1].isupper():
        return False
    previous = token.doc[token.i - 1]
    if previous.text == "." and token.i >= 2 and not token.doc[token.i - 2].whitespace_:
        previous = token.doc[token.i - 2]  # the tokenizer split "Brig." into "Brig" and "."
    elif not previous.text.endswith("."):
        return False
    return previous.lower_.rstrip(".") in _title_abbreviations()


def _within_dateline(previous: Token, token: Token, start: int, end: int) -> bool:
    """Whether ``token`` runs on a dateline or the body's first word: the parser reads "SRINAGAR, Oct 5:
    3 militants were killed" as four sentences ("SRINAGAR", ", Oct 5:", "3", the rest) and "GAZA, 12
    (Reuters) -" as two, which cuts the figure off its victims; neither a dateline nor a body ever
    starts a sentence at its second word."""
    return start < token.idx < end or (previous.idx == end and not previous.is_space and not token.is_space)


def mark_boundaries(doc: Doc) -> Doc:
    """Start a sentence after a paragraph or sentence-ending line break and after the dateline.

    A break inside a hard-wrapped sentence is marked as no boundary, since the
    parser would otherwise often split there; so is the full stop of an abbreviated
    title before a name ("said U.S. Army Brig. Gen. Marcus Hale"), and so is any word
    within the dateline or right after the body's first word (``_within_dateline``).
    """
    text = doc_text(doc)
    dateline = find_dateline(text)
    doc.user_data[DATELINE_KEY] = dateline
    for previous, token in pairwise(doc):
        line_break = "\n" in previous.text or "\n" in previous.whitespace_
        after_dateline = dateline is not None and token.idx == dateline.end and not token.is_space
        if dateline is not None and _within_dateline(previous, token, dateline.start, dateline.end):
            token.is_sent_start = False
        elif after_dateline or (line_break and _breaks_sentence(previous, text)) or (
                not token.is_space and _headline_join(previous, text)):
            token.is_sent_start = True
        elif line_break and not token.is_space:
            token.is_sent_start = False  # a hard-wrapped line runs on; the parser must not split here
        elif _after_title(token):
            token.is_sent_start = False
    return doc


def lowercase_lemmas(doc: Doc) -> Doc:
    """Lowercase every lemma, so trigger lexicons match capitalised words too.

    The lemmatiser keeps the case of proper nouns, and a capitalised plural that
    opens a sentence is often tagged one ("Drones struck..." keeps "Drones").
    """
    for token in doc:
        lemma = token.lemma_
        lower = lemma.lower()
        if lower != lemma:  # most lemmas already are lowercase: skip the string-store write
            token.lemma_ = lower
    return doc


def register() -> None:
    """Register sitreps' components with spaCy's factory registry (idempotent)."""
    if not Language.has_factory(COMPONENT_NAME):
        Language.component(COMPONENT_NAME, func=mark_boundaries)
    if not Language.has_factory(LEMMA_COMPONENT_NAME):
        Language.component(LEMMA_COMPONENT_NAME, func=lowercase_lemmas)
