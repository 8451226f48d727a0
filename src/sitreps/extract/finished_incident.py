"""A merged incident finished from all its retellings.

Split from ``extract.consolidate`` (round 24): once every telling of an incident is merged, the incident
takes its time from all of them, the type most of them tell, the richest retelling of its own kind as its
citation and the others as ``retellings``, and its actors ranked by how many retellings name them.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitreps.extract.answered import strikes_party
from sitreps.extract.incident_kinds import incident_kinds, type_kind
from sitreps.extract.incident_time import incident_time
from sitreps.extract.merged_fields import Retype, actor_key
from sitreps.extract.named_doers import named_first
from sitreps.extract.protest_sides import crowd_first
from sitreps.extract.unfought_ground import unfought
from sitreps.models import (
    ActorMention,
    DatePrecision,
    EventMention,
    Role,
)


def finished_incident(merged: EventMention, members: list[EventMention], retype: Retype) -> EventMention:
    """A merged incident finished from all its retellings: its time (``extract.incident_time``), the
    choices most of them make, the retelling that cites it, and a crowd-led protest's crowd as its doer
    (``extract.protest_sides``)."""
    timed = merged.model_copy(update={"time": incident_time(sorted(members, key=lambda m: m.trigger.start))})
    return crowd_first(_represented(unfought(_by_most_told_choices(timed, members, retype), members, retype),
                                    members))


def _by_most_told_choices(merged: EventMention, members: Sequence[EventMention], retype: Retype) -> EventMention:
    """The means of attack first, then (for an incident of no named means) who was hit."""
    kinds = incident_kinds()
    return _by_most_told(_by_most_told(merged, members, retype, kinds.means), members, retype, kinds.victims)


def _by_most_told(merged: EventMention, members: Sequence[EventMention], retype: Retype,
                  among: frozenset[str]) -> EventMention:
    """An incident whose retellings tell two types of ``among`` takes the one most of them tell, the
    type the merge chose on ties (the kind order, or a bound noun's weapon over its verb: "a
    roadside bomb struck"): pairwise merging keeps whichever ranks first, so one stray "air strike"
    among nine "missile attack" retellings, or one bare "killed" among three tellings of a gunfight,
    would otherwise type the whole incident. A retelling of a general means also counts for the
    particular means that ``refines`` it, when the incident names that too ("a suicide bomber blew
    himself up ... the bombing ... the bomb went off" is one suicide bombing, not two bombs to one)."""
    if merged.type not in among:
        return merged
    told = [m.type for m in members if m.type in among]
    refines = incident_kinds().refines

    def votes(type_id: str) -> int:  # "the bombing" counts for the "suicide bombing" it retells
        return told.count(type_id) + sum(told.count(general) for general in refines.get(type_id, ()))

    best = min(set(told), key=lambda t: (-votes(t), t != merged.type), default=merged.type)
    return merged if best == merged.type else retype(merged, best)


def richness(mention: EventMention) -> int:
    """How much a retelling says: the one that says most stands for the incident (a lead over a terse headline)."""
    dated = mention.time is not None and mention.time.precision is not DatePrecision.UNKNOWN
    return (len({a.role for a in mention.actors if a.role in (Role.INITIATOR, Role.TARGET)}) + bool(mention.counts)
            + (mention.place is not None) + dated)


def _represented(merged: EventMention, members: Sequence[EventMention]) -> EventMention:
    """The merged incident cited by its richest retelling of its own kind (the earliest on ties), the others
    as retellings: a deal is cited by "agreed to", not by the "lay down their arms" it absorbed, nor an
    attack by the burning it caused."""
    kind = type_kind(merged.type)
    own = [m for m in members if type_kind(m.type) == kind] or list(members)
    best = max(own, key=richness)  # max keeps the first of equals: text order
    return merged.model_copy(update={
        "id": best.id, "trigger": best.trigger, "sentence": best.sentence,
        "retellings": [m.trigger for m in members if m is not best],
        "actors": ranked_actors(merged, members),
    })


def ranked_actors(merged: EventMention, members: Sequence[EventMention]) -> list[ActorMention]:
    """The incident's actors, the one most of its retellings name first in each role (the earlier
    named on ties).

    A retelling often tells one side of the incident: in a riot, "police responded with tear
    gas" makes the police the initiator of the tear gas, while three sentences of "protesters
    torched cars" tell who rioted. Consumers read an incident's first actor of a role as the one
    (``link.consensus`` keeps this order within one report). Counting retellings of the merged
    type only was tried and dropped: one misread actor of that type then outweighs the lead's.
    """

    telling = [m for i, m in enumerate(members) if not _answers(m, members[:i])]

    def support(actor: ActorMention) -> int:
        key = actor_key(actor)
        return sum(any(actor_key(a) == key for a in m.actors) for m in telling)

    order = {id(a): i for i, a in enumerate(merged.actors)}
    return named_first(sorted(merged.actors, key=lambda a: (-support(a), order[id(a)])))


def _answers(member: EventMention, earlier: Sequence[EventMention]) -> bool:
    """Whether a retelling tells the response to the incident: its doer strikes the doer of a retelling
    told before it ("militants attacked a police station ... security forces killed nine militants
    ... shot dead two more militants"). The response names no doer of the incident, and however
    often it is told, its doer is not the incident's initiator (ACLED's actor 1 is the attacker)."""
    doers = [a for a in member.actors if a.role is Role.INITIATOR]
    struck = [a for a in member.actors if a.role is Role.TARGET]
    if not doers or any(strikes_party(t, d) for t in struck for d in doers):
        return False
    attackers = [a for m in earlier for a in m.actors if a.role is Role.INITIATOR
                 and not any(strikes_party(a, d) or strikes_party(d, a) for d in doers)]
    return any(strikes_party(t, a) for t in struck for a in attackers)
