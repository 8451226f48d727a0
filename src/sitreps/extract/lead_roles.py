"""The doer the lead names, for a later telling of its incident that names none.

"More than 40 civilians killed in a militia attack on a displacement camp" heads
an article whose later sentences tell parts of that attack without its doer: "at
least 12 people were burned alive after their shelters were set on fire". "Riots
spread across the country as protesters clashed with police" leads a round-up of
towns where "a library was vandalised" or "a shop was looted". Each such part stays
an incident of its own (another place, another type) but ACLED codes it with the
perpetrator the article names for the whole: the one its headline or lead names.

An incident without an initiator takes the first initiator of the first lead
incident it could be a part of: of the same kind of incident (``data/incident_kinds.yaml``)
or one that absorbs its type ("absorbs_when_bound": the burning an attack caused),
with its doer on the same side ("other_side": the police who fired on protesters are no
marchers), on days that agree and in the same country (a round-up's towns lie apart), neither told as
background, and the doer not among its own targets (victims are never doers). A state force is
never lent to a demonstration whose doer is its crowd: the police a lead names as the doer of "riot
police broke up a rally" (the force's side of the telling) did not hold "smaller rallies" told later,
whose crowd ``implied_actors`` then names.

Relies on: incidents merged by ``extract.consolidate`` (each with its retellings'
triggers), in text order; the character offset where the article's lead ends.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitreps.extract.agreement import times_agree
from sitreps.extract.incident_kinds import incident_kinds
from sitreps.extract.unrest import armed_side, state_force
from sitreps.models import ActorMention, EventMention, Place, Role
from sitreps.resolve.normalise import fold

# The kind of incident (data/incident_kinds.yaml) whose doer is the crowd in every type but ``other_side``.
DEMONSTRATION_KIND = "demonstration"


def in_lead(mention: EventMention, lead_end: int) -> bool:
    """Whether the headline or lead (text before ``lead_end``) tells the incident."""
    return any(span.start < lead_end for span in (mention.trigger, *mention.retellings))


def _initiator(mention: EventMention) -> ActorMention | None:
    return next((a for a in mention.actors if a.role is Role.INITIATOR), None)


def can_be_part_of(part: EventMention, whole: EventMention) -> bool:
    """Whether ``part`` can tell a part of the incident ``whole``: the same kind of incident, or a
    type ``whole``'s kind absorbs, on agreeing days in one country, neither of them background."""
    kinds = incident_kinds()
    kind = kinds.kind_of.get(whole.type)
    absorbed = any(part.type in kinds.absorbs.get(key, frozenset()) for key in (whole.type, kind or whole.type))
    if kind is None or not (kinds.kind_of.get(part.type) == kind or absorbed):
        return False
    if (part.type in kinds.other_side) != (whole.type in kinds.other_side):
        return False  # the force that fired on a crowd is not the crowd of a march
    if part.background or whole.background:
        return False
    return times_agree(whole.time, part.time) and _same_country(whole.place, part.place)


def _same_country(whole: Place | None, part: Place | None) -> bool:
    """A part of an incident may lie in another town of the lead's country: "riots spread" leads the
    towns a round-up lists, and the lead's own place is often the first town it names."""
    if whole is None or part is None or not whole.country or not part.country:
        return True
    return whole.country == part.country


def _is_target_of(actor: ActorMention, mention: EventMention) -> bool:
    """The actor is among the mention's targets, by registry id or by name."""
    targets = [a for a in mention.actors if a.role is Role.TARGET]
    return any((actor.actor_id is not None and a.actor_id == actor.actor_id) or fold(a.name) == fold(actor.name)
               for a in targets)


def _lendable(doer: ActorMention, part: EventMention) -> bool:
    """Whether the lead's doer may be lent to ``part``: not among its targets, no state force for a
    demonstration whose doer is the crowd (every demonstration type but the ``other_side`` ones), and
    ``part`` does not name both its sides already (``_sides_told``)."""
    kinds = incident_kinds()
    crowds = kinds.kind_of.get(part.type) == DEMONSTRATION_KIND and part.type not in kinds.other_side
    return not _is_target_of(doer, part) and not (crowds and state_force(doer)) and not _sides_told(part)


def _sides_told(part: EventMention) -> bool:
    """Whether the incident names a state force and an armed side among what it struck: "five Maoists killed
    in an encounter with security forces" tells a fight of those two (``link.row_sides`` sides them), and
    the doer of another incident of the lead ("two farmers shot dead by militants") is neither (round 27)."""
    struck = [a for a in part.actors if a.role is Role.TARGET]
    return any(state_force(a) for a in struck) and any(armed_side(a) and not state_force(a) for a in struck)


def with_lead_initiators(incidents: Sequence[EventMention], lead_end: int) -> list[EventMention]:
    """The article's incidents, those without an initiator given the one of the lead incident they
    can be a part of (see the module's docstring); the others unchanged, in the same order."""
    leads = [m for m in incidents if in_lead(m, lead_end) and _initiator(m) is not None]
    filled = []
    for mention in incidents:
        if _initiator(mention) is None:
            whole = next((m for m in leads if m is not mention and can_be_part_of(mention, m)), None)
            doer = _initiator(whole) if whole is not None else None
            if doer is not None and _lendable(doer, mention):
                mention = mention.model_copy(update={"actors": [doer, *mention.actors]})
        filled.append(mention)
    return filled
