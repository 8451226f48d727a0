"""The sides of a demonstration told in several sentences: the crowd leads, the force that met it is actor 2.

An article tells a protest the police broke up as two acts: "thousands marched in Nairobi" (the
crowd's doing) and "police fired tear gas to disperse them" (the police's doing). Merged, both doers
stood as initiators and whichever most tellings named came first, so the police often became the
protest's initiator. ACLED codes such a demonstration with the crowd as actor 1 and the force as
actor 2 (``crowd_led`` in data/incident_kinds.yaml); excessive force is not among those types, its
doer being the force (``other_side``). A telling of the intervention alone, with no crowd named as a
doer, keeps its sides: there the force is the only doer the article gives.

Tellings of a demonstration that a word of sequence chains in one sentence ("peaceful until police fired tear
gas") are one demonstration (``one_protest_in_sequence``), where other incidents so chained are two.
"""

from __future__ import annotations

from sitreps.extract.agreement import days
from sitreps.extract.kinds_file import type_list
from sitreps.extract.unrest import armed_side, state_force
from sitreps.models import ActorMention, EventMention, Role


def _crowd(actor: ActorMention) -> bool:
    """A doer that is neither the state's forces nor an organised armed side: the crowd."""
    return actor.role is Role.INITIATOR and not state_force(actor) and not armed_side(actor)


def crowd_first(incident: EventMention) -> EventMention:
    """The merged incident with the crowd ahead of the force among the doers of a crowd-led demonstration
    that names both; any other incident unchanged (consumers read a role's first actor as the one)."""
    if incident.type not in type_list("crowd_led") or not any(_crowd(a) for a in incident.actors):
        return incident
    rivals = [a for a in incident.actors if a.role is Role.INITIATOR and state_force(a)]
    if not rivals:
        return incident
    kept = [a for a in incident.actors if a not in rivals]
    last_doer = max(i for i, a in enumerate(kept) if a.role is Role.INITIATOR)
    return incident.model_copy(update={"actors": kept[:last_doer + 1] + rivals + kept[last_doer + 1:]})


def protest_days_apart(first: EventMention, later: EventMention) -> bool:
    """Whether two demonstration tellings, each dated to one day, name two days: ACLED codes one
    demonstration per place and day, so "students protested on Monday" and "on Tuesday, police fired
    tear gas at students who returned" are two protests, though other incidents' tellings may be a day
    apart ("overnight", a date line written after midnight)."""
    if first.type not in type_list("crowd_led") or later.type not in type_list("crowd_led"):
        return False
    a, b = days(first.time), days(later.time)
    return a is not None and b is not None and a[0] == a[1] and b[0] == b[1] and a != b


def one_protest_in_sequence(first: EventMention, later: EventMention) -> bool:
    """Whether two tellings that "until", "before" or "after" chain in one sentence are one demonstration all
    the same (``one_protest_in_sequence``): "the demonstration was peaceful until police fired tear gas at the
    crowd" tells the protest and its intervention, one incident, not one incident after another."""
    kinds = type_list("one_protest_in_sequence")
    return first.type in kinds and later.type in kinds and not protest_days_apart(first, later)
