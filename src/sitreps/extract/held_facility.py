"""Who held a post a capture took: "captured a police station" took it from the police.

A change of territory's object is read as its place ("seized the town"), so "rebels captured a police
station" named no loser, and the story's fallback gave the country's army (``extract.story_targets``).
ACLED codes the force that held the post as actor 2. When the taken place is a facility named by the
force it belongs to (a people or group noun compounded with it: "a police station", "an army base",
"a gendarmerie post"), that force is the capture's target. An adjective says what kind of post it is,
not whose ("captured military positions" of the other side), and a town or a region ("the rebel-held
town") names no holder by its noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.kinds_file import type_list
from sitreps.extract.nouns import is_actor_noun


def facility_holder(event_type: str, place: Token) -> Token | None:
    """The force noun before a taken facility ("police" of "a police station"), for a capture only."""
    if event_type not in type_list("ground_lost_types") or place.pos_ != "NOUN" or is_actor_noun(place):
        return None
    return next((c for c in place.children if c.dep_ == "compound" and c.pos_ == "NOUN" and is_actor_noun(c)), None)
