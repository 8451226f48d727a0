"""The other side of a takeover or an agreement whose sentence names only one.

"M23 rebels seized the town of Rubaya on Tuesday": ACLED codes the side that held the town as actor 2,
but the capture's sentence names only the taker. "Colombia's government agreed a six-month ceasefire":
ACLED codes the other party (the guerrilla) as actor 2, named in another sentence if at all. The story
often names that side elsewhere, and the incident takes it from there, in this order:

1. For a capture (``ground_lost_types``), an incident of the story that gave ground ("Congolese
   soldiers withdrew overnight", ``ground_giving_types``): its doer, when it is not the taker.
   For an agreement (``other_party_types``), a party of another agreement the story tells ("the ELN
   said it would respect the truce" told as a ceasefire of its own) that is not this one's party.
2. An armed incident of the story between this incident's side and another ("rebels fought government
   troops near the town"): that other side. Civilians never hold ground nor sign for a side, nor does a
   thing the other incident hit ("missiles struck energy infrastructure": ``riot_property.is_property``).
3. For a take of ground the state held (``state_ground_types``: a non-state actor, or a foreign army,
   overtaking territory), the armed forces of the country where the town lies, flagged as implied by
   the event type (``implied_actors.IMPLIED_FLAG``) with the capture's trigger as evidence, as an
   implied crowd is. Not when the taker is that country's own state force (a mistyped recapture), nor
   a state force of a country the story does not name ("government forces" read as another country's:
   the taker is unsure, and so is whose ground it took).

One side is the same as another when both resolve to one actor, when one's name ends the other's
("the rebels" of "M23 rebels"), or when both are the same country's state. A target the incident's own
sentence names always wins. Types are in ``data/incident_kinds.yaml``.

Relies on: the article's incidents with their final types and sides (after ``implied_actors``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from sitreps.extract.actor_checks import CIVILIANS, STATE_TYPES
from sitreps.extract.actors import record_mention
from sitreps.extract.implied_actors import IMPLIED_FLAG
from sitreps.extract.kinds_file import type_list
from sitreps.extract.riot_property import is_property
from sitreps.extract.slots import ROLE_LISTS
from sitreps.extract.taxonomy import load_taxonomy
from sitreps.language_data import word_list
from sitreps.models import ActorMention, EventMention, Role
from sitreps.resolve.actors import ActorRegistry

# Families of incidents whose two sides fought each other: a side facing this one there is the other side.
FIGHT_FAMILIES = frozenset({"battle", "remote_violence"})
# The roles that name a side of an incident: a party of an agreement is kept as a participant.
SIDE_ROLES = (Role.INITIATOR, Role.PARTICIPANT)


def same_side(one: ActorMention, other: ActorMention) -> bool:
    """One actor twice: one resolved actor, a name ending the other, or one country's state."""
    if one.actor_id is not None and one.actor_id == other.actor_id:
        return True
    first, second = one.name.lower(), other.name.lower()
    if first.endswith(second) or second.endswith(first):
        return True
    return one.actor_type in STATE_TYPES and other.actor_type in STATE_TYPES and (
        one.country is not None and one.country == other.country)


def _stranger(actor: ActorMention, ours: Sequence[ActorMention]) -> bool:
    """An armed or political side other than ours (an unknown type is kept)."""
    return actor.actor_type != CIVILIANS and not any(same_side(actor, a) for a in ours)


def _in(mention: EventMention, *roles: Role) -> list[ActorMention]:
    return [a for a in mention.actors if a.role in roles]


def _same_place(one: EventMention, other: EventMention) -> bool:
    return one.place is not None and other.place is not None and one.place.text == other.place.text


def _by_place(incident: EventMention, story: Sequence[EventMention]) -> list[EventMention]:
    """The story's other incidents, those at the incident's own place first."""
    others = [m for m in story if m is not incident]
    return sorted(others, key=lambda m: not _same_place(incident, m))


