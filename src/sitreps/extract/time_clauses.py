"""Which clause a temporal expression dates, read from the dependency parse.

A time near an event's trigger may date another clause of its sentence: a
speech act ("the militia denied on Wednesday that ..."), a clause about what
came of the event ("raised the death toll from the shelling on Thursday"), a
verb whose argument clause holds the event ("confirmed on Wednesday that the
gunmen involved in the attack were killed"), or the event the trigger is set
before or after ("on Wednesday following the arrest of"). :mod:`sitreps.extract.times`
sets such times aside when it chooses an event's time. The words (aftermath
nouns, reaction verbs, sequence markers) live in ``data/en/times.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from sitreps.attribute.lexicon import lexicon
from sitreps.extract.english import words
from sitreps.models import DatePrecision
from sitreps.resolve.time_patterns import TIME_WORDS, span_units, vocabulary

# How a relative clause hangs on the noun it describes ("the bombing, in which 12 died").
RELATIVE_DEP = "relcl"

__all__ = ["Offset", "clause_verb", "dated_elsewhere", "measured_from", "sequence_offset", "sequenced", "spoken_when"]


@lru_cache(maxsize=1)
def _speech_lemmas() -> frozenset[str]:
    """Verbs whose time is when something was said, denied or blamed, not when the event happened.

    Not every speech verb: "observe" and "call" also describe events ("a shutdown was observed").
    """
    lex = lexicon()
    return lex.indirect_verbs | lex.denial_verbs | lex.accusation_verbs


def spoken_when(doc: Doc, expression: tuple[int, int], trigger: Token) -> bool:
    """Whether a time dates a speech act ("the ministry said on Tuesday") or a source a clause is
    attributed to ("according to a statement on Tuesday"), not the event spoken of."""
    span = doc.char_span(*expression, alignment_mode="expand")
    if span is None:
        return False
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb != trigger and not _closes_reported_clause(verb, span.start) and (
        verb.lemma_.lower() in _speech_lemmas() or verb.lower_ in words(TIME_WORDS, "attribution_words"))


def _closes_reported_clause(verb: Token, start: int) -> bool:
    """Whether a time the parser hung on a trailing speech verb ends the clause it reports: "shelling killed
    four in Kherson yesterday, the governor said" dates the shelling (the time is written inside the report,
    before the comma and the speaker), where "the governor said yesterday" and "on Monday, police said"
    date the speaking. The reported clause (the verb's ``ccomp``) opens before the time, and the speech verb
    and its subject come after it."""
    if verb.i < start:
        return False
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < start]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(reported) and all(s.i > start for s in subjects) and \
        any(c.left_edge.i < start for c in reported)


def clause_verb(token: Token) -> Token | None:
    """The verb (or auxiliary) a word is told under: itself, else its nearest verb ancestor."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    return next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)


def _tells_aftermath(verb: Token) -> bool:
    """Whether a clause is about what came of an event ("raised the death toll", "the inquiry opened")."""
    return any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ in words(TIME_WORDS, "aftermath_nouns")
               for c in verb.children)


def _clause_below(verb: Token, above: Token) -> bool:
    """Whether ``verb``'s clause is an argument of ``above``'s ("urged them to investigate",
    "confirmed that the men involved in the attack were killed"), not a clause told of a time or
    thing (a relative or adverbial clause: "in late July, when rebels claimed ...")."""
    while verb != above and verb.head != verb:
        if verb.dep_ in ("relcl", "advcl", "conj", "parataxis") and not _reports(verb):
            return False
        verb = verb.head
    return verb == above


