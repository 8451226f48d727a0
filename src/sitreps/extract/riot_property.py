"""What a riot damaged is no side of it: "rioters ransacked a shoe shop", "a town hall was set on fire".

ACLED codes a violent demonstration with its crowd as actor 1 and, as actor 2, only a party the crowd
fought or hurt: the police it clashed with, the people it beat. A shop, a library, a town hall or
cars burnt in a riot are property, and the riot's actor 2 stays empty (every real-news dev riot gold
that tells only of property names no target). A riot target whose phrase names no person and no
group is dropped; one that does stays: "police stations" and "police vehicles" are the police's
(ACLED codes the police as actor 2 of an attack on them), "the home of a senator" names a person.

Relies on: incidents with their final types and sides, and the parse of their evidence. Named
parties the registry knows are never dropped.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitreps.extract.nouns import is_actor_noun, is_person_noun, is_untagged_person_noun
from sitreps.extract.taxonomy import load_taxonomy
from sitreps.models import ActorMention, EventMention, Role
from sitreps.resolve.registry_data import registered

RIOT_FAMILY = "riot"
# Entities that name people or a people ("Governor Ade", "Fulani") rather than a thing.
PEOPLE_ENTITIES = frozenset({"PERSON", "NORP"})
# Entities of places: "rioters looted downtown Quito" tells where, not whom.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Names that, before a noun of property, say whose brand or where ("a Nike store", "a Lagos bank").
THING_ENTITIES = PLACE_ENTITIES | {"ORG"}


def without_riot_property(mention: EventMention, doc: Doc) -> EventMention:
    """A riot's incident without the property it damaged among its targets (other types unchanged)."""
    if load_taxonomy().get(mention.type).family != RIOT_FAMILY:
        return mention
    kept = [a for a in mention.actors if not is_property(a, doc)]
    return mention if len(kept) == len(mention.actors) else mention.model_copy(update={"actors": kept})


def is_property(actor: ActorMention, doc: Doc) -> bool:
    """A target phrase of common nouns none of which names a person or a group, or a place's name: a thing
    hit, never a side (``story_targets`` takes no holder of ground from "struck energy infrastructure")."""
    if actor.role is not Role.TARGET or registered(actor.actor_id) or not actor.evidence:
        return False
    span = doc.char_span(actor.evidence[0].start, actor.evidence[0].end, alignment_mode="expand")
    if span is None:
        return False
    if span.root.ent_type_ in PLACE_ENTITIES:
        return True
    if span.root.pos_ != "NOUN" or span.root.ent_type_:
        return False
    return not any(_names_someone(token) for token in span)


def _names_someone(token: Token) -> bool:
    """A word of the phrase that names a person or a group ("police" of "police station")."""
    if token.ent_type_ in PEOPLE_ENTITIES or (token.pos_ == "PROPN" and token.ent_type_ not in THING_ENTITIES):
        return True
    return is_person_noun(token) or is_untagged_person_noun(token) or is_actor_noun(token)
