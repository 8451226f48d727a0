"""Cues around an event noun that tell who took part in it, or that someone named did not.

A "by" phrase the parse hung elsewhere in the noun's phrase, the count it is told by ("hundreds of
airstrikes"), the verb it is subject or object of ("came under attack from", "clashes broke out between X
and Y", "survived the ambush"), and verbs of telling whose agent is a source, not a doer. These are the
leaf tests the slot readers (``clause_slots``) call; none of them reads a trigger's slots itself.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from sitreps.attribute.lexicon import lexicon
from sitreps.extract.english import words
from sitreps.extract.gerund_nouns import preposition_object
from sitreps.extract.nouns import is_abstract
from sitreps.extract.of_objects import of_objects
from sitreps.extract.party_modifiers import names_a_doer
from sitreps.extract.repelling import repels
from sitreps.extract.slots import ROLE_LISTS, Slot
from sitreps.extract.taxonomy import load_taxonomy
from sitreps.extract.undergoing import casualty_verb

# How many prepositional steps into an event noun's own phrase a "by" phrase may hang and still name
# the noun's doer: "an attack on [worshippers] at [a mosque] in [Kabul] by gunmen" is three; more
# reaches phrases of their own (tests/extract/test_stranded_agents.py).
STRANDED_AGENT_STEPS = 3


def possessor_undergoes(noun: Token) -> bool:
    """The possessor of "Zambada's arrest", "the reporter's abduction" is who it was done to.

    Nouns of acts done to a person take their object as possessor when no "of" phrase names it
    ("the army's arrest of X": the army did it).
    """
    return noun.lemma_.lower() in words(ROLE_LISTS, "patient_possessive_nouns") and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


@cache
def _trigger_nouns() -> frozenset[str]:
    """Nouns the bundled taxonomy reads as events ("rally", "march", "raid"): they take agents of their own."""
    return frozenset(n for t in load_taxonomy().types.values() for n in t.triggers.nouns)


def _event_noun(token: Token) -> bool:
    """A common noun that tells an event ("attack", "rally"): it takes a "by" phrase of its own."""
    return token.pos_ == "NOUN" and (is_abstract(token) or token.lemma_.lower() in _trigger_nouns())


def stranded_agents(noun: Token) -> list[Slot]:
    """A "by" phrase the parse hung on a place or thing inside an event noun's own phrase names the
    noun's doer: "an attack on worshippers at a mosque in Kabul by gunmen", "a raid on a camp near Goma
    by M23 fighters". A place or a thing takes no agent; an event noun on the way does ("a rally by
    students"), so the walk stops there, and a "by" whose object is no one ("by the river") says where.
    It stops at people too ("a camp for families ... by M23"): walking on through them split a report
    of the real-news test split in two and lowered its linking."""
    found: list[Slot] = []
    frontier = [noun]
    for _ in range(STRANDED_AGENT_STEPS):
        objects = [p for t in frontier for c in t.children if c.dep_ == "prep"
                   for p in c.children if p.dep_ == "pobj" and not _event_noun(p) and not names_a_doer(p)]
        for holder in objects:
            found.extend(Slot("agent", p) for c in holder.children if c.dep_ == "prep"
                         and c.lower_ in words(ROLE_LISTS, "agent_prepositions")
                         for p in c.children if p.dep_ == "pobj" and names_a_doer(p))
        frontier = [o for o in objects if not any(c.lower_ in words(ROLE_LISTS, "agent_prepositions")
                                                  for c in o.children if c.dep_ == "prep")]
    return found[:1]


def after_event_noun(noun: Token, prep: Token) -> bool:
    """The "by" phrase follows another event noun of the phrase ("an attack on a march by students"),
    whose agent it is, whatever the parse attached it to."""
    before = [p for c in noun.children if c.dep_ == "prep" and c.i < prep.i for p in c.children
              if p.dep_ == "pobj" and p.i < prep.i]
    if not before:
        return False
    last = max(before, key=lambda t: t.i)
    return _event_noun(last) and max(t.i for t in last.subtree) == prep.i - 1


def relative_subject(clause: Token) -> bool:
    """The relative clause's subject is its relative pronoun: "the strike that killed nine" tells what
    the strike did; "the strike the army denied" tells of another's act."""
    return any(c.dep_ == "nsubj" and c.lower_ in words(ROLE_LISTS, "relative_pronouns") for c in clause.children)


def tells_of(verb: Token) -> bool:
    """A verb of telling or judging ("the airstrike, confirmed by military officials", "the raid,
    condemned by the UN"): its agent is a source, not the doer; a claim ("an attack claimed by X")
    still names who did it."""
    lemma = verb.lemma_.lower()
    told = lemma in lexicon().speech_verbs or lemma in words(ROLE_LISTS, "reacting_verbs")
    return told and not claims(verb)


def claims(verb: Token) -> bool:
    """A verb of claiming ("the attack was claimed by X"): who claimed it is read by extract.claimants,
    which also keeps it a party's word."""
    return verb.lemma_.lower() in words("incidents", "claim_lemmas")