def _reports(verb: Token) -> bool:
    """A participle that reports what its clause holds ("backed the account on Monday, saying 30 fighters
    were killed in the strikes"): the clause it reports is its argument, told of the speaking, not a
    clause of its own time."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in _speech_lemmas()


def dated_elsewhere(doc: Doc, expression: tuple[int, int], trigger: Token) -> bool:
    """Whether a time dates another clause than the trigger's event, though the parse hangs it near.

    Four shapes, none tied to a word of the sentence: the trigger sits in a phrase that sets it
    before or after another event and the time is outside that phrase ("surrounded the house on
    Wednesday following the arrest of his allies": the arrest came before); the time's clause
    tells what came of an event ("raised the death toll from the strikes on Tuesday": the toll
    is Tuesday's); it is told of a verb whose argument clause holds the event noun ("urged them on
    Thursday to investigate a recent strike", "confirmed on Tuesday that the men involved in the
    attack were killed", also through a participle that reports it: "backed the account on Monday,
    saying 30 fighters died in the strikes"), or of a reaction to it ("condemned on Tuesday the killing of"); or the
    event noun sits inside what came of it ("the funeral of the victims of the bombing took place
    on Sunday"). Also a time inside a phrase that sets the trigger's clause a measured span from
    another event (``_measured_phrase``: "the attack came two days after gunmen killed a priest on
    Sunday"): that day is the other event's. A time inside the trigger's own phrase ("Monday's attack")
    is always its own, and so is one written at the end of the clause a trailing speech verb reports
    ("shelling killed four yesterday, the governor said": ``_closes_reported_clause``).
    """
    span = doc.char_span(*expression, alignment_mode="expand")
    if span is None or span.root in trigger.subtree:
        return False
    phrase = _sequenced_phrase(trigger)
    if phrase is not None and span.root not in phrase.subtree:
        return True
    measured = _measured_phrase(trigger)
    if measured is not None and span.root in measured[1].subtree:
        return True
    told = clause_verb(span.root)
    if told is None or told == trigger or _closes_reported_clause(told, span.start):
        return False
    if _tells_aftermath(told):
        return True
    own = clause_verb(trigger)
    if trigger.pos_ in ("VERB", "AUX") or own is None:
        return False
    if (told != own and _clause_below(own, told)) or own.lemma_.lower() in words(TIME_WORDS, "reaction_verbs"):
        return True
    between = [t for t in trigger.ancestors if t in own.subtree and t != own]
    return told == own and any(t.lower_ in words(TIME_WORDS, "aftermath_nouns") for t in between)


def _sequence_marker(trigger: Token) -> Token | None:
    """The word ("after", "following") of the phrase that sets the trigger before or after another
    event, when the trigger is inside that phrase; else None."""
    markers = words(TIME_WORDS, "sequence_markers")
    for head in (trigger, *trigger.ancestors):
        for child in head.children:
            if child.lower_ not in markers or child.i > trigger.i:
                continue
            if (child.dep_ == "prep" and trigger in child.subtree) or child.dep_ == "mark":
                return child
    return None


def _sequenced_phrase(trigger: Token) -> Token | None:
    """The phrase that sets the trigger before or after another event, when the trigger is inside it:
    "following [the arrest of his allies]", "after [fighters overran a base]"; else None."""
    marker = _sequence_marker(trigger)
    if marker is None:
        return None
    return marker if marker.dep_ == "prep" else marker.head


@dataclass(frozen=True)
class Offset:
    """How far the trigger's event lies from the event its phrase is set against ("two days after"
    the trigger's event is 2 days *before* the other one: ``days == -2``), and the words saying so."""

    days: int
    precision: DatePrecision
    start: int
    end: int
    """Characters of the span and the phrase it measures ("a day after forces launched an offensive"):
    a time inside them is not the other event's."""


def sequence_offset(trigger: Token) -> Offset | None:
    """The stated distance of a sequenced phrase holding the trigger, else None.

    News sets a past event against a dated one by a span: "agreed to a truce on Wednesday, a day
    after forces launched an offensive" (the offensive: Tuesday), "marched on Saturday, three days
    after police shot two protesters" (Wednesday). spaCy hangs the span ("a day", "three days") as
    an ``npadvmod`` of the marker's head (a clause) or of the marker itself (a phrase). Only day
    and week spans count: hours leave the day uncertain around midnight.
    """
    marker = _sequence_marker(trigger)
    direction = _signs().get(marker.lower_) if marker is not None else None
    if marker is None or direction is None:
        return None
    holders = (marker, marker.head) if marker.dep_ == "mark" else (marker,)
    for holder in holders:
        for span in holder.children:
            unit = span_units().get(span.lemma_.lower())
            if span.dep_ != "npadvmod" or span.i > marker.i or unit is None:
                continue
            count = _count(span)
            if count is None:
                return None
            phrase = [*span.subtree, *(marker.subtree if marker.dep_ == "prep" else marker.head.subtree)]
            last = max(phrase, key=lambda t: t.i)
            start = min(t.idx for t in phrase)
            return Offset(direction * count * unit[0], unit[1], start, last.idx + len(last))
    return None


def _measured_phrase(trigger: Token) -> tuple[Token, Token, Token] | None:
    """(marker, phrase, span) of a phrase that sets the clause the trigger is told in a measured span
    from another event outside the trigger ("The attack came [two days] after [gunmen killed a priest
    on Sunday]", "The shelling came [weeks] before [donors meet on April 16]"); else None. Without a
    span ("killed five militants after they attacked a checkpoint on Sunday") the two may share a day,
    so such a phrase is not one. The span is an ``npadvmod`` right before the marker, told in time units
    or tagged as a date or time by the entity recogniser (hours, weeks, "less than a week")."""
    verb = clause_verb(trigger)
    if verb is None:
        return None
    markers = words(TIME_WORDS, "sequence_markers")
    for child in verb.children:
        marker = child if child.dep_ == "prep" and child.lower_ in markers else next(
            (m for m in child.children if m.dep_ == "mark" and m.lower_ in markers), None) \
            if child.dep_ == "advcl" else None
        if marker is None or trigger in child.subtree or marker.lower_ not in _signs():
            continue
        # the parser hangs the span on the marker, its clause, or the trigger's verb right before the marker
        span = next((t for holder in (marker, child, verb) for t in holder.children if t.dep_ == "npadvmod"
                     and t.right_edge.i + 1 == marker.i
                     and (t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in _span_units())), None)
        if span is not None:
            return marker, child, span
    return None


@lru_cache(maxsize=1)
def _span_units() -> frozenset[str]:
    """Words a span is measured in ("days", "hours")."""
    return frozenset(words(TIME_WORDS, "time_units")) | frozenset(words(TIME_WORDS, "clock_units"))


def measured_from(trigger: Token) -> Offset | None:
    """How far after (positive) or before the other event a measured phrase of the trigger's clause sets
    the trigger's event, with the phrase's characters ("The attack came two days after gunmen killed a
    priest on Sunday": +2, the priest's Sunday being inside the phrase); None without such a phrase or
    when its span is loose ("weeks", "hours", "several days": no day can be counted)."""
    found = _measured_phrase(trigger)
    if found is None:
        return None
    marker, phrase, span = found
    unit, count = span_units().get(span.lemma_.lower()), _count(span)
    if unit is None or count is None:
        return None
    tokens = [*span.subtree, marker, *phrase.subtree]
    last = max(tokens, key=lambda t: t.i)
    return Offset(-_signs()[marker.lower_] * count * unit[0], unit[1], min(t.idx for t in tokens),
                  last.idx + len(last))


def _signs() -> dict[str, int]:
    """Markers that put the trigger's event before (-1: "after" the other) or after (+1) another."""
    return {w: -1 for w in words(TIME_WORDS, "offset_after_markers")} | {
        w: 1 for w in words(TIME_WORDS, "offset_before_markers")}


def _count(span: Token) -> int | None:
    """The number of a span ("a day": 1, "three days": 3, "10 days": 10), or None when unsaid."""
    numbers, vague = vocabulary().number_words, words(TIME_WORDS, "vague_counts")
    for child in span.children:
        if child.dep_ in ("nummod", "det", "quantmod"):
            flat = child.lower_
            if flat.isdigit():
                return int(flat)
            if flat in numbers and flat not in vague:
                return numbers[flat]
    return None


def sequenced(trigger: Token) -> bool:
    """Whether the trigger's clause is set before or after another event ("came after X overran")."""
    markers = words(TIME_WORDS, "sequence_markers")
    chain = [trigger, *trigger.ancestors]
    return any(c.dep_ in ("mark", "prep") and c.lower_ in markers for t in chain for c in t.children
               if c.i < trigger.i)


def described_noun_time(doc: Doc, expression: tuple[int, int], trigger: Token) -> bool:
    """Whether a time dates the noun whose relative clause tells the trigger ("Friday's massacre, in which
    militiamen killed 18 villagers, was condemned on Tuesday"): the clause describes that noun's
    incident, so the noun's own time is the clause's, not the time of what the sentence says of it."""
    verb = clause_verb(trigger)
    if verb is None or verb.dep_ != RELATIVE_DEP:
        return False
    span = doc.char_span(*expression, alignment_mode="expand")
    return span is not None and span.root in verb.head.subtree and span.root not in verb.subtree
