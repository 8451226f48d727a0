"""Whose a struck thing is, named before it: "struck HTS positions", "shelled the ELN's camps".

A target that is a thing stays as written ("HTS positions": ACLED's actor 2 is the side that holds them,
and the words keep the thing too), but with no registry record the consensus of an event cannot tell
that two outlets' "HTS positions" and "Hayat Tahrir al-Sham bases" are one side, nor show the side's
name. A group's name before the thing (a compound or a possessive, "HTS positions", "the PKK's
hideouts") resolves the target to that group when the registry knows it. A place ("Idlib positions"),
a people's adjective ("Russian positions": a demonym reads as the country's civilians) and a common
noun ("army positions", whose country the words do not give) resolve nothing here.

Relies on: the parse of the target phrase and the actor registry.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sitreps.annotate.doctext import entity_at
from sitreps.resolve.actors import ActorRecord, ActorRegistry

# The dependencies of a name before the thing it owns ("HTS positions", "the PKK's hideouts").
OWNER_DEPS = frozenset({"compound", "nmod", "poss"})
# Entity labels of names that say where or whose people, not which group.
NOT_GROUP_ENTITIES = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME"})
# Record types a thing's owner cannot be: a country's civilians or a person read off a name.
NOT_OWNER_TYPES = frozenset({"civilians", "person"})


def owner_record(thing: Token, registry: ActorRegistry, countries: Sequence[str]) -> ActorRecord | None:
    """The registry's group a name before ``thing`` names, or None."""
    for owner in thing.children:
        if owner.dep_ not in OWNER_DEPS or owner.pos_ != "PROPN" or owner.ent_type_ in NOT_GROUP_ENTITIES:
            continue
        record = registry.resolve(_name(owner), context_countries=countries)
        if record is not None and record.known and record.type not in NOT_OWNER_TYPES:
            return record
    return None


def _name(owner: Token) -> str:
    """The owner's whole name: its entity where the tagger found one (the parser splits "al-Shabaab" into
    three modifiers of the thing), else its phrase less "the" and "'s"."""
    doc = owner.doc
    entity = entity_at(owner) if owner.ent_type_ else None
    if entity is not None:
        return entity.text
    words = [t for t in owner.subtree if t.dep_ != "case" and t.pos_ != "DET"]
    return doc[words[0].i:words[-1].i + 1].text if words else owner.text
