"""When: the time of an event mention, normalised against the publication date.

Which expression dates which event (its own clause, else its sentence, else the
lead for the article's main incident, else the sentence before it in its
paragraph) is decided in :func:`event_time`; times that date another clause
(a speech act, a toll, a reaction) are told apart in
:mod:`sitreps.extract.time_clauses`; an
undated article is read against the latest full date it states
(:mod:`sitreps.resolve.reference`). An event told in the past tense with no
date is still placed before publication (start unknown, end the publication
date, precision unknown), which is what a reader can honestly say about it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitreps.annotate.dateline import body_start
from sitreps.annotate.doctext import doc_text, ents_in
from sitreps.extract.english import phrases, words
from sitreps.extract.past_dates import before_publication, told_past_on
from sitreps.extract.time_clauses import (
    Offset,
    clause_verb,
    dated_elsewhere,
    described_noun_time,
    measured_from,
    sequence_offset,
    sequenced,
    spoken_when,
)
from sitreps.extract.toll_scope import counted_since
from sitreps.ingest.dates import publication_line
from sitreps.models import DatePrecision, Span, TimeRef
from sitreps.resolve.reference import document_reference, url_month
from sitreps.resolve.relative_dates import EARLY_OR_LATE
from sitreps.resolve.time_patterns import TIME_WORDS, later_offset
from sitreps.resolve.times import ResolvedTime, find_time_expressions, resolve_time

TIME_LABELS = frozenset({"DATE", "TIME"})
PAST_TAGS = frozenset({"VBD", "VBN"})
HEADLINE_TAGS = frozenset({"VBZ", "VBP", "VB"})  # a headline's present tense tells past news ("Gunmen seize bus")
BEFORE_PUBLICATION_NOTE = "no date stated; reported in the past tense, so before publication"
ONGOING_NOTE = "no date stated; reported as going on, so up to publication"
UNPUBLISHED_PAST_NOTE = "no date stated; reported in the past tense, in an article with no publication date"
TALLY_NOTE = "a tally from a starting point to now, not one incident: no day of its own"
# A participle's clause hangs on another verb ("killing nine", "taking part in", "the man leading"):
# it is told in that verb's tense.
PARTICIPLE_DEPS = frozenset({"advcl", "conj", "xcomp", "pcomp", "acl"})
PRESENT_AUX_TAGS = frozenset({"VBP", "VBZ"})  # "are unfolding", "is raging": going on as the report is written
_POSSESSIVE = re.compile(r"['’]s$")  # "last night's shelling": the time itself
SEQUENCE_LOOKAHEAD = 20  # characters after a span to find its marker ("months after"): one word
SPAN_SEPARATOR = ", "  # what sets a day off from the span run into it ("Tuesday, three days after")


def _expressions(sentence: SpacySpan, excluded: tuple[int, int] | None) -> list[tuple[int, int]]:
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
    if comma < 0 or not _counts_from_another(text, expression):
        return (expression,)
    return (expression[0], comma), (comma + len(SPAN_SEPARATOR), expression[1])


def _anaphoric(expression: str) -> bool:
    """A time that points back to a day told elsewhere ("that morning", "later that day")."""
    flat = " ".join(expression.lower().split())
    return any(flat == phrase or flat.endswith(" " + phrase) for phrase in phrases(TIME_WORDS, "anaphoric_times"))


def _counts_from_another(text: str, expression: tuple[int, int]) -> bool:
    """A span counted from another event: "months after the arrest", "two days before the vote"."""
    following = text[expression[1]:expression[1] + SEQUENCE_LOOKAHEAD].lower().split()
    return bool(following) and following[0].strip(",") in words(TIME_WORDS, "sequence_markers")


def _is_age(expression: str) -> bool:
    """spaCy tags ages as dates ("a 17-year-old", "about 25 years old"): they say nothing of when."""
    flat = " ".join(expression.lower().replace("-", " ").split())
    return any(flat.endswith(suffix.replace("-", " ")) for suffix in phrases("counts", "age_suffixes"))


def _lead(sentence: SpacySpan) -> SpacySpan | None:
    """The headline and the body's first paragraph, when ``sentence`` is in them; else None.

    The headline and lead tell an article's main incident and date it once
    ("... took 400 passengers hostage. The assault occurred on Tuesday
    afternoon."). Later paragraphs move between incidents and their dates:
    carrying a time across them dated background as today's news (measured on
    the real-news dev split).
    """
    opening = _opening(sentence.doc)
    return opening if opening is not None and sentence.start_char < opening.end_char else None


def _opening(doc: Doc) -> SpacySpan | None:
    """The headline and the body's first paragraph of a document."""
    text = doc_text(doc)
    start = body_start(text)
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    return doc.char_span(0, len(text) if end < 0 else end, alignment_mode="expand")


