"""Event-ness: is a trigger one specific incident, a background incident, or no event at all?

News names many events it does not report: classes and trends ("any battle",
"has been launching systematic attacks", "drone attacks over the past month"),
war-wide tolls ("the conflict has killed 14,000", "hundreds have been killed in air strikes":
``extract.vague_tallies``), fears and risks ("residents
fear a massacre"), absences ("no word on arrests"), causes a reaction answers
("in response to attacks by troops"), classifications of another act ("the deaths
constituted executions"), forces described by their position ("the troops deployed in the
north"), qualities of a thing ("battle-hardened units"), people named by what they went
through ("displaced families"), doers escaping after their act ("before fleeing"),
aftermaths ("the wounded constable was evacuated to hospital"), the terms of a deal or a
demand ("the accord demands the withdrawal of the rebels", ``extract.deal_content``), operations
to free the people an abduction took ("troops were deployed to free the hostages", ``extract.rescue``), people
held over a period ("the group has held two journalists hostage for a year", ``extract.held_state``), doers
named by a taking they did ("the gang behind the kidnapping", ``extract.taker_description``), states of
affairs taken rather than ground ("took control of the situation", ``extract.ground_object``), the start
of a period the sentence measures ("the first talks since the rebels launched their offensive") and
reporting frames ("in a statement"). None of these is a row an analyst should read. A specific
incident dated well before the news it comes with ("hostilities resumed in August 2023") is kept but flagged
``background``, so exports and digests can leave it out.

Relies on: the trigger's token in a parsed Doc and the mention built from it
(modality, time). Word lists: ``data/en/eventness.yaml``, ``care_prepositions`` in
``data/en/extract_incidents.yaml``.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from spacy.tokens import Token

from sitreps.annotate.dateline import body_start
from sitreps.annotate.doctext import doc_text
from sitreps.annotate.quantities import counting_lexicon
from sitreps.extract.body_remit import names_a_remit
from sitreps.extract.captivity import is_captivity_state
from sitreps.extract.deal_content import is_deal_content, is_standing_deal
from sitreps.extract.english import phrases, words
from sitreps.extract.generic_statements import (
    is_durative,
    is_page_line,
    is_running_total,
    is_split_tally,
    is_spread_tally,
    is_trend_course,
)
from sitreps.extract.governing_verb import governing_verb
from sitreps.extract.ground_object import takes_no_ground
from sitreps.extract.held_state import is_held_state
from sitreps.extract.rescue import is_rescue_of_taken
from sitreps.extract.series import coordinated_series
from sitreps.extract.taker_description import is_taker_description
from sitreps.extract.taxonomy import SPEECH_FAMILY
from sitreps.extract.times import PAST_TAGS
from sitreps.extract.vague_tallies import is_vague_tally
from sitreps.models import DatePrecision, EventMention, Modality, Role

LISTS = "eventness"
INCIDENT_LISTS = "extract_incidents"
# Acts said not to have happened are never an incident. Planned, threatened and hypothetical
# acts stay, flagged by their modality (PLOVER codes threats and plans; "said it would attack"
# is a threat); only a condition ("if ... would") or a fear takes an act out.
UNREAL = frozenset({Modality.NEGATED})
# An incident that ended this many days before the article's reference date is background:
# wire copy reports the news of the last days; a week is ACLED's usual reporting lag, doubled.
BACKGROUND_DAYS = 14
# A background incident at most this many days old can be the one an article follows up (an
# inquiry, a rights report, a funeral weeks later): two months, as such reports come within weeks.
# Older incidents are history. Without a bound, real-news dev merged a riot article's undated lead
# with the riots of 2005 it recalls (dates 0.720 -> 0.697).
FOLLOW_UP_DAYS = 60
# How a feared event hangs from the word of fear: its object or complement ("fear a
# massacre", "fear that the army will attack", "warned of attacks"), never an adjunct
# ("warned after the attack").
COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "pobj", "attr"})
CLAUSE_DEP = "ccomp"  # a clausal complement: what a verb of fear takes ("warned that ..."), not one of prevention
# Types whose past participle, hung on a noun, tells where forces are rather than an act: "the
# troops deployed in northern Shan State" describes the troops; "Russia deployed troops" is the act.
POSITION_TYPES = frozenset({"mobilisation"})
# Types whose flight can be the doers' escape rather than people displaced ("before fleeing").
ESCAPE_TYPES = frozenset({"displacement"})
# Types whose participle, used as an adjective of a noun, names people by what they have been
# through rather than telling an incident: "a camp for displaced families", "internally displaced
# persons". The displacement itself, if the article reports it, is told by a verb of its own.
STATUS_TYPES = frozenset({"displacement"})
# How the first part of a hyphened modifier hangs on its second ("battle" in "battle-hardened").
MODIFIER_PART_DEPS = frozenset({"npadvmod", "compound", "nmod"})
# Dependencies that start a clause of their own: a trend phrase outside it says nothing of the trigger.
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "parataxis", "csubj"})


class Eventness(StrEnum):
    INCIDENT = "incident"
    BACKGROUND = "background"
    NOT_EVENT = "not_event"


def _starts_clause(token: Token) -> bool:
    return token.dep_ in CLAUSE_DEPS or (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"))


def _clause_text(trigger: Token) -> str:
    """The lower-cased words of the smallest clause holding the trigger ("has been responsible for
    killing..." holds "killing"), space-separated so that punctuation never glues to a word."""
    token = trigger
    while not _starts_clause(token) and token.head.i != token.i:
        token = token.head
    return " ".join(t.lower_ for t in trigger.doc[token.left_edge.i:token.right_edge.i + 1])


def _has_phrase(text: str, entries: tuple[str, ...]) -> bool:
    padded = f" {' '.join(text.split())} "
    return any(f" {entry} " in padded or f" {entry}," in padded for entry in entries)


def is_generic(trigger: Token) -> bool:
    """A class of events or a trend rather than one incident (a day-dated one is still an incident:
    "a series of strikes on Monday")."""
    modifiers = words(LISTS, "generic_modifiers")
    if trigger.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("det", "amod", "nummod", "predet") and c.lower_ in modifiers for c in trigger.children
    ):
        return True
    verb = governing_verb(trigger)
    adverbs = words(LISTS, "habitual_adverbs")
    if any(c.dep_ == "advmod" and c.lower_ in adverbs for c in (*trigger.children, *verb.children)):
        return True
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in words(LISTS, "series_nouns"):
        return not coordinated_series(head.head)  # "a wave of attacks", "two days of airstrikes"
    if _begins_a_campaign(trigger) or _many_objects(trigger):
        return True
    return _has_phrase(_clause_text(trigger), phrases(LISTS, "trend_phrases"))


