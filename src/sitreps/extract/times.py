"""When: the temporal expression of an event, normalised against the publication date.

An event told in the past tense with no date is still placed before
publication (start unknown, end the publication date, precision unknown),
which is what a reader can honestly say about it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.annotate.doctext import doc_text, ents_in
from sitreps.models import DatePrecision, Span, TimeRef
from sitreps.resolve.reference import document_reference
from sitreps.resolve.times import ResolvedTime, find_time_expressions, resolve_time

TIME_LABELS = frozenset({"DATE", "TIME"})
PAST_TAGS = frozenset({"VBD", "VBN"})
BEFORE_PUBLICATION_NOTE = "no date stated; reported in the past tense, so before publication"


def _expressions(sentence: SpacySpan, excluded: tuple[int, int] | None) -> list[tuple[int, int]]:
    """Character ranges of temporal expressions in a sentence (spaCy DATE/TIME and sitreps' patterns)."""
    text = doc_text(sentence.doc)
    found = {(e.start_char, e.end_char) for e in ents_in(sentence) if e.label_ in TIME_LABELS}
    for start, end in find_time_expressions(text[sentence.start_char:sentence.end_char]):
        found.add((sentence.start_char + start, sentence.start_char + end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda r: (r[0], -r[1])):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    if excluded:
        merged = [r for r in merged if r[1] <= excluded[0] or r[0] >= excluded[1]]
    return merged


def event_time(sentence: SpacySpan, trigger: Token, published_at: str | None,
               excluded: tuple[int, int] | None, belongs: Callable[[int, int], bool]) -> TimeRef | None:
    """The time of the event a trigger denotes, or None when nothing supports one.

    ``belongs`` tells whether the expression at a character range is this
    trigger's (and not another event's of the same sentence). The order of
    preference: a resolvable expression of the trigger's own, else one of the
    sentence (a time said once for a chain of events, "were killed in an attack
    on Monday"), else the past tense (before publication), else an expression
    of its own that could not be resolved, with the note saying why. Relative
    expressions are read against the publication date, else against the latest
    full date the article states (``resolve.reference``), noted as such.
    """
    text = doc_text(sentence.doc)
    reference = document_reference(published_at, text)
    anchor, note = (reference.iso, reference.note()) if reference else (None, None)
    ranges = _expressions(sentence, excluded)
    own = [r for r in ranges if belongs(*r)]
    resolved = {r: resolve_time(text[r[0]:r[1]], anchor, anchor_note=note) for r in ranges}
    for candidates in (own, ranges):
        known = [r for r in candidates if resolved[r].precision is not DatePrecision.UNKNOWN]
        if known:
            return _time_ref(text, min(known, key=lambda r: abs(r[0] - trigger.idx)), resolved)
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if published_at and verb.tag_ in PAST_TAGS:
        return TimeRef(start=None, end=published_at[:10], precision=DatePrecision.UNKNOWN,
                       note=BEFORE_PUBLICATION_NOTE,
                       evidence=[Span.of(text, verb.idx, verb.idx + len(verb))])
    if own:
        return _time_ref(text, min(own, key=lambda r: abs(r[0] - trigger.idx)), resolved)
    return None


def _time_ref(text: str, chosen: tuple[int, int], resolved: dict[tuple[int, int], ResolvedTime]) -> TimeRef:
    found = resolved[chosen]
    return TimeRef(start=found.start, end=found.end, precision=found.precision, note=found.note,
                   evidence=[Span.of(text, *chosen)])