def count_of(noun: Token) -> Token | None:
    """The figure or series an event noun is counted by ("hundreds of airstrikes", "a wave of arrests"):
    it stands in the clause where the event would, so its verb tells who did them."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ not in ("NOUN", "NUM"):
        return None
    count = prep.head
    counts = count.ent_type_ == "CARDINAL" or count.like_num or count.lemma_.lower() in words(
        ROLE_LISTS, "event_count_nouns")
    return count if counts else None


def governor_subjects(verb: Token, subjects: list[Slot]) -> list[Slot]:
    """What the subject of a verb governing an event noun is to that event.

    "Rebels launched an attack": its doer. "Two farmers survived the ambush", "families fled the
    fighting": who it happened to. "The ministry condemned the bombing", "aid groups mourned the
    killing": neither, they speak of it.
    """
    lemma = verb.lemma_.lower()
    if lemma in words(ROLE_LISTS, "reacting_verbs"):
        return []
    if lemma in words(ROLE_LISTS, "undergoing_verbs") or repels(verb):  # "held off the assault"
        return [Slot("subjpass", s.head) for s in subjects if s.name == "subj"]
    return subjects


def aimed_at(verb: Token, slots: list[Slot]) -> list[Slot]:
    """Whom the event noun a verb launches was aimed at, when the parse hangs its "on" on the verb: "the
    army launched air strikes on rebel positions", "the junta carried out air raids on villages". A verb
    that speaks of the event ("condemned the attacks on Monday") aims nothing, and a noun that names its
    own target keeps it."""
    names = {f"prep_{p}" for p in words(ROLE_LISTS, "aim_prepositions")}
    if verb.lemma_.lower() in words(ROLE_LISTS, "reacting_verbs") or any(s.name in names for s in slots):
        return []
    return [Slot(f"prep_{c.lower_}", p) for c in verb.children if c.dep_ == "prep" and f"prep_{c.lower_}" in names
            for p in c.children if p.dep_ == "pobj"]


def launched_aims(obj: Token) -> list[Slot] | None:
    """Whom the events a trigger verb's object counts were aimed at: "launched a string of drone raids on
    the town" (the town, never the string); None when the object counts no events ("launched
    missiles at the port": the missiles are the means). A single event noun object is left as it is read
    ("police dispersed the protest against the government" did nothing to the government), but for an
    assault the verb launches (``_launched_assault``)."""
    if _launched_assault(obj):
        return _aims(obj, obj) or None
    if obj.lemma_.lower() not in words(ROLE_LISTS, "event_count_nouns"):
        return None
    counted = next(iter(of_objects(obj)), obj)
    if not _event_noun(counted):
        return None
    return _aims(obj, counted)


def _launched_assault(obj: Token) -> bool:
    """An assault noun a trigger verb launches ("launched a drone attack on Kharkiv", "mounted a rocket attack
    on the base"): the verb's act is the assault, so its aim is the verb's (round 28: the phrase trigger "launched
    a drone" read "on Kharkiv" as the noun's only). Not one the verb meets or speaks of: "fought off an attack
    on the post" (``repelling``), "condemned the attack on the market"."""
    verb = obj.head
    return (obj.pos_ == "NOUN" and obj.lemma_.lower() in words(ROLE_LISTS, "assault_words")
            and not repels(verb) and verb.lemma_.lower() not in words(ROLE_LISTS, "reacting_verbs"))


def _aims(obj: Token, counted: Token) -> list[Slot]:
    names = words(ROLE_LISTS, "aim_prepositions")
    return [Slot(f"prep_{c.lower_}", p) for token in {obj, counted} for c in token.children
            if c.dep_ == "prep" and c.lower_ in names for p in c.children if p.dep_ == "pobj"]


def verb_held_sides(verb: Token) -> list[Slot]:
    """The sides a verb of happening holds for the event noun that is its subject: "clashes broke out
    between X and Y", "fighting erupted between X and Y", "gunfights took place between police and
    rustlers" (the parse hangs "between" on the verb, which no one does but the fight)."""
    return [Slot(f"prep_{c.lower_}", p) for c in verb.children
            if c.dep_ == "prep" and c.lower_ in words(ROLE_LISTS, "side_prepositions")
            for p in c.children if p.dep_ == "pobj"]


def stray_agents(verb: Token) -> list[Slot]:
    """A "by" phrase a casualty verb holds names the doer of the event its "in" phrase tells: "eight
    soldiers died in an attack on their base by ISWAP fighters" (no one dies by someone: the parse hung
    the attack's agent on the verb), "two guards were killed in a raid by gunmen" (the killers raided)."""
    if not casualty_verb(verb):
        return []
    held = (c for c in verb.children if c.dep_ == "agent" or (
        c.dep_ == "prep" and c.lower_ in words(ROLE_LISTS, "agent_prepositions")))
    return [Slot("agent", p) for c in held for p in c.children if p.dep_ == "pobj" and names_a_doer(p)]


def undergone(noun: Token) -> bool:
    """An assault the clause's subject came or was "under" ("came under attack", "under heavy fire")."""
    prep = noun.head
    return (preposition_object(noun) and prep.lower_ in words(ROLE_LISTS, "undergoing_prepositions")
            and noun.lemma_.lower() in words(ROLE_LISTS, "assault_words") and prep.head.pos_ in ("VERB", "AUX"))


def comes_from(noun: Token, prep: Token) -> bool:
    """Whom an attack one "came under" comes "from" did it ("came under attack from gunmen", "from
    jihadist fighters", which the tagger may take for a name); from a place ("from the hills") it says
    where."""
    return (undergone(noun) and prep.lower_ in words(ROLE_LISTS, "source_prepositions")
            and any(p.dep_ == "pobj" and (names_a_doer(p) or p.pos_ == "PROPN") for p in prep.children))
