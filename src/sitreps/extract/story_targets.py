"""The side that lost ground, for a change of territory whose sentence names none.

"M23 rebels seized the town of Rubaya on Tuesday": ACLED codes the side that held the town as actor 2,
but the capture's sentence names only the taker. The story often names the loser elsewhere, and a
capture with no target takes it from there, in this order:

1. An incident of the story that gave ground ("Congolese soldiers withdrew overnight",
   ``ground_giving_types``): its doer, when it is not the taker.
2. An armed incident of the story between the taker and another side ("rebels fought government
   troops near the town"): that side (civilians are never a holder of ground).
3. For a take of ground the state held (``state_ground_types``: a non-state actor, or a foreign army,
   overtaking territory), the armed forces of the country where the town lies, flagged as implied by
   the event type (``implied_actors.IMPLIED_FLAG``) with the capture's trigger as evidence, as an
   implied crowd is. Not when the taker is that country's own state force (a mistyped recapture), nor
   a state force of a country the story does not name ("government forces" read as another country's:
   the taker is unsure, and so is whose ground it took).

A named target of the capture's own sentence always wins. Types are in ``data/incident_kinds.yaml``.

Relies on: the article's incidents with their final types and sides (after ``implied_actors``).
"""

from __future__ import annotations

from collections.abc import Sequence

from sitreps.extract.actor_checks import CIVILIANS, STATE_TYPES
from sitreps.extract.arguments import ROLE_LISTS
from sitreps.extract.implied_actors import IMPLIED_FLAG
from sitreps.extract.kinds_file import type_list
from sitreps.extract.taxonomy import load_taxonomy
from sitreps.language_data import word_list
from sitreps.models import ActorMention, EventMention, Role
from sitreps.resolve.actors import ActorRegistry

# Families of incidents whose two sides fought each other: a side facing the taker there held the ground.
FIGHT_FAMILIES = frozenset({"battle", "remote_violence"})


def _key(actor: ActorMention) -> str:
    return actor.actor_id or actor.name.lower()


def _armed(actor: ActorMention) -> bool:
    """A side that can hold ground: anything but civilians (an unknown type is kept)."""
    return actor.actor_type != CIVILIANS


def _in(mention: EventMention, role: Role) -> list[ActorMention]:
    return [a for a in mention.actors if a.role is role]


def _same_place(one: EventMention, other: EventMention) -> bool:
    return one.place is not None and other.place is not None and one.place.text == other.place.text


def _by_place(capture: EventMention, story: Sequence[EventMention]) -> list[EventMention]:
    """The story's other incidents, those at the capture's own place first."""
    others = [m for m in story if m is not capture]
    return sorted(others, key=lambda m: not _same_place(capture, m))


def _gave_ground(capture: EventMention, story: Sequence[EventMention], takers: set[str]) -> ActorMention | None:
    """The doer of a withdrawal the story tells, other than the taker."""
    for other in _by_place(capture, story):
        if other.type in type_list("ground_giving_types"):
            found = [a for a in _in(other, Role.INITIATOR) if _key(a) not in takers and _armed(a)]
            if found:
                return found[0]
    return None


def _faced(capture: EventMention, story: Sequence[EventMention], takers: set[str]) -> ActorMention | None:
    """The other side of a fight of the story in which the taker is one side."""
    taxonomy = load_taxonomy()
    for other in _by_place(capture, story):
        if other.type not in taxonomy or taxonomy.get(other.type).family not in FIGHT_FAMILIES:
            continue
        for ours, theirs in ((Role.INITIATOR, Role.TARGET), (Role.TARGET, Role.INITIATOR)):
            if any(_key(a) in takers for a in _in(other, ours)):
                found = [a for a in _in(other, theirs) if _key(a) not in takers and _armed(a)]
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
            return ActorMention(role=Role.TARGET, name=name, actor_id=record.id, canonical_name=record.name,
                                actor_type=record.type, country=record.country, review_flag=IMPLIED_FLAG,
                                evidence=[capture.trigger])
    return None


def with_ground_loser(capture: EventMention, story: Sequence[EventMention], registry: ActorRegistry,
                      countries: Sequence[str]) -> EventMention:
    """The change of territory with the side that lost the ground as its target (see the module)."""
    if capture.type not in type_list("ground_lost_types") or _in(capture, Role.TARGET):
        return capture
    takers = {_key(a) for a in _in(capture, Role.INITIATOR)}
    told = _gave_ground(capture, story, takers) or _faced(capture, story, takers)
    loser = told.model_copy(update={"role": Role.TARGET}) if told is not None else _state_holder(
        capture, registry, countries)
    return capture if loser is None else capture.model_copy(update={"actors": [*capture.actors, loser]})


def with_ground_losers(story: Sequence[EventMention], registry: ActorRegistry,
                       countries: Sequence[str]) -> list[EventMention]:
    """The story's incidents, each change of territory with the side that lost the ground."""
    return [with_ground_loser(m, story, registry, countries) for m in story]
