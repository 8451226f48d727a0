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

This module holds that order of preference and the trigger's tense. The
expressions a sentence and its neighbours state are found in
:mod:`sitreps.extract.stated_times`, read against the reference day in
:mod:`sitreps.extract.time_reader`, and a day counted from another day told
("two days later", "a day after", "the same night") is reckoned in
:mod:`sitreps.extract.counted_days`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.annotate.dateline import body_start
from sitreps.annotate.doctext import doc_text
from sitreps.extract.counted_days import day_pointed_back, later_time, offset_time, points_back
from sitreps.extract.past_dates import before_publication, told_past_on
from sitreps.extract.stated_times import (
    anaphoric,
    context_times,
    counts_from_another,
    expressions,
    is_age,
    lead_of,
    previous_in_paragraph,
)
from sitreps.extract.time_clauses import clause_verb, dated_elsewhere, described_noun_time, sequenced, spoken_when
from sitreps.extract.time_reader import Reader, said_on_reader, speech_times, time_ref
from sitreps.extract.toll_scope import counted_since
from sitreps.models import DatePrecision, Span, TimeRef
from sitreps.resolve.reference import document_reference, url_month
from sitreps.resolve.times import resolve_time

PAST_TAGS = frozenset({"VBD", "VBN"})
HEADLINE_TAGS = frozenset({"VBZ", "VBP", "VB"})  # a headline's present tense tells past news ("Gunmen seize bus")
BEFORE_PUBLICATION_NOTE = "no date stated; reported in the past tense, so before publication"
ONGOING_NOTE = "no date stated; reported as going on, so up to publication"
UNPUBLISHED_PAST_NOTE = "no date stated; reported in the past tense, in an article with no publication date"
LENT_LEAD_DAYS = 62
"""How long before publication a time the lead paragraph lends its main incident may end: the news of a lead is
of the last weeks (a report on a strike weeks old, an inquiry into it), never of years back."""
TALLY_NOTE = "a tally from a starting point to now, not one incident: no day of its own"
# A participle's clause hangs on another verb ("killing nine", "taking part in", "the man leading"):
# it is told in that verb's tense.
PARTICIPLE_DEPS = frozenset({"advcl", "conj", "xcomp", "pcomp", "acl"})
PRESENT_AUX_TAGS = frozenset({"VBP", "VBZ"})  # "are unfolding", "is raging": going on as the report is written


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
       of the sentence before it in the same paragraph (``stated_times.previous_in_paragraph``);
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
    reader = Reader(text, reference)
    stated = expressions(sentence, excluded)
    ranges = [r for r in stated
              if not is_age(text[r[0]:r[1]]) and not anaphoric(text[r[0]:r[1]])
              and not dated_elsewhere(doc, r, trigger)]
    spoken = [r for r in ranges if spoken_when(doc, r, trigger)]
    events = [r for r in ranges if r not in spoken]
    reader = said_on_reader(reader, speech_times(sentence, stated, trigger, excluded), trigger.idx,
                            (sentence.start_char, sentence.end_char))
    own = [r for r in events if belongs(*r)] or [r for r in events if described_noun_time(doc, r, trigger)]
    verb = _tensed(_governing_verb(trigger))
    past = verb.tag_ in PAST_TAGS or (verb.tag_ in HEADLINE_TAGS and sentence.start_char < body_start(text))
    found = (later_time(sentence, own, trigger, excluded, reader) or reader.resolve(own, trigger.idx)
             or offset_time(sentence, trigger, excluded, reader))
    # A time of its own that dates nothing ("at around 4 pm") does not keep the event from the day its
    # sentence, lead or paragraph states; a span counted from another event ("months after the arrest")
    # still does.
    dating = [r for r in own if reader.read(r).precision is not DatePrecision.UNKNOWN
              or counts_from_another(text, r)]
    lead = lead_of(sentence) if not dating and past and not sequenced(trigger) else None
    if found is None and not dating:
        found = reader.resolve(events, trigger.idx, closed=True)
        if found is None and lead is not None:
            found = _recent(reader.resolve(context_times(lead, excluded, trigger), trigger.idx, closed=True),
                            published_at)
        if found is None and points_back(sentence):
            found = day_pointed_back(sentence, excluded, trigger, reader)
        found = found or reader.resolve(spoken, trigger.idx, closed=True)
        before = previous_in_paragraph(sentence) if past and not sequenced(trigger) else None
        if found is None and before is not None:
            found = reader.resolve(context_times(before, excluded, trigger), trigger.idx, closed=True)
    if found is not None:
        return before_publication(found, told_past_on(trigger, found, PAST_TAGS), published_at)
    if published_at and (past or _ongoing(trigger)):
        return TimeRef(start=None, end=published_at[:10], precision=DatePrecision.UNKNOWN,
                       note=BEFORE_PUBLICATION_NOTE if past else ONGOING_NOTE,
                       evidence=[Span.of(text, verb.idx, verb.idx + len(verb))])
    if own:
        start, end = min(own, key=lambda r: abs(r[0] - trigger.idx))
        unresolved = resolve_time(text[start:end], reader.anchor, anchor_note=reader.note)
        return time_ref(text, (start, end), unresolved)
    if past:
        return TimeRef(start=None, end=None, precision=DatePrecision.UNKNOWN, note=UNPUBLISHED_PAST_NOTE,
                       evidence=[Span.of(text, verb.idx, verb.idx + len(verb))])
    return None


def _recent(lent: TimeRef | None, published_at: str | None) -> TimeRef | None:
    """A time the lead paragraph lends its main incident, unless it ends long before publication: the lead's
    news is recent, and a date years back in the sentence after it ("the town, from where the first attacks
    were staged in October 2017, ...") is the background it gives (round 28, real-news dev)."""
    if lent is None or not published_at or not lent.end:
        return lent
    gap = date.fromisoformat(published_at[:10]) - date.fromisoformat(lent.end[:10])
    return lent if gap.days <= LENT_LEAD_DAYS else None


def _tally_time(text: str, trigger: Token, published_at: str | None) -> TimeRef:
    """The time of a tally from a starting point to now ("more than 6,000 civilians have been killed since the
    coup", "the camp has been attacked several times since the conflict flared again in 2017"): up to
    publication, with no day. The year its "since" clause names, or a day its paragraph or lead states,
    is the period's start or another incident's, and as a retelling's time it would date the incident
    the tally is merged into (round 16 fiction: a strike dated to a coup's month)."""
    return TimeRef(start=None, end=published_at[:10] if published_at else None, precision=DatePrecision.UNKNOWN,
                   note=TALLY_NOTE, evidence=[Span.of(text, trigger.idx, trigger.idx + len(trigger))])
