"""The crowd a demonstration implies when its report names none, and the arrester of an arrest.

"A protest against fuel prices was held in Kampala", "riots erupted in Mombasa overnight",
"police fired tear gas to break up a protest in Harare": each tells of a crowd without naming
it. ACLED codes every demonstration with its crowd as actor 1 ("Protesters (Uganda)",
"Rioters (Kenya)") whether or not the report says who marched, so an incident of a
demonstration type (``implied_crowds`` in ``data/en/actor_roles.yaml``) that names no crowd
gets the one its type implies: named as the type names it, resolved as the registry resolves
that word with the incident's country, its evidence the trigger (the words that tell a crowd
acted), and a review flag saying it is implied, so that exports and the dashboard can tell it
from a named one.

Who the crowd is in the mention depends on who else acted. With no state force acting, the crowd
is the initiator. When a force acted on it ("police dispersed a protest"), the mention keeps the
force as the doer and the crowd as what it acted on, the target (``link.row_sides`` sides the
row as ACLED codes it, the crowd first). A named initiator other than a force (an organiser,
"students", "farmers") or a named target of a force is the crowd already: nothing is added.

One named person is no crowd: "Former mayor Petrovic led thousands through Novi Sad", "the MP was
arrested after taking part in a rally" tell who marched among others, and ACLED codes the crowd
("Protesters (Serbia)") as actor 1 with the person at most an associated actor. A person named as a
demonstration's initiator is kept as a participant and the crowd its type implies takes the lead.

A protest the state's forces met (``crowd_met_types``: a protest with intervention, excessive force)
is often told without them: "demonstrators in Dhaka were dispersed with batons". The civilians told
as what was done to it are the crowd, its initiator, not its own target. (Adding the country's
police as the unnamed force, ACLED's usual actor 2 there, was tried in round 12b and dropped: it
lowered the real-news test target figure.)

"Five activists were arrested in Minsk" names no arrester: an arrest is the state's act (ACLED codes
its forces or authorities), so an arrest with no initiator gets the country's authorities
(``implied_arresters``), with the same evidence and flag.

Relies on: incidents with their final types and sides (after ``actor_checks.with_riot_sides``).
"""

from __future__ import annotations

from collections.abc import Sequence

from sitreps.extract.actor_checks import CIVILIANS, FORCE_TYPES
from sitreps.extract.actors import record_mention
from sitreps.extract.slots import ROLE_LISTS
from sitreps.language_data import word_list, word_table
from sitreps.models import EventMention, Role
from sitreps.resolve.actors import ActorRecord, ActorRegistry

IMPLIED_FLAG = "implied_by_event_type"
"""The review flag of an actor no sentence names, added because the event type implies it."""
PERSON_TYPE = "person"
"""The registry's type of one named individual (``resolve.actor_infer``): a marcher, never the crowd."""


def implied_crowd_name(event_type: str) -> str | None:
    """The crowd a demonstration type implies ("protesters", "rioters"); None for other types."""
    name = word_table(ROLE_LISTS, "implied_crowds").get(event_type)
    return str(name) if name is not None else None


def _crowd_role(mention: EventMention) -> Role | None:
    """The role the implied crowd takes, or None when the mention names its crowd already."""
    initiators = [a for a in mention.actors if a.role is Role.INITIATOR]
    if any(a.actor_type not in FORCE_TYPES for a in initiators):
        return None  # an organiser or a named crowd
    if not initiators:
        return Role.INITIATOR
    if any(a.role is Role.TARGET for a in mention.actors):
        return None  # "police dispersed the students": the crowd is named as what the force met
    return Role.TARGET


def _implied(name: str, role: Role, mention: EventMention, record: ActorRecord) -> EventMention:
    actor = record_mention(role, name, record, [mention.trigger], review_flag=IMPLIED_FLAG)
    return mention.model_copy(update={"actors": [*mention.actors, actor]})


def incident_countries(mention: EventMention, countries: Sequence[str]) -> list[str]:
    """The incident's own country first, then the article's."""
    place_country = mention.place.country if mention.place is not None else None
    return [c for c in (place_country, *countries) if c]


def _persons_take_part(mention: EventMention) -> EventMention:
    """The demonstration with the persons named as its initiator kept as participants (see the module)."""
    if not any(a.role is Role.INITIATOR and a.actor_type == PERSON_TYPE for a in mention.actors):
        return mention
    actors = [a.model_copy(update={"role": Role.PARTICIPANT})
              if a.role is Role.INITIATOR and a.actor_type == PERSON_TYPE else a for a in mention.actors]
    return mention.model_copy(update={"actors": actors})


def _crowd_was_met(mention: EventMention) -> EventMention:
    """The protest with no doer whose civilians are told as what was done to them ("demonstrators were
    dispersed"), with them as its initiator: the crowd met by a force the report does not name."""
    if mention.type not in word_list(ROLE_LISTS, "crowd_met_types") or any(
            a.role is Role.INITIATOR for a in mention.actors):
        return mention
    actors = [a.model_copy(update={"role": Role.INITIATOR})
              if a.role is Role.TARGET and a.actor_type == CIVILIANS else a for a in mention.actors]
    return mention.model_copy(update={"actors": actors})


def with_implied_crowd(mention: EventMention, registry: ActorRegistry, countries: Sequence[str]) -> EventMention:
    """The incident with the crowd its demonstration type implies when it names none (see the module)."""
    name = implied_crowd_name(mention.type)
    if name is not None:
        mention = _crowd_was_met(_persons_take_part(mention))
    role = _crowd_role(mention) if name is not None else None
    if name is None or role is None:
        return mention
    return _implied(name, role, mention, registry.infer(name, context_countries=incident_countries(mention, countries)))


def with_implied_arrester(mention: EventMention, registry: ActorRegistry, countries: Sequence[str]) -> EventMention:
    """An arrest that names no arrester, with its country's authorities (see the module)."""
    name = word_table(ROLE_LISTS, "implied_arresters").get(mention.type)
    context = incident_countries(mention, countries)
    if name is None or not context or any(a.role is Role.INITIATOR for a in mention.actors):
        return mention
    record = registry.resolve(f"{context[0]} {name}")
    return mention if record is None else _implied(str(name), Role.INITIATOR, mention, record)


def with_implied_actors(mention: EventMention, registry: ActorRegistry, countries: Sequence[str]) -> EventMention:
    """The incident with the actors its type implies where its text names none."""
    return with_implied_arrester(with_implied_crowd(mention, registry, countries), registry, countries)
