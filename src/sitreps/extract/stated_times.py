"""Where an event's time may be told: the temporal expressions a sentence states, and its neighbours.

:func:`sitreps.extract.times.event_time` chooses among the expressions of the trigger's own sentence,
then of the lead paragraph, then of the sentence before it in its paragraph. This module finds those
expressions (spaCy's DATE/TIME entities and sitreps' own patterns, a day split from a span counted
from another event run into it, the page's own stamp left out), tells ages, times pointing back and
spans counted from another event from the rest, and finds the neighbouring sentences (the lead, the
sentence before) and the times they may lend. It is apart from the choice of a time and from the
reading of one against the publication date: what a text states is one question, which of it dates
the event another.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitreps.annotate.dateline import body_start
from sitreps.annotate.doctext import doc_text, ents_in
from sitreps.extract.english import phrases, words
from sitreps.extract.time_clauses import dated_elsewhere, spoken_when
from sitreps.ingest.dates import publication_line
from sitreps.resolve.time_patterns import TIME_WORDS, later_offset
from sitreps.resolve.times import find_time_expressions

TIME_LABELS = frozenset({"DATE", "TIME"})
SEQUENCE_LOOKAHEAD = 20  # characters after a span to find its marker ("months after"): one word
SPAN_SEPARATOR = ", "  # what sets a day off from the span run into it ("Tuesday, three days after")


def expressions(sentence: SpacySpan, excluded: tuple[int, int] | None) -> list[tuple[int, int]]:
    """Character ranges of temporal expressions in a sentence (spaCy DATE/TIME and sitreps' patterns)."""
    text = doc_text(sentence.doc)
    found = {(e.start_char, e.end_char) for e in ents_in(sentence) if e.label_ in TIME_LABELS}
    for start, end in find_time_expressions(text[sentence.start_char:sentence.end_char]):
        found.add((sentence.start_char + start, sentence.start_char + end))
    found = {piece for r in found for piece in _split_span(text, r)}
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda r: (r[0], -r[1])):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    if excluded:
        merged = [r for r in merged if r[1] <= excluded[0] or r[0] >= excluded[1]]
    return [r for r in merged if not _stamped(text, r)]


def _stamped(text: str, expression: tuple[int, int]) -> bool:
    """Whether a time is the page's own stamp ("Published on 12 March 2024" on a line of its own, which
    the parser may join to a headline without a full stop): the page's day, no incident's."""
    start = text.rfind("\n", 0, expression[0]) + 1
    end = text.find("\n", expression[1])
    return publication_line(text[start:len(text) if end < 0 else end]) is not None


def _split_span(text: str, expression: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """A day and a span counted from another event that the entity recogniser ran together ("on
    Tuesday, three days after separatists ambushed"): two expressions, the day the sentence's own,
    the span the other event's; any other expression whole."""
    comma = text.rfind(SPAN_SEPARATOR, expression[0], expression[1])
    if comma < 0 or not counts_from_another(text, expression):
        return (expression,)
    return (expression[0], comma), (comma + len(SPAN_SEPARATOR), expression[1])


def anaphoric(expression: str) -> bool:
    """A time that points back to a day told elsewhere ("that morning", "later that day")."""
    flat = " ".join(expression.lower().split())
    return any(flat == phrase or flat.endswith(" " + phrase) for phrase in phrases(TIME_WORDS, "anaphoric_times"))


def counts_from_another(text: str, expression: tuple[int, int]) -> bool:
    """A span counted from another event: "months after the arrest", "two days before the vote"."""
    following = text[expression[1]:expression[1] + SEQUENCE_LOOKAHEAD].lower().split()
    return bool(following) and following[0].strip(",") in words(TIME_WORDS, "sequence_markers")


def is_age(expression: str) -> bool:
    """spaCy tags ages as dates ("a 17-year-old", "about 25 years old"): they say nothing of when."""
    flat = " ".join(expression.lower().replace("-", " ").split())
    return any(flat.endswith(suffix.replace("-", " ")) for suffix in phrases("counts", "age_suffixes"))


def lead_of(sentence: SpacySpan) -> SpacySpan | None:
    """The headline and the body's first paragraph, when ``sentence`` is in them; else None.

    The headline and lead tell an article's main incident and date it once
    ("... took 400 passengers hostage. The assault occurred on Tuesday
    afternoon."). Later paragraphs move between incidents and their dates:
    carrying a time across them dated background as today's news (measured on
    the real-news dev split).
    """
    opening = opening_of(sentence.doc)
    return opening if opening is not None and sentence.start_char < opening.end_char else None


def opening_of(doc: Doc) -> SpacySpan | None:
    """The headline and the body's first paragraph of a document."""
    text = doc_text(doc)
    start = body_start(text)
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    return doc.char_span(0, len(text) if end < 0 else end, alignment_mode="expand")


def previous_in_paragraph(sentence: SpacySpan) -> SpacySpan | None:
    """The sentence before ``sentence`` when both are in one paragraph of the body, else None.

    News tells an incident's day once and its details in the sentences after it ("Hezbollah fired
    rockets on Monday. Most were intercepted."); a new paragraph may move to another incident.
    """
    doc, text = sentence.doc, doc_text(sentence.doc)
    if sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    if before.start_char < body_start(text) or "\n" in text[before.start_char:sentence.start_char]:
        return None
    return before


def context_times(span: SpacySpan, excluded: tuple[int, int] | None, trigger: Token) -> list[tuple[int, int]]:
    """The times of a neighbouring span that may date the trigger's event: no ages, no times pointing
    back, no span counted from a day told before it ("the previous day"), none said of a speech act
    or of another clause's aftermath."""
    doc, text = span.doc, doc_text(span.doc)
    return [r for r in expressions(span, excluded) if not is_age(text[r[0]:r[1]])
            and not anaphoric(text[r[0]:r[1]]) and later_offset(text[r[0]:r[1]]) is None
            and not spoken_when(doc, r, trigger) and not dated_elsewhere(doc, r, trigger)]