def _told_of(incident: EventMention, story: Sequence[EventMention], ours: Sequence[ActorMention],
             types: frozenset[str]) -> ActorMention | None:
    """A side of another incident of the given types (a withdrawal, an agreement) that is not ours. A
    withdrawal one of whose doers is ours is the taker's own leaving ("the attackers held the post for
    hours before withdrawing"), whatever else its retellings call them ("terrorist groups retreating")."""
    for other in _by_place(incident, story):
        if other.type in types and not _own_leaving(other, ours):
            found = [a for a in _in(other, *SIDE_ROLES) if _stranger(a, ours)]
            if found:
                return found[0]
    return None


def _own_leaving(other: EventMention, ours: Sequence[ActorMention]) -> bool:
    """Whether ``other`` gives ground (``ground_giving_types``) and one of its doers is our side."""
    return other.type in type_list("ground_giving_types") and any(
        same_side(a, b) for a in _in(other, Role.INITIATOR) for b in ours)


def _faced(incident: EventMention, story: Sequence[EventMention], ours: Sequence[ActorMention],
           doc: Doc) -> ActorMention | None:
    """The other side of a fight of the story in which our side is one side; a thing it hit is no side."""
    taxonomy = load_taxonomy()
    for other in _by_place(incident, story):
        if other.type not in taxonomy or taxonomy.get(other.type).family not in FIGHT_FAMILIES:
            continue
        for own, theirs in ((Role.INITIATOR, Role.TARGET), (Role.TARGET, Role.INITIATOR)):
            if any(same_side(a, b) for a in _in(other, own) for b in ours):
                found = [a for a in _in(other, theirs) if _stranger(a, ours) and not is_property(a, doc)]
                if found:
                    return found[0]
    return None


def _state_holder(capture: EventMention, registry: ActorRegistry, countries: Sequence[str]) -> ActorMention | None:
    """The armed forces of the capture's country, for a take of ground the state held (see the module)."""
    country = capture.place.country if capture.place is not None and capture.place.country else (
        countries[0] if countries else None)
    if capture.type not in type_list("state_ground_types") or country is None or any(
            a.actor_type in STATE_TYPES and (a.country == country or a.country not in countries)
            for a in _in(capture, Role.INITIATOR)):
        return None
    for noun in word_list(ROLE_LISTS, "state_forces_nouns"):
        name = f"{country} {noun}"
        record = registry.resolve(name)
        if record is not None and record.type in STATE_TYPES:
            return record_mention(Role.TARGET, name, record, [capture.trigger], review_flag=IMPLIED_FLAG)
    return None


def _other_side(incident: EventMention, story: Sequence[EventMention], registry: ActorRegistry,
                countries: Sequence[str], doc: Doc) -> ActorMention | None:
    ours = _in(incident, *SIDE_ROLES)
    if incident.type in type_list("ground_lost_types"):
        told = _told_of(incident, story, ours, type_list("ground_giving_types")) or _faced(incident, story, ours, doc)
        return told.model_copy(update={"role": Role.TARGET}) if told is not None else _state_holder(
            incident, registry, countries)
    if incident.type in type_list("other_party_types") and len(ours) == 1:
        told = _told_of(incident, story, ours, type_list("other_party_types")) or _faced(incident, story, ours, doc)
        return told.model_copy(update={"role": Role.TARGET}) if told is not None else None
    return None


def with_other_side(incident: EventMention, story: Sequence[EventMention], registry: ActorRegistry,
                    countries: Sequence[str], doc: Doc) -> EventMention:
    """The takeover or agreement with the other side the story names as its target (see the module)."""
    if _in(incident, Role.TARGET):
        return incident
    side = _other_side(incident, story, registry, countries, doc)
    return incident if side is None else incident.model_copy(update={"actors": [*incident.actors, side]})


def with_other_sides(story: Sequence[EventMention], registry: ActorRegistry, countries: Sequence[str],
                     doc: Doc) -> list[EventMention]:
    """The story's incidents, each takeover and agreement with the other side the story names."""
    return [with_other_side(m, story, registry, countries, doc) for m in story]
