"""An event's day counted from another day told: a span after or before it, or a time pointing back to it.

"Troops raided the village two days later" is two days after the day told before it; "agreed on
Wednesday, a day after forces launched an offensive" puts the offensive on Tuesday; "the same night"
names the night an earlier sentence states. Each takes a day stated elsewhere (in the sentence, the
sentence before it, the lead or an earlier paragraph) and moves it by the span told. They are apart
from :func:`sitreps.extract.times.event_time`, which tries them in its order of preference, because
each is a small reckoning of its own, with its own note and evidence.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.annotate.dateline import body_start
from sitreps.annotate.doctext import doc_text
from sitreps.extract.english import phrases
from sitreps.extract.stated_times import (
    anaphoric,
    context_times,
    expressions,
    is_age,
    opening_of,
    previous_in_paragraph,
)
from sitreps.extract.time_clauses import Offset, measured_from, sequence_offset, spoken_when
from sitreps.extract.time_reader import Reader
from sitreps.models import DatePrecision, Span, TimeRef
from sitreps.resolve.time_patterns import TIME_WORDS, later_offset
from sitreps.resolve.times import ResolvedTime


def points_back(sentence: SpacySpan) -> bool:
    """Whether the sentence tells its day only as one told before ("the same night", "That same day, ..."):
    the phrases of ``anaphoric_times`` as whole words, whether or not the time tagger found them."""
    told = " ".join(sentence.text.lower().split())
    return any(re.search(rf"\b{re.escape(phrase)}\b", told) for phrase in phrases(TIME_WORDS, "anaphoric_times"))


def day_pointed_back(sentence: SpacySpan, excluded: tuple[int, int] | None, trigger: Token,
                     reader: Reader) -> TimeRef | None:
    """The day a time pointing back ("the same night", "that day") names: the nearest day an earlier
    sentence of the body states to the day, in this paragraph or one before. Its own sentence's speech act ("..., the
    ministry said in a statement on Friday") dates the telling, which that phrase says is not the event's
    day. Round 24 wire fiction (Sahel): "In a separate incident the same night, soldiers ... fought off an
    attack ..., the defence ministry said in a statement on Friday" took Friday, a day after the night the
    lead dated."""
    doc, start = sentence.doc, body_start(doc_text(sentence.doc))
    index = sentence.start - 1
    while index >= 0 and doc[index].idx >= start:
        before = doc[index].sent
        found = reader.resolve(context_times(before, excluded, trigger), trigger.idx, closed=True)
        if found is not None and found.precision is DatePrecision.DAY:  # "a week earlier" names no day
            return found
        index = before.start - 1
    return None


def offset_time(sentence: SpacySpan, trigger: Token, excluded: tuple[int, int] | None,
                reader: Reader) -> TimeRef | None:
    """The day of an event set a stated span from a dated one ("agreed on Wednesday, a day after
    forces launched an offensive": the offensive is Tuesday's; "the attack came two days after gunmen
    killed a priest on Sunday": the attack is Tuesday's), else None.

    The other event's day is the nearest single day of the sentence outside the span's phrase when the
    trigger is inside it, inside it when the phrase measures the trigger's clause from another event
    (``measured_from``), and not said of a speech act; the result is as precise as the span (days, weeks).
    """
    offset, inside = sequence_offset(trigger), False
    if offset is None:
        offset, inside = measured_from(trigger), True
    if offset is None:
        return None
    doc, text = sentence.doc, doc_text(sentence.doc)
    other = [r for r in expressions(sentence, excluded)
             if (offset.start <= r[0] and r[1] <= offset.end) == inside
             and not is_age(text[r[0]:r[1]]) and not anaphoric(text[r[0]:r[1]])
             and not spoken_when(doc, r, trigger)]
    # "captured the hill on Wednesday after overnight fighting, ..., a day after shelling killed three": the
    # span counts from the day told, not from a night that spans two (round 28, wire part w)
    anchor = reader.resolve([r for r in other if _one_day(reader.read(r))] or other, offset.start)
    if anchor is None or not _one_day(anchor):
        return None
    return _shifted(anchor, offset, text)


def _one_day(found: TimeRef | ResolvedTime) -> bool:
    """Whether a time names a single day: the day a span is counted from."""
    return found.precision is DatePrecision.DAY and bool(found.start) and found.start == found.end


def later_time(sentence: SpacySpan, own: list[tuple[int, int]], trigger: Token, excluded: tuple[int, int] | None,
               reader: Reader) -> TimeRef | None:
    """The day of an event told a span after a day stated before it ("Gunmen killed five on Monday.
    Troops raided the village two days later": Wednesday; "said on Friday that gunmen attacked the
    convoy the previous day": Thursday), else None.

    The day is the nearest single day stated before the span in its sentence, else in the sentence
    before it in its paragraph, else in the lead (a paragraph opening "A day earlier, ..." counts from
    the main incident's day, not from publication); the result is as precise as the span (days, weeks).
    """
    text = reader.text
    later = [(r, shift) for r in own if (shift := later_offset(text[r[0]:r[1]])) is not None]
    if not later:
        return None
    (start, end), (days, precision) = min(later, key=lambda found: abs(found[0][0] - trigger.idx))
    # "said on Friday that gunmen attacked the convoy the previous day": a day back from a speech act's
    context = context_times(sentence, excluded, trigger) if days > 0 else expressions(sentence, excluded)
    before = [r for r in context if r[1] <= start and not is_age(text[r[0]:r[1]])]
    anchor = reader.resolve(before, start)
    for told_before in (previous_in_paragraph(sentence), opening_of(sentence.doc)):
        if anchor is None and told_before is not None:
            anchor = reader.resolve(context_times(told_before, excluded, trigger), start)
    if anchor is None or not _one_day(anchor) or not anchor.start:
        return None
    day = (date.fromisoformat(anchor.start) + timedelta(days=days)).isoformat()
    note = f"{abs(days)} day(s) {'after' if days > 0 else 'before'} {anchor.start}, the day told before it"
    if anchor.note:
        note = f"{note}; {anchor.note}"
    return TimeRef(start=day, end=day, precision=precision, note=note,
                   evidence=[Span.of(text, start, end), *anchor.evidence])


def _shifted(anchor: TimeRef, offset: Offset, text: str) -> TimeRef:
    """``anchor``'s day moved by the offset, with the span and the anchor as evidence."""
    day = (date.fromisoformat(anchor.start or "") + timedelta(days=offset.days)).isoformat()
    side = "before" if offset.days < 0 else "after"
    note = f"{abs(offset.days)} day(s) {side} {anchor.start}, the day its sentence states"
    if anchor.note:
        note = f"{note}; {anchor.note}"
    return TimeRef(start=day, end=day, precision=offset.precision, note=note,
                   evidence=[*anchor.evidence, Span.of(text, offset.start, offset.end)])
