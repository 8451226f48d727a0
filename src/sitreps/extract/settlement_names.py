"""A settlement whose name hangs on it is a place, however the tagger labels the name.

"an attack on the village of Mayikengo", "shelling hit the Kherson region": the entity recogniser often
tags an unknown village's name a person or an organisation, and ``extract.actors.is_actor_like`` took
any phrase holding such an entity for a party, so the village became an armed group of its own
(``new:village-of-mayikengo``). As a party it beat the civilians the same sentence counts ("killed at
least 20 civilians") for the row's target (``link.row_sides`` promotes a party only over a target that
no party stands for). A settlement noun (``settlement_nouns`` of ``data/en/victims.yaml``) whose proper
name hangs on it by "of" or stands before it names the place, as "the town of Varno" already did when
the name was tagged a place.

Relies on: the parse of the phrase's head.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words

LISTS = "victims"
# How the name hangs on the settlement noun: "the village [of] Mayikengo" (data/en/extract_places.yaml).
PLACE_LISTS = "extract_places"
# How a name set before the settlement noun hangs on it: "the [Kherson] region", "[Odesa] port".
NAME_DEP = "compound"


def names_a_settlement(head: Token) -> bool:
    """A settlement noun with a proper name hung on it by "of" ("the village of Mayikengo") or set
    before it ("the Kherson region", "Odesa port")."""
    if head.lemma_.lower() not in words(LISTS, "settlement_nouns"):
        return False
    of_words = words(PLACE_LISTS, "place_of_words")
    return any((p.dep_ == "prep" and p.lower_ in of_words and any(n.pos_ == "PROPN" for n in p.children))
               or (p.dep_ == NAME_DEP and p.pos_ == "PROPN" and p.i < head.i) for p in head.children)
