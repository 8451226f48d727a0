"""Who held a post a capture took: "captured a police station" took it from the police.

A change of territory's object is read as its place ("seized the town"), so "rebels captured a police
station" named no loser, and the story's fallback gave the country's army (``extract.story_targets``).
ACLED codes the force that held the post as actor 2. When the taken place is a facility named by the
force it belongs to (a people or group noun compounded with it: "a police station", "an army base",
"a gendarmerie post"), or named as its owner ("the headquarters of the Myanmar military", "the army's
base", "a base of the Syrian Democratic Forces": a name headed by a group noun), that force is the
capture's target. An adjective says what kind of post it is,
not whose ("captured military positions" of the other side), and a town or a region ("the rebel-held
town") names no holder by its noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.kinds_file import type_list
from sitreps.extract.nouns import is_actor_noun, names_a_group
from sitreps.extract.of_objects import of_objects

# Entity labels of a possessor's name that can hold a post ("Wagner's headquarters"); after "of" a name is
# the place's own ("the town of Kidal", which the tagger may label an organisation).
OWNER_ENTITIES = frozenset({"ORG", "NORP"})


def facility_holder(event_type: str, place: Token) -> Token | None:
    """The force a taken facility belongs to, for a capture only: its owner in an "of" phrase or a
    possessive ("the headquarters of the Myanmar military", "the army's base"), else the force noun
    before it ("police" of "a police station"). The owner comes first: in "the command headquarters of
    the military" the compound names the kind of post."""
    if event_type not in type_list("ground_lost_types") or place.pos_ != "NOUN" or is_actor_noun(place):
        return None
    # a name there is the place's own ("the town of Kidal") unless a group noun heads it ("a base of the Ostra Front")
    owners = [p for p in of_objects(place) if _force(p) or names_a_group(p)]
    owners += [c for c in place.children if c.dep_ == "poss" and (_force(c) or c.ent_type_ in OWNER_ENTITIES)]
    compounds = [c for c in place.children if c.dep_ == "compound" and c.pos_ == "NOUN" and is_actor_noun(c)]
    return next(iter(owners + compounds), None)


def _force(noun: Token) -> bool:
    """A common noun that names a force or group ("the military", "the Congolese army", "the junta")."""
    return noun.pos_ == "NOUN" and is_actor_noun(noun)
