"""The slot a trigger's argument fills, and which slots can hold an argument at all.

Every argument rule (clause_slots, arguments, participants, answered, opening_clause) speaks of slots,
so this sits below them all; ``ROLE_LISTS`` names the file of their word lists (data/en/actor_roles.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from sitreps.extract.english import words

ROLE_LISTS = "actor_roles"
# Phrases that say when or how much, never who: "on Tuesday" is not a target.
NON_ACTOR_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"})
# Slots of an event noun that name its doer: "Israel's strike", "an Israeli strike", "a militia attack",
# "an attack by gunmen".
DOER_SLOTS = frozenset({"poss", "mod", "compound", "agent"})


@dataclass(frozen=True)
class Slot:
    """A syntactic slot of a trigger and the head token of the phrase filling it."""

    name: str
    head: Token


def usable(slots: list[Slot]) -> list[Slot]:
    """Slots whose phrase can be an argument: no pronouns, spaces, dates or amounts."""
    times = words(ROLE_LISTS, "time_words")
    return [s for s in slots if s.head.pos_ != "PRON" and not s.head.is_space
            and s.head.ent_type_ not in NON_ACTOR_ENTITIES and s.head.lemma_.lower() not in times]