def _previous_in_paragraph(sentence: SpacySpan) -> SpacySpan | None:
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


def _context_times(span: SpacySpan, excluded: tuple[int, int] | None, trigger: Token) -> list[tuple[int, int]]:
    """The times of a neighbouring span that may date the trigger's event: no ages, no times pointing
    back, no span counted from a day told before it ("the previous day"), none said of a speech act
    or of another clause's aftermath."""
    doc, text = span.doc, doc_text(span.doc)
    return [r for r in _expressions(span, excluded) if not _is_age(text[r[0]:r[1]])
            and not _anaphoric(text[r[0]:r[1]]) and later_offset(text[r[0]:r[1]]) is None
            and not spoken_when(doc, r, trigger) and not dated_elsewhere(doc, r, trigger)]


def _governing_verb(trigger: Token) -> Token:
    """The verb that tells a trigger's tense: the trigger itself, else the nearest verb above a noun
    ("was killed in a clash": the clash is told in the past), else the noun's head (a headline)."""
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger
    return next((t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), trigger.head)


def _ongoing(trigger: Token) -> bool:
    """Whether the event is told as going on now: a present progressive trigger or one whose subject
    it is ("fighting is raging", "battles are unfolding"); not a noun under another verb ("are
    preparing an offensive": the offensive is not under way)."""
    verb = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass") else trigger
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in PRESENT_AUX_TAGS for c in verb.children)


def _tensed(verb: Token) -> Token:
    """The verb whose tense a participle takes ("raided a camp, killing nine": killing is past; "was
    arrested after taking part in a rally": taking is past)."""
    while verb.tag_ == "VBG" and verb.dep_ in PARTICIPLE_DEPS and verb.head != verb:
        above = clause_verb(verb.head)
        if above is None:
            break
        verb = above
    return verb


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
class _Reader:
    """Resolves the temporal expressions of one document against its reference day."""

    text: str
    anchor: str | None
    note: str | None
    said_on: _SaidOn | None = None

    def resolve(self, ranges: Sequence[tuple[int, int]], near: int, *, closed: bool = False) -> TimeRef | None:
        """The resolvable expression nearest ``near`` (with both ends when ``closed``), or None."""
        found = {r: self.read(r) for r in ranges}
        known = [r for r in ranges
                 if (_closed(found[r]) if closed else found[r].precision is not DatePrecision.UNKNOWN)]
        if not known:
            return None
        chosen = min(known, key=lambda r: abs(r[0] - near))
        return _time_ref(self.text, chosen, found[chosen])

    def read(self, expression: tuple[int, int]) -> ResolvedTime:
        """One expression's dates; when the whole is not understood, those of an expression of
        sitreps' own patterns that ends it. spaCy's DATE entity may open a date with words that only
        place it within its day ("the night of March 3", "4pm today"); words after a date are
        another clause's span ("on Wednesday an hour after the truce"), so those are not cut off."""
        said = self.text[expression[0]:expression[1]]
        said_on = self.said_on
        if said_on and said_on.sentence[0] <= expression[0] < said_on.sentence[1] and _counts_from_now(said):
            return resolve_time(said, said_on.day, anchor_note=f"read from {said_on.day}, the day it was said")
        whole = resolve_time(said, self.anchor, anchor_note=self.note)
        if whole.precision is not DatePrecision.UNKNOWN:
            return whole
        ending = [(start, end) for start, end in find_time_expressions(said) if start > 0 and end == len(said)]
        part = resolve_time(said[ending[-1][0]:], self.anchor, anchor_note=self.note) if ending else whole
        return part if part.precision is not DatePrecision.UNKNOWN else whole


