"""The noun "encounter" is a fight only where it is told of armed sides: "five Maoists were killed in an
encounter with security forces", "a police encounter", "an encounter between militants and the army"; not
"her first encounter with the minister" or "a tense encounter at the stadium".

South Asian reporting names a gunfight between the police or the army and armed men an "encounter" (India's
Maoist and Kashmir stories, Pakistan's police ones), and that is often the only fight word of the story: the
killing verb alone then read the dead as civilians killed. The noun is one of armed_clash's triggers; this
check keeps it to its fight sense: an armed side in its "with"/"between" phrase or its own modifiers, or a
casualty verb it is the "in" phrase of ("killed in an encounter").

Relies on: spaCy's parse and lemmas. Word lists: ``encounter_nouns``, ``encounter_sides``,
``encounter_outcomes`` in ``data/en/eventness.yaml``; ``fight_side_prepositions``,
``encounter_in_prepositions`` in ``data/en/extract_senses.yaml``. Round 24, issue #13 (wire part m).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words

LISTS = "eventness"
SENSE_LISTS = "extract_senses"
FIGHT_TYPE = "armed_clash"
NOUN_TAGS = frozenset({"NOUN", "PROPN"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def no_fight_encounter(trigger: Token, type_id: str) -> bool:
    """Whether an armed_clash trigger is the noun "encounter" told of no armed side and no casualty."""
    if type_id != FIGHT_TYPE or trigger.pos_ not in NOUN_TAGS \
            or trigger.lower_ not in words(LISTS, "encounter_nouns"):
        return False
    return not (_armed_sides(trigger) or _casualty_in(trigger))


def _armed(token: Token) -> bool:
    sides = words(LISTS, "encounter_sides")
    return token.lower_ in sides or token.lemma_.lower() in sides


def _armed_sides(noun: Token) -> bool:
    """An armed word among the noun's modifiers ("police encounter") or in its "with"/"between" phrase,
    names and conjuncts included ("with the District Reserve Guard", "between Maoists and the police")."""
    prepositions = words(SENSE_LISTS, "fight_side_prepositions")
    for child in noun.children:
        if child.dep_ in MODIFIER_DEPS and any(_armed(t) for t in child.subtree):
            return True
        if child.dep_ == "prep" and child.lower_ in prepositions and any(_armed(t) for t in child.subtree):
            return True
    return False


def _casualty_in(noun: Token) -> bool:
    """The noun is the "in" phrase of a casualty word: "were killed in an encounter", "died in the encounter"."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in words(SENSE_LISTS, "encounter_in_prepositions"):
        return False
    return preposition.head.lemma_.lower() in words(LISTS, "encounter_outcomes")
