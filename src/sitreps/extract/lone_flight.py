"""One person who flees is no displacement: "the rebels stormed the capital, forcing the president to flee",
"the governor fled to Abuja after gunmen attacked his convoy", "he escaped to a neighbouring country".

Displacement is people forced from their homes (the taxonomy's definition): a population, families,
residents. A leader, an official or a named man who runs tells how an attack or a coup went, not a flight of
people; its row stood beside the event it belongs to (issue #13 "Types", the lead's fiction of round 21). A
flight whose fleers are all one person (a singular common noun of WordNet's persons, a person's name, or a
singular personal pronoun) is vetoed; "the president and his family fled" and "thousands fled" stay.

Relies on: spaCy's dependency parse (subject, object of "forced ... to flee", passive subject) and entities.
Word list: ``singular_pronouns`` in ``data/en/extract_actors.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.nouns import is_person_noun

LISTS = "extract_actors"
DISPLACEMENT_TYPE = "displacement"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# spaCy's English labels of "forcing [the president] to flee": the governor's object and the flight clause.
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
CLAUSE_DEP = "xcomp"
SINGULAR_NOUN_TAG = "NN"
PERSON_ENTITY = "PERSON"
RELATIVE_TAGS = frozenset({"WP", "WDT"})


def lone_flight(trigger: Token, type_id: str) -> bool:
    """Whether a displacement trigger tells one person fleeing: it has fleers and every one is one person."""
    if type_id != DISPLACEMENT_TYPE:
        return False
    fleers = _fleers(trigger)
    every = [f for fleer in fleers for f in (fleer, *fleer.conjuncts)]
    return bool(every) and all(_one_person(f) for f in every)


def _fleers(trigger: Token) -> list[Token]:
    """Who flees: the verb's subject ("the governor fled"), the object of the verb that forced the flight
    ("forcing the president to flee", "forced him to flee": the trigger may be either verb), or the
    relative clause's noun ("the minister, who fled")."""
    own = [c for c in trigger.children if c.dep_ in SUBJECT_DEPS and c.tag_ not in RELATIVE_TAGS]
    if any(c.dep_ == CLAUSE_DEP for c in trigger.children):
        own += [c for c in trigger.children if c.dep_ in OBJECT_DEPS]
    if not own and trigger.dep_ == CLAUSE_DEP:
        own = [c for c in trigger.head.children if c.dep_ in OBJECT_DEPS]
    if not own and trigger.dep_ == "relcl":
        own = [trigger.head]
    return own


def _one_person(noun: Token) -> bool:
    """A singular person: "the president", "Hamdok", "he"."""
    if noun.lower_ in words(LISTS, "singular_pronouns"):
        return True
    if noun.ent_type_ == PERSON_ENTITY and noun.pos_ == "PROPN":
        return True
    return noun.tag_ == SINGULAR_NOUN_TAG and is_person_noun(noun) and not _counted(noun)


def _counted(noun: Token) -> bool:
    """A person noun that counts people ("a group of villagers", "a family"): its "of" phrase names them."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