def event_time(sentence: SpacySpan, trigger: Token, published_at: str | None,
               excluded: tuple[int, int] | None, belongs: Callable[[int, int], bool]) -> TimeRef | None:
    """The time of the event a trigger denotes, or None when nothing supports one.

    ``belongs`` tells whether the expression at a character range is this
    trigger's (and not another event's of the same sentence). The order of
    preference, measured on the real-news dev split:

    1. a resolvable expression of the trigger's own;
    2. when it has none, a dated range of its sentence (a time said once for a
       chain of events: "were killed in an attack on Monday");
    3. for an event of the headline or lead told in the past tense and not set
       before or after another one, a dated range of the lead paragraph (news
       dates its main incident once: "The assault occurred on Tuesday");
    4. when a speech act ("representatives said Friday") is all that is dated
       in the sentence, its time: the day it was said, which often is the day
       it happened, rather than nothing;
    5. for a past-tense event not set before or after another, a dated range
       of the sentence before it in the same paragraph (``_previous_in_paragraph``);
    6. before publication for a past-tense event, up to publication for one told
       as going on; else an expression of its own that could not be resolved,
       the note saying why; else, for a past-tense event of an article with no
       publication date, no date with a note saying it is past (its report may
       still date it: ``link.report_dates``).

    A tally from a starting point to now ("killed since the coup") has no day (``_tally_time``).
    Ages are never times, a time pointing back ("that morning") is left to the
    day its sentence states, and a time of another clause (``dated_elsewhere``)
    dates nothing here. Relative expressions are read against the publication
    date, else the latest full date the article states (``resolve.reference``),
    noted as such.
    """
    doc = sentence.doc
    text = doc_text(doc)
    if counted_since(trigger):
        return _tally_time(text, trigger, published_at)
    reference = document_reference(published_at, text, month=url_month(doc))
    reader = _Reader(text, reference.iso if reference else None, reference.note() if reference else None)
    stated = _expressions(sentence, excluded)
    ranges = [r for r in stated
              if not _is_age(text[r[0]:r[1]]) and not _anaphoric(text[r[0]:r[1]])
              and not dated_elsewhere(doc, r, trigger)]
    spoken = [r for r in ranges if spoken_when(doc, r, trigger)]
    events = [r for r in ranges if r not in spoken]
    reader = _said_on(reader, _speech_times(sentence, stated, trigger, excluded), trigger.idx,
                      (sentence.start_char, sentence.end_char))
    own = [r for r in events if belongs(*r)] or [r for r in events if described_noun_time(doc, r, trigger)]
    verb = _tensed(_governing_verb(trigger))
    past = verb.tag_ in PAST_TAGS or (verb.tag_ in HEADLINE_TAGS and sentence.start_char < body_start(text))
    found = (_later_time(sentence, own, trigger, excluded, reader) or reader.resolve(own, trigger.idx)
             or _offset_time(sentence, trigger, excluded, reader))
    # A time of its own that dates nothing ("at around 4 pm") does not keep the event from the day its
    # sentence, lead or paragraph states; a span counted from another event ("months after the arrest")
    # still does.
    dating = [r for r in own if reader.read(r).precision is not DatePrecision.UNKNOWN
              or _counts_from_another(text, r)]
    lead = _lead(sentence) if not dating and past and not sequenced(trigger) else None
    if found is None and not dating:
        found = reader.resolve(events, trigger.idx, closed=True)
        if found is None and lead is not None:
            found = reader.resolve(_context_times(lead, excluded, trigger), trigger.idx, closed=True)
        if found is None and _points_back(sentence):
            found = _day_pointed_back(sentence, excluded, trigger, reader)
        found = found or reader.resolve(spoken, trigger.idx, closed=True)
        before = _previous_in_paragraph(sentence) if past and not sequenced(trigger) else None
        if found is None and before is not None:
            found = reader.resolve(_context_times(before, excluded, trigger), trigger.idx, closed=True)
    if found is not None:
        return before_publication(found, told_past_on(trigger, found, PAST_TAGS), published_at)
    if published_at and (past or _ongoing(trigger)):
        return TimeRef(start=None, end=published_at[:10], precision=DatePrecision.UNKNOWN,
                       note=BEFORE_PUBLICATION_NOTE if past else ONGOING_NOTE,
                       evidence=[Span.of(text, verb.idx, verb.idx + len(verb))])
    if own:
        start, end = min(own, key=lambda r: abs(r[0] - trigger.idx))
        unresolved = resolve_time(text[start:end], reader.anchor, anchor_note=reader.note)
        return _time_ref(text, (start, end), unresolved)
    if past:
        return TimeRef(start=None, end=None, precision=DatePrecision.UNKNOWN, note=UNPUBLISHED_PAST_NOTE,
                       evidence=[Span.of(text, verb.idx, verb.idx + len(verb))])
    return None


