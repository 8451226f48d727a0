"""The object in the gap of a phrase trigger is whom the act was done to: "took [40 villagers] hostage".

A phrase trigger with a gap ("take * hostage", "set * on fire", "beat * to death" in
``data/taxonomy.yaml``) spans its verb's object, and the words inside a trigger are the event, not its
sides. The object in the gap is not: "gunmen took 40 villagers hostage" names the villagers as the
abduction's target, "rioters set two police vans on fire" the vans, as "gunmen abducted 40 villagers"
would. An object that ends the phrase ("massed [its troops]", "exchange 1,000 prisoners") is part of
what the phrase says and stays inside.

The parser often reads the gap's people as a modifier of the phrase's last word ("40 villagers" a
compound of "hostage", the object) or as its subject ("hostage" a clause of "took"): a person or group
noun so read is the gap's object too.

Relies on: the trigger's token range and head, and the parse's direct object and compounds.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.actors import is_actor_like
from sitreps.extract.nouns import is_person_noun
from sitreps.extract.slots import Slot
from sitreps.extract.triggers import TriggerMatch

OBJECT_SLOT = "obj"


def _gap_object(match: TriggerMatch) -> Token | None:
    """The head of the object phrase in a phrase trigger's gap, if the trigger has one."""
    if match.kind != "phrase" or match.head.pos_ != "VERB":
        return None
    objects = [c for c in match.head.children if c.dep_ == "dobj" and match.start <= c.i < match.end]
    if not objects:
        return _small_clause_subject(match)
    obj = objects[0]
    if max(t.i for t in obj.subtree) < match.end - 1:
        return obj  # "set [two police vans] on fire"
    last = match.head.doc[match.end - 1]
    if not obj.left_edge.i <= last.i <= obj.right_edge.i:
        return None
    people = [c for c in last.children if c.dep_ == "compound" and (is_person_noun(c) or is_actor_like(c))]
    return people[0] if people else None  # "took [40 villagers] hostage", parsed as a compound of "hostage"


def _small_clause_subject(match: TriggerMatch) -> Token | None:
    """The people the parser made the subject of the phrase's last word, read as a clause of the verb
    ("took [its 19 crew members] hostage" with "hostage" a complement of "took")."""
    last = match.head.doc[match.end - 1]
    if last.head.i != match.head.i or last.i == match.head.i:
        return None
    subjects = [c for c in last.children if c.dep_ == "nsubj" and match.start <= c.i < match.end]
    return subjects[0] if subjects and (is_person_noun(subjects[0]) or is_actor_like(subjects[0])) else None


def gap_slots(match: TriggerMatch) -> list[Slot]:
    """The object slot the parse missed: people read as a compound or a subject of the phrase's last word."""
    gap = _gap_object(match)
    return [Slot(OBJECT_SLOT, gap)] if gap is not None and gap.dep_ != "dobj" else []


def in_gap(slot: Slot, match: TriggerMatch) -> bool:
    """The slot is the object in the trigger's gap, whom the act was done to."""
    gap = _gap_object(match)
    return slot.name == OBJECT_SLOT and gap is not None and slot.head.i == gap.i