def _many_objects(trigger: Token) -> bool:
    """An act done to many things ("by taking control of many sites", "torched numerous villages"):
    its object, or the object of the phrase it heads ("control of"), is a non-person plural that a
    generic modifier counts. Many people ("killed many civilians") are one incident's vague toll."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    persons, _ = counting_lexicon()
    modifiers = words(LISTS, "generic_object_modifiers")
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [g for o in objects for p in o.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return any(o.tag_ in ("NNS", "NNPS") and o.lemma_.lower() not in persons and any(
        c.dep_ in ("amod", "det") and c.lower_ in modifiers for c in o.children) for o in objects)


def _begins_a_campaign(trigger: Token) -> bool:
    """An act a verb of beginning governs, done to a bare plural ("began attacking ships", "kept
    burning schools"): the start of a campaign, not one incident ("began shelling the town" is one)."""
    if trigger.dep_ != "xcomp" or trigger.head.lemma_.lower() not in words(LISTS, "inceptive_lemmas"):
        return False
    return any(c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS")
               and not any(d.dep_ in ("det", "nummod", "poss") for d in c.children) for c in trigger.children)


def is_ongoing_class(trigger: Token, event_words: frozenset[int]) -> bool:
    """A bare plural event noun whose verb, in the present progressive, is no act of its own ("drone
    attacks are taking a heavy toll on his troops", "attacks are increasing"): what such acts do in
    general. When the verb is an event word the act is told as going on ("airstrikes are pounding
    Rafah"); ``event_words`` are the token indices of the sentence's event words."""
    verb = trigger.head
    if trigger.dep_ != "nsubj" or trigger.tag_ not in ("NNS", "NNPS") or verb.tag_ != "VBG" or any(
            c.dep_ in ("det", "nummod", "poss") for c in trigger.children):
        return False
    present = any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in verb.children)
    return present and verb.i not in event_words