def _points_back(sentence: SpacySpan) -> bool:
    """Whether the sentence tells its day only as one told before ("the same night", "That same day, ..."):
    the phrases of ``anaphoric_times`` as whole words, whether or not the time tagger found them."""
    told = " ".join(sentence.text.lower().split())
    return any(re.search(rf"\b{re.escape(phrase)}\b", told) for phrase in phrases(TIME_WORDS, "anaphoric_times"))


def _day_pointed_back(sentence: SpacySpan, excluded: tuple[int, int] | None, trigger: Token,
                      reader: _Reader) -> TimeRef | None:
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
        found = reader.resolve(_context_times(before, excluded, trigger), trigger.idx, closed=True)
        if found is not None and found.precision is DatePrecision.DAY:  # "a week earlier" names no day
            return found
        index = before.start - 1
    return None


def _tally_time(text: str, trigger: Token, published_at: str | None) -> TimeRef:
    """The time of a tally from a starting point to now ("more than 6,000 civilians have been killed since the
    coup", "the camp has been attacked several times since the conflict flared again in 2017"): up to
    publication, with no day. The year its "since" clause names, or a day its paragraph or lead states,
    is the period's start or another incident's, and as a retelling's time it would date the incident
    the tally is merged into (round 16 fiction: a strike dated to a coup's month)."""
    return TimeRef(start=None, end=published_at[:10] if published_at else None, precision=DatePrecision.UNKNOWN,
                   note=TALLY_NOTE, evidence=[Span.of(text, trigger.idx, trigger.idx + len(trigger))])


def _speech_times(sentence: SpacySpan, stated: list[tuple[int, int]], trigger: Token,
                  excluded: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The times of the speech acts of a sentence, else of the sentence before it in its paragraph: a
    paragraph goes on with its source's telling ("the governor said on Saturday that artillery shelled
    the town overnight. Officials later said last night's shelling had killed six")."""
    doc = sentence.doc
    speech = [r for r in stated if spoken_when(doc, r, trigger)]
    before = _previous_in_paragraph(sentence) if not speech else None
    if before is not None:
        speech = [r for r in _expressions(before, excluded) if spoken_when(doc, r, trigger)]
    return speech


def _said_on(reader: _Reader, spoken: list[tuple[int, int]], near: int, sentence: tuple[int, int]) -> _Reader:
    """``reader`` reading the sentence's words counted from now from the day its speech act nearest
    ``near`` states, when that is one day before the anchor ("said on Wednesday" in a Friday paper: the
    source's "overnight" is Tuesday night's); else ``reader`` unchanged."""
    told = reader.resolve(spoken, near)
    if (told is None or told.precision is not DatePrecision.DAY or not told.start or told.start != told.end
            or reader.anchor is None or told.start >= reader.anchor[:10]):
        return reader
    return replace(reader, said_on=_SaidOn(told.start, sentence))


def _offset_time(sentence: SpacySpan, trigger: Token, excluded: tuple[int, int] | None,
                 reader: _Reader) -> TimeRef | None:
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
    other = [r for r in _expressions(sentence, excluded)
             if (offset.start <= r[0] and r[1] <= offset.end) == inside
             and not _is_age(text[r[0]:r[1]]) and not _anaphoric(text[r[0]:r[1]])
             and not spoken_when(doc, r, trigger)]
    anchor = reader.resolve(other, offset.start)
    if anchor is None or anchor.precision is not DatePrecision.DAY or anchor.start != anchor.end or not anchor.start:
        return None
    return _shifted(anchor, offset, text)


def _later_time(sentence: SpacySpan, own: list[tuple[int, int]], trigger: Token, excluded: tuple[int, int] | None,
                reader: _Reader) -> TimeRef | None:
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
    context = _context_times(sentence, excluded, trigger) if days > 0 else _expressions(sentence, excluded)
    before = [r for r in context if r[1] <= start and not _is_age(text[r[0]:r[1]])]
    anchor = reader.resolve(before, start)
    for told_before in (_previous_in_paragraph(sentence), _opening(sentence.doc)):
        if anchor is None and told_before is not None:
            anchor = reader.resolve(_context_times(told_before, excluded, trigger), start)
    if anchor is None or anchor.precision is not DatePrecision.DAY or anchor.start != anchor.end or not anchor.start:
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


def _time_ref(text: str, chosen: tuple[int, int], found: ResolvedTime) -> TimeRef:
    return TimeRef(start=found.start, end=found.end, precision=found.precision, note=found.note,
                   evidence=[Span.of(text, *chosen)])

