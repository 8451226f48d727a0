"""Reading an event's temporal expressions against the document's reference day.

A :class:`Reader` holds a document's text and the day its relative expressions are counted from (the
publication date, else the latest full date the article states: ``resolve.reference``), and picks the
resolvable expression nearest a trigger. When a speech act of the sentence is dated before
publication ("fire overnight killed four, the governor said on Wednesday" in a Friday paper), the
sentence's words counted from now are read from that day instead (:func:`said_on_reader`). It is apart
from :mod:`sitreps.extract.times`, which decides which expressions may date an event, so that the
choice and the reading can each be read alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.stated_times import expressions, previous_in_paragraph
from sitreps.extract.time_clauses import spoken_when
from sitreps.models import DatePrecision, Span, TimeRef
from sitreps.resolve.reference import Reference
from sitreps.resolve.relative_dates import EARLY_OR_LATE
from sitreps.resolve.time_patterns import TIME_WORDS
from sitreps.resolve.times import ResolvedTime, find_time_expressions, resolve_time

_POSSESSIVE = re.compile(r"['’]s$")  # "last night's shelling": the time itself


def _closed(found: ResolvedTime) -> bool:
    """A dated range with both ends: "since June" starts a state and dates no single event."""
    return found.precision is not DatePrecision.UNKNOWN and found.start is not None and found.end is not None


def _counts_from_now(expression: str) -> bool:
    """A time counted from the moment the report speaks ("overnight", "late last night", "yesterday's")."""
    flat = EARLY_OR_LATE.sub("", _POSSESSIVE.sub("", " ".join(expression.lower().split())))
    return flat in words(TIME_WORDS, "now_words")


@dataclass(frozen=True)
class _SaidOn:
    """The day a speech act of one sentence states, before publication: the sentence's words counted
    from now are read from it ("fire overnight killed four, the governor said on Wednesday")."""

    day: str
    sentence: tuple[int, int]


@dataclass(frozen=True)
class Reader:
    """Resolves the temporal expressions of one document against its reference day."""

    text: str
    reference: Reference | None
    said_on: _SaidOn | None = None

    @property
    def anchor(self) -> str | None:
        """The reference day (ISO), None when the document states none."""
        return self.reference.iso if self.reference else None

    @property
    def note(self) -> str | None:
        """What a time read against an anchor that is no publication date says of it."""
        return self.reference.note() if self.reference else None

    @property
    def stated_anchor(self) -> bool:
        """Whether the anchor is the latest full date an undated article states, not its day of writing."""
        return self.reference is not None and self.reference.inferred

    def resolve(self, ranges: Sequence[tuple[int, int]], near: int, *, closed: bool = False) -> TimeRef | None:
        """The resolvable expression nearest ``near`` (with both ends when ``closed``), or None."""
        found = {r: self.read(r) for r in ranges}
        known = [r for r in ranges
                 if (_closed(found[r]) if closed else found[r].precision is not DatePrecision.UNKNOWN)]
        if not known:
            return None
        chosen = min(known, key=lambda r: abs(r[0] - near))
        return time_ref(self.text, chosen, found[chosen])

    def read(self, expression: tuple[int, int]) -> ResolvedTime:
        """One expression's dates; when the whole is not understood, those of an expression of
        sitreps' own patterns that ends it. spaCy's DATE entity may open a date with words that only
        place it within its day ("the night of March 3", "4pm today"); words after a date are
        another clause's span ("on Wednesday an hour after the truce"), so those are not cut off."""
        said = self.text[expression[0]:expression[1]]
        said_on = self.said_on
        if said_on and said_on.sentence[0] <= expression[0] < said_on.sentence[1] and _counts_from_now(said):
            return resolve_time(said, said_on.day, anchor_note=f"read from {said_on.day}, the day it was said")
        whole = resolve_time(said, self.anchor, anchor_note=self.note, stated_anchor=self.stated_anchor)
        if whole.precision is not DatePrecision.UNKNOWN:
            return whole
        ending = [(start, end) for start, end in find_time_expressions(said) if start > 0 and end == len(said)]
        part = resolve_time(said[ending[-1][0]:], self.anchor, anchor_note=self.note,
                            stated_anchor=self.stated_anchor) if ending else whole
        return part if part.precision is not DatePrecision.UNKNOWN else whole


def speech_times(sentence: SpacySpan, stated: list[tuple[int, int]], trigger: Token,
                 excluded: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The times of the speech acts of a sentence, else of the sentence before it in its paragraph: a
    paragraph goes on with its source's telling ("the governor said on Saturday that artillery shelled
    the town overnight. Officials later said last night's shelling had killed six")."""
    doc = sentence.doc
    speech = [r for r in stated if spoken_when(doc, r, trigger)]
    before = previous_in_paragraph(sentence) if not speech else None
    if before is not None:
        speech = [r for r in expressions(before, excluded) if spoken_when(doc, r, trigger)]
    return speech


def said_on_reader(reader: Reader, spoken: list[tuple[int, int]], near: int, sentence: tuple[int, int]) -> Reader:
    """``reader`` reading the sentence's words counted from now from the day its speech act nearest
    ``near`` states, when that is one day before the anchor ("said on Wednesday" in a Friday paper: the
    source's "overnight" is Tuesday night's); else ``reader`` unchanged."""
    told = reader.resolve(spoken, near)
    if (told is None or told.precision is not DatePrecision.DAY or not told.start or told.start != told.end
            or reader.anchor is None or told.start >= reader.anchor[:10]):
        return reader
    return replace(reader, said_on=_SaidOn(told.start, sentence))


def time_ref(text: str, chosen: tuple[int, int], found: ResolvedTime) -> TimeRef:
    """An expression's dates as an event's time, the expression its evidence."""
    return TimeRef(start=found.start, end=found.end, precision=found.precision, note=found.note,
                   evidence=[Span.of(text, *chosen)])
