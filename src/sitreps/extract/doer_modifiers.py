"""An adjective before an event noun that names the kind of people who did it: "a terrorist attack".

The tagger reads "terrorist", "militant" or "separatist" before a noun as an adjective, so "security
forces foiled a terrorist attack on a camp" named no attacker, and the foiling (and its doer, the
forces) told the incident. Such a word is the attack's doer when it is both a word of armed or
criminal work (``armed_modifiers`` of ``data/en/actor_roles.yaml``) and a noun for a person
(WordNet's noun.person, ``persons`` of ``data/en/noun_classes.yaml``, or the actor nouns of
``extract.nouns``): the intersection keeps
"terrorist", "militant", "rebel", "bandit" and drops "armed", "terror", "drug" or "kidnapping", which
say what kind of act it was, not who did it.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.nouns import is_actor_noun

ROLE_LISTS = "actor_roles"
NOUN_LISTS = "noun_classes"


def names_doer_kind(modifier: Token) -> bool:
    """An adjectival modifier that is a noun for armed people ("a terrorist attack", "militant raids")."""
    lemma = modifier.lemma_.lower()
    return (modifier.dep_ == "amod" and lemma in words(ROLE_LISTS, "armed_modifiers")
            and (lemma in words(NOUN_LISTS, "persons") or is_actor_noun(modifier)))
