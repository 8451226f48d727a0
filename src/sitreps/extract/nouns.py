"""What a common noun can name: an actor or a struck thing, or neither (an abstraction, a munition, a region).

"The group claimed responsibility", "a deal", "the government's plans", "claimed six lives",
"launched more than 100 projectiles": the parse puts these nouns in the slots where actors and
targets stand, but none of them is someone who acts or something that is attacked. The noun
classes come from WordNet 3.0 (``data/en/noun_classes.yaml``, built by
``scripts/build_noun_classes.py``); nouns the counting lexicon knows as people or groups ("force",
"service", "movement") are actors whatever WordNet's first senses say.

Relies on: spaCy's lemma and part of speech. Named things (entities, proper nouns) are never judged
here: "Vengeance Brigade" is a name.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from sitreps.annotate.quantities import counting_lexicon, group_nouns
from sitreps.extract.english import plain_singular, words

LISTS = "noun_classes"


@cache
def _actor_nouns() -> frozenset[str]:
    persons, _ = counting_lexicon()
    return persons | group_nouns()


def names_a_group(token: Token) -> bool:
    """A proper name headed by a word for a force or group ("the Syrian Democratic Forces", "the Arakan
    Army", "the Ostra Front"): a party's own name, where a place's name ("the town of Kidal") has none."""
    return token.pos_ == "PROPN" and bool({token.lower_, plain_singular(token.lower_)} & _actor_nouns())


def is_person_noun(token: Token) -> bool:
    """A common noun whose usual sense is a person ("terrorist", "gunman", "passenger"; WordNet's
    noun.person) or a crowd ("rioters", "a mob"), the people of a figure included ("dozens of attackers")."""
    counted = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return any((_common_noun(t) and bool(_forms(t) & words(LISTS, "persons"))) or is_crowd_noun(t)
               for t in (token, *counted))


def is_untagged_person_noun(token: Token) -> bool:
    """A common noun that names only a person but is rare in general text ("councillor", "schoolteacher",
    "unionist"; WordNet's ``untagged_persons``): kept apart from ``is_person_noun`` so that only the
    rules that must tell a person from a thing read it (``extract.person_verbs``)."""
    return _common_noun(token) and bool(_forms(token) & words(LISTS, "untagged_persons"))


def is_crowd_noun(token: Token) -> bool:
    """A noun for people acting as a crowd in unrest ("rioters", "looters", "an angry mob"):
    ``crowd_nouns`` of data/en/actor_roles.yaml."""
    return token.pos_ == "NOUN" and bool(_forms(token) & words("actor_roles", "crowd_nouns"))


def is_actor_noun(token: Token) -> bool:
    """A common noun for people or a group ("militia", "rebels", "police"): a doer without a name."""
    return token.pos_ in ("NOUN", "ADJ") and bool(_forms(token) & _actor_nouns())


def _common_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and not token.ent_type_


def _forms(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_}


def is_abstract(token: Token) -> bool:
    """A common noun that names neither a person, a group, a place nor a physical thing.

    A plural with two singulars is abstract only when both are: "bases" may be "basis" but also
    "base", which a strike hits (``mixed_plurals``, from WordNet's irregular plurals).
    """
    if not _common_noun(token) or _forms(token) & _actor_nouns() or token.lower_ in words(LISTS, "mixed_plurals"):
        return False
    return token.lemma_.lower() in words(LISTS, "abstract")


def is_munition(token: Token) -> bool:
    """A phrase head naming a weapon or what it fires ("projectiles", "dozens of shells", "most of the missiles")."""
    counted = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj"]
    return any(_common_noun(t) and bool(_forms(t) & words(LISTS, "munitions")) for t in (token, *counted))


def is_region(token: Token) -> bool:
    """A common noun for a stretch of land or a division of one ("districts", "the outskirts", "a town"):
    where something happened, never whom it struck. Built or held places ("camp", "post", "market") are
    things and are not regions."""
    return _common_noun(token) and token.lemma_.lower() in words(LISTS, "regions")


def is_bare_number(token: Token) -> bool:
    """A figure standing alone for a phrase ("more than 200"): a count, not anyone named."""
    return token.pos_ == "NUM" or token.like_num
