"""Whether a verb's object says what its subject lost or underwent, not what it did to another.

"In the attack, the driver and two guards lost their lives", "two soldiers embraced martyrdom during
the exchange of fire", "four others sustained injuries in the raid": the event word is a noun in a
prepositional phrase, and its doer was read as the clause's subject. Those subjects are the event's
victims. The test is structural over the verb (any verb) and reads only its object: a noun of life
under a verb of losing it (``life_nouns``/``life_losing_verbs`` of ``data/en/counts.yaml``, which the
toll rules already read as a death), the subject's own people or losses under a verb of losing them
("lost seven soldiers to a Boko Haram ambush", "suffered heavy losses in a Russian assault"), or a noun of
harm suffered (``suffered_nouns`` of
``data/en/actor_roles.yaml``), whatever verb has it ("met", "embraced", "received", "sustained").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.nouns import is_actor_noun, is_person_noun
from sitreps.extract.of_objects import of_objects

ROLE_LISTS = "actor_roles"
COUNT_LISTS = "counts"


def loses_own(verb: Token) -> bool:
    """The verb's direct object is the subject's own life, death or harm: its subject underwent the event."""
    lemma = verb.lemma_.lower()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        noun = obj.lemma_.lower()
        if noun in words(ROLE_LISTS, "suffered_nouns"):
            return True
        if noun in words(COUNT_LISTS, "life_nouns") and lemma in words(COUNT_LISTS, "life_losing_verbs"):
            return True
        if lemma in words(ROLE_LISTS, "loss_verbs") and _lost_people(obj):
            return True
    return False


def _lost_people(obj: Token) -> bool:
    """An object that counts the subject's dead or its losses: "lost seven soldiers to an ambush", "lost
    three of its men", "suffered heavy losses in the assault". "Lost control of the town" and "lost the
    hill" name no one: the force that lost ground may still be the one that took it back later."""
    named = next(iter(of_objects(obj)), obj) if obj.pos_ == "NUM" else obj
    return (named.lemma_.lower() in words(ROLE_LISTS, "loss_nouns")
            or (named.pos_ == "NOUN" and (is_person_noun(named) or is_actor_noun(named))))
