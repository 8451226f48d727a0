"""Event words that name an act without reporting one: a fear, a condition, or a word put to another use.

News names acts it does not tell as happening here: feared, warned of or only possible ("residents fear
a massacre", "the threat of an attack", "no word on arrests"), told under a condition ("if the RSF took
the city, it would carry out killings"), a cause a reaction answers ("in response to attacks by troops"),
the wounded moved to care ("was evacuated to hospital"), a classification of another act ("the deaths
constituted executions"), a quality of a thing ("battle-hardened units"), people named by what they went
through ("displaced families"), doers escaping after their act ("before fleeing"), forces described by
their position ("the troops deployed in the north") and the channel of a report ("in a statement"). Each
check reads the trigger's token, the tokens it hangs on and, for a few, the mention's type, actors or
day; ``extract.eventness`` drops a mention any of them holds. Separate from ``extract.event_classes``,
which asks how many acts a word tells, because these ask whether it tells an act at all.

Relies on: the trigger's token in a parsed Doc and the mention built from it (type, actors, time).
Word lists: ``data/en/eventness.yaml``, ``care_prepositions`` in ``data/en/extract_incidents.yaml``,
``armed_side_words`` in ``data/en/unrest.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.annotate.dateline import body_start
from sitreps.annotate.doctext import doc_text
from sitreps.extract.background import day_dated
from sitreps.extract.english import words
from sitreps.extract.governing_verb import governing_verb
from sitreps.extract.taxonomy_schema import SPEECH_FAMILY
from sitreps.extract.times import PAST_TAGS
from sitreps.models import EventMention, Role

LISTS = "eventness"
INCIDENT_LISTS = "extract_incidents"
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
        and not day_dated(mention)


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