def is_recent_trend(trigger: Token) -> bool:
    """Many acts over a recent period: a plural event word ("drone attacks over the past month")
    or a perfect or progressive verb ("have been shelling ... in recent weeks") with a recent period."""
    verb = governing_verb(trigger)
    plural = trigger.tag_ in ("NNS", "NNPS")
    ongoing = verb.tag_ == "VBG" or any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have"
                                        for c in verb.children)
    return (plural or ongoing) and _has_phrase(_clause_text(trigger), phrases(LISTS, "recent_period_phrases"))


def is_period_start(trigger: Token) -> bool:
    """The start of a period a record is measured over ("the first direct accord since the rebels
    launched their offensive", "the largest protest since the uprising of 2011"): a time reference in
    a "since" clause or phrase whose governing clause holds a first or a superlative. Without one
    ("violence has surged since the July arrest of the cartel's founder") the act is news of its own."""
    markers = words(LISTS, "period_start_markers")
    token = trigger
    while True:
        if token.dep_ == "pobj" and token.head.lower_ in markers:
            return _sets_a_record(token.head)
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in markers for c in token.children):
            return _sets_a_record(token)
        if _starts_clause(token) or token.head.i == token.i:
            return False
        token = token.head


def _sets_a_record(since: Token) -> bool:
    """Whether the clause that a "since" phrase or clause hangs on names a first or a superlative."""
    inside = {t.i for t in since.subtree}
    return any(t.i not in inside and (t.tag_ in ("JJS", "RBS") or t.lower_ in words(LISTS, "record_words"))
               for t in since.head.subtree)


def is_answered_cause(trigger: Token) -> bool:
    """A bare plural cause that a reaction answers ("in response to attacks by troops")."""
    if trigger.tag_ not in ("NNS", "NNPS") or any(c.dep_ in ("det", "nummod", "poss") for c in trigger.children):
        return False
    responses = words(LISTS, "response_nouns")
    return any(a.lemma_.lower() in responses for a in list(trigger.ancestors)[:3])


def is_care_aftermath(trigger: Token) -> bool:
    """The wounded moved to care ("was evacuated to a medical college"): an aftermath, not an act."""
    verb = governing_verb(trigger)
    if verb.lemma_.lower() not in words(LISTS, "care_lemmas"):
        return False
    care, prepositions = words(LISTS, "care_nouns"), words(INCIDENT_LISTS, "care_prepositions")
    return any(c.dep_ == "prep" and c.lower_ in prepositions and any(t.lower_ in care for t in c.subtree)
               for c in verb.children)


