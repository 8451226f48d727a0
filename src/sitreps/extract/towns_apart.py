"""Two event words of one sentence, each placed by its own phrase in another town, are two incidents.

A headline or a lead often joins two incidents with "as" or "while": "Students rally in Belgrade as
counter-protesters attack blockade in Novi Sad", "a strike shut schools in Lagos while police fired tear gas at
traders in Kano". The parse hangs one under the other, so read as one incident the attack lent the rally its
violence (round 24, the wire set's protest part: the Belgrade rally became a violent demonstration). A word
whose own phrase ("in Belgrade", "at Novi Sad", or that of the noun it modifies: "attack blockade in Novi Sad")
names a place by its proper name is never the same incident as a word whose own phrase names another.

Relies on: spaCy's dependency parse (a locative preposition hung on the word, its object's proper nouns). The
prepositions are data (``town_prepositions`` in data/en/incidents.yaml).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words

LISTS = "incidents"
PREPOSITION_DEP = "prep"
OBJECT_DEP = "pobj"
MODIFIER_DEPS = frozenset({"compound", "amod"})  # "attack [blockade] in Novi Sad": the noun the word modifies
NAME_POS = "PROPN"
OBJECT_OF_VERB_DEP = "dobj"


def own_towns(word: Token) -> frozenset[str]:
    """The proper names the word's own locative phrases give ("rally in Belgrade": {"belgrade"}); the phrases
    of the noun a modifier word stands on ("attack blockade in Novi Sad") and of a verb's object ("looted shops
    in Kisumu") count as its own."""
    holders = [word, word.head] if word.dep_ in MODIFIER_DEPS else [word]
    holders += [c for c in word.children if c.dep_ == OBJECT_OF_VERB_DEP]  # "looted shops in Kisumu"
    prepositions = words(LISTS, "town_prepositions")
    names: set[str] = set()
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != PREPOSITION_DEP or prep.lower_ not in prepositions:
                continue
            for place in prep.children:
                name = " ".join(t.lower_ for t in place.subtree if t.pos_ == NAME_POS)
                if place.dep_ == OBJECT_DEP and place.pos_ == NAME_POS and name:
                    names.add(name)
    return frozenset(names)


def towns_apart(first: Token, second: Token) -> bool:
    """Whether two words of a sentence each name a town of their own and no town of one is in the other's."""
    mine, theirs = own_towns(first), own_towns(second)
    if not mine or not theirs:
        return False
    return not any(a in b or b in a for a in mine for b in theirs)
