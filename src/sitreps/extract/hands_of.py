"""Whom "at the hands of" names: the doer of what its clause tells.

"A teenager was killed at the hands of police", "three aid workers were killed at the hands of RSF
fighters", "the killing of two farmers at the hands of herders": reports use the idiom for the "by" of a
passive, but the parser hangs it as a place-like phrase ("at [the hands]"), so its owner was read as no
one, or the noun "hands" as the place of the event. The slot readers (``clause_slots``) take the owner
of the hands as the agent.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.of_objects import of_objects
from sitreps.extract.slots import ROLE_LISTS


def hands_owners(prep: Token) -> list[Token]:
    """The heads of the "of" phrase of "at the hands of X" when ``prep`` is its "at"; none otherwise."""
    if prep.lower_ not in words(ROLE_LISTS, "hands_prepositions"):
        return []
    return [owner for noun in prep.children
            if noun.dep_ == "pobj" and noun.lemma_.lower() in words(ROLE_LISTS, "hands_nouns")
            for owner in of_objects(noun)]