def is_classification(trigger: Token) -> bool:
    """An event noun that classifies another act ("the deaths constituted executions", "may amount
    to extrajudicial killings"): the act it names is told elsewhere, by its own word."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ in words(LISTS, "classifying_prepositions"):
        head = head.head
    elif trigger.dep_ not in ("dobj", "attr"):
        return False
    return head.lemma_.lower() in words(LISTS, "classifying_lemmas")


def is_quality(trigger: Token) -> bool:
    """An event noun hyphened onto a modifier of a thing ("battle-hardened units", "the riot-scarred
    suburb", "strike-hit Kovel"): it tells what the thing is like or has been through, not an incident
    (the incident, if the article reports it, is told by words of its own)."""
    head = trigger.head
    return trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in MODIFIER_PART_DEPS and head.dep_ == "amod" \
        and head.i == trigger.i + 2 and trigger.nbor(1).tag_ == "HYPH"


def is_status(trigger: Token, mention: EventMention) -> bool:
    """People named by what they have been through ("a camp for displaced families", "internally
    displaced persons"): a participle of a status type used as an adjective, not an incident."""
    return mention.type in STATUS_TYPES and trigger.tag_ in ("VBN", "JJ") and trigger.dep_ == "amod"


def is_escape(mention: EventMention) -> bool:
    """Doers fleeing after their own act ("the attackers burned a store before fleeing into the
    bush"): an escape, not displacement. ACLED's displacement is civilians driven out; an armed
    side or a perpetrator who flees is not."""
    fleeing = [a for a in mention.actors if a.role in (Role.PARTICIPANT, Role.INITIATOR)]
    if mention.type not in ESCAPE_TYPES or not fleeing:
        return False
    doers = words(LISTS, "escaping_doers") | words("unrest", "armed_side_words")
    return all(set(a.name.lower().split()) & doers for a in fleeing)


def is_position(trigger: Token, mention: EventMention) -> bool:
    """Forces described by where they are ("the troops deployed in the north"), undated: a reduced
    relative clause of a position type, not a deployment told as news."""
    return mention.type in POSITION_TYPES and trigger.tag_ == "VBN" and trigger.dep_ == "acl" \
        and not _day_dated(mention)


def is_conditional(trigger: Token) -> bool:
    """Told under a condition ("if the RSF took the city, it would carry out killings"), or under
    "until" in a body clause not in the past ("will not stop until the militias disarm and surrender";
    a headline tells past acts in the present: "Gunmen hold hostages until police storm bus")."""
    verb = governing_verb(trigger)
    markers, open_markers = words(LISTS, "condition_markers"), words(LISTS, "open_condition_markers")
    clauses = [verb, *(c for c in verb.children if c.dep_ == "advcl")]
    if any(c.dep_ == "mark" and c.lower_ in markers for clause in clauses for c in clause.children):
        return True
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:  # "disarms and surrenders": the first verb has the mark
        first = first.head
    if first.tag_ in PAST_TAGS or trigger.sent.start_char < body_start(doc_text(trigger.doc)):
        return False
    return any(c.dep_ == "mark" and c.lower_ in open_markers for c in first.children)


def _day_dated(mention: EventMention) -> bool:
    return mention.time is not None and mention.time.precision is DatePrecision.DAY


def is_aggregate_toll(trigger: Token) -> bool:
    """A toll over a whole war or period, told with a killing word ("the conflict has killed 14,000")."""
    _, casualties = counting_lexicon()
    if trigger.lemma_.lower() not in casualties:
        return False
    subjects = words(LISTS, "aggregate_subjects")
    if any(c.dep_ in ("nsubj", "csubj") and c.lemma_.lower() in subjects for c in trigger.children):
        return True
    return _has_phrase(_clause_text(trigger), phrases(LISTS, "aggregate_phrases"))


def is_feared(trigger: Token) -> bool:
    """Feared, warned of, risked, or only possible ("the threat of an attack")."""
    fears, about = words(LISTS, "fear_lemmas"), words(LISTS, "about_prepositions")
    token = trigger
    while token.head.i != token.i and (
        token.dep_ in COMPLEMENT_DEPS or (token.dep_ == "prep" and token.lower_ in about)
    ):
        clause = token.dep_ == CLAUSE_DEP
        token = token.head
        if clause and token.lemma_.lower() in words(LISTS, "prevention_lemmas"):
            return False  # "...; the march ended peacefully": an ending, not a prevention
        if token.lemma_.lower() in fears or token.lower_ in fears:
            return True
    head = trigger.head
    if trigger.dep_ == "pobj" and head.dep_ == "prep":
        governor = head.head
        possible = head.lower_ in words(LISTS, "possibility_prepositions")
        if possible and governor.lemma_.lower() in words(LISTS, "possibility_nouns"):
            return True
        if governor.lemma_.lower() in words(LISTS, "absence_nouns") and any(
            c.dep_ == "det" and c.lower_ in words(LISTS, "absence_determiners") for c in governor.children
        ):
            return True  # "no word on arrests"
    return False


def is_reporting_frame(trigger: Token, family: str) -> bool:
    """A speech noun that is the channel of a report ("in a statement", "according to a statement")."""
    if family != SPEECH_FAMILY:
        return False
    frames = words(LISTS, "frame_prepositions")
    if trigger.dep_ == "prep" and trigger.lower_ in frames:
        return True  # the trigger is the whole phrase "in a statement", headed by its preposition
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    head = trigger.head
    return trigger.dep_ == "pobj" and head.dep_ == "prep" and (
        head.lower_ in frames or head.head.lower_ in frames
    )


def _days_before(mention: EventMention, reference: date | None) -> int | None:
    """How many days before the article's reference date the mention's incident ended; None if undated."""
    time = mention.time
    if reference is None or time is None or time.end is None or time.precision is DatePrecision.UNKNOWN:
        return None
    try:
        end = date.fromisoformat(time.end[:10])
    except ValueError:
        return None
    return (reference - end).days


def is_background(mention: EventMention, reference: date | None) -> bool:
    """Dated, and over well before the article's reference date."""
    before = _days_before(mention, reference)
    return before is not None and before > BACKGROUND_DAYS


def is_followed_up(mention: EventMention, reference: date | None) -> bool:
    """Background, but recent enough to be the incident a report follows up ("a rights group said on
    Thursday that the strike of January 3 killed 19 civilians"), not history ("the riots of 2005")."""
    before = _days_before(mention, reference)
    return before is not None and BACKGROUND_DAYS < before <= FOLLOW_UP_DAYS


def eventness(trigger: Token, family: str, mention: EventMention, reference: date | None,
              event_words: frozenset[int] = frozenset()) -> Eventness:
    """What the mention is: an incident, a background incident, or not an event.

    ``reference`` is the article's date (its publication date, else the latest
    day it dates an event to): background is measured against it. ``event_words``
    are the token indices of the article's other event words.
    """
    if is_reporting_frame(trigger, family) or is_page_line(trigger):
        return Eventness.NOT_EVENT
    if family != SPEECH_FAMILY:
        if mention.modality in UNREAL:
            return Eventness.NOT_EVENT
        if (is_generic(trigger) and not _day_dated(mention)) or is_aggregate_toll(trigger) or is_feared(trigger) \
                or is_conditional(trigger) or is_recent_trend(trigger) or is_answered_cause(trigger) \
                or is_care_aftermath(trigger) or is_classification(trigger) or is_position(trigger, mention) \
                or is_quality(trigger) or is_status(trigger, mention) or is_escape(mention) \
                or is_deal_content(trigger, mention.type, family) or is_standing_deal(trigger, mention.type) \
                or is_rescue_of_taken(trigger, mention) or is_held_state(trigger, mention, event_words) \
                or is_captivity_state(trigger, mention) or names_a_remit(trigger) \
                or is_taker_description(trigger, mention, event_words) or takes_no_ground(trigger, mention) \
                or (is_ongoing_class(trigger, event_words) and not _day_dated(mention)) \
                or (is_period_start(trigger) and not _day_dated(mention)) \
                or is_running_total(trigger) or is_split_tally(trigger) or is_spread_tally(trigger) \
                or (is_durative(trigger) and not _day_dated(mention)) \
                or (is_vague_tally(trigger) and not _day_dated(mention)) \
                or (is_trend_course(trigger) and not _day_dated(mention)):
            return Eventness.NOT_EVENT
    return Eventness.BACKGROUND if is_background(mention, reference) else Eventness.INCIDENT
