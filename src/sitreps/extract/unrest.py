"""Damage and clashes an article about unrest tells are the unrest itself (ACLED's riot types).

A sentence alone often cannot say whose fire it was: "police assets in two more states have
been burnt", "a library was vandalised", "a student was killed in a clash with police". Read
alone they are looting/property destruction and an armed clash; told in an article whose
news is a protest or a riot, they are the crowd's violence, which ACLED codes as a violent
demonstration (destruction "in the course of a demonstration" is the demonstration, and an
armed clash needs two organised armed sides). Damage done by soldiers or militiamen, and
clashes with rebels or gunmen, keep their types: this step reads only incidents none of whose
sides is an organised armed group.

Relies on: the article's merged incidents with their actors and ``background`` flags
(``extract.incidents``). The types come from ``unrest`` in ``data/incident_kinds.yaml``, the
armed sides' words from ``data/en/unrest.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sitreps.errors import ConfigError
from sitreps.extract.actor_checks import FORCE_TYPES  # a clash in unrest is the crowd's only with them
from sitreps.extract.english import words
from sitreps.extract.kinds_file import kinds_data
from sitreps.models import ActorMention, EventMention, Role
from sitreps.resolve.normalise import fold
from sitreps.resolve.registry_data import load_lexicon, registered

LISTS = "unrest"
# Actor types that are organised armed sides (data/actors: the registry's and type_rules' types).
ARMED_TYPES = frozenset({"armed_group"})
# The type a demonstration absorbs when its word governs the killing (``absorbs_when_governed``), unless armed.
ATTACK = "attack_on_civilians"


@dataclass(frozen=True)
class Unrest:
    """``unrest`` of ``data/incident_kinds.yaml``: which types tell unrest, which it retells, as what."""

    told_by: frozenset[str]
    retold: frozenset[str]
    needs_force: frozenset[str]
    becomes: str


@lru_cache(maxsize=1)
def unrest_types() -> Unrest:
    """The ``unrest`` section of ``data/incident_kinds.yaml``, read once."""
    try:
        section = kinds_data()["unrest"]
        return Unrest(told_by=frozenset(section["told_by"]), retold=frozenset(section["retold"]),
                      needs_force=frozenset(section["needs_force"]), becomes=str(section["becomes"]))
    except (KeyError, TypeError) as error:
        raise ConfigError(f"data/incident_kinds.yaml: 'unrest' needs told_by, retold, needs_force and becomes "
                          f"({error})") from error


def armed_side(actor: ActorMention) -> bool:
    """An organised armed side: one the registry knows as an armed group, or one named so ("armed
    militants"). A new name's type is no evidence: the registry types every name it cannot place
    as an armed group ("students", "thousands of protesters")."""
    if registered(actor.actor_id) and actor.actor_type in ARMED_TYPES:
        return True
    return bool(set(actor.name.lower().split()) & words(LISTS, "armed_side_words"))


def state_force(actor: ActorMention) -> bool:
    """The state's forces, by type or by the noun that names them ("soldiers", "riot police"): the
    registry types a bare noun it cannot place as an armed group, so the name's last word decides too."""
    if actor.actor_type in FORCE_TYPES:
        return True
    last = actor.name.split()[-1] if actor.name.split() else ""
    return load_lexicon().generic_nouns.get(fold(last)) in FORCE_TYPES


def _crowds(mention: EventMention, kinds: Unrest) -> bool:
    """Whether this incident, told in unrest, is the crowd's: no armed side, and a force where it must face one.
    Damage the state's forces do ("soldiers torched homes") is theirs, not the crowd's."""
    if mention.type not in kinds.retold or any(armed_side(a) for a in mention.actors):
        return False
    if mention.type in kinds.needs_force:
        return any(a.actor_type in FORCE_TYPES for a in mention.actors)
    return not any(a.role is Role.INITIATOR and state_force(a) for a in mention.actors)


def forces_damage_apart(first: EventMention, later: EventMention) -> bool:
    """Whether one of two mentions is a protest and the other damage done by the state's forces or an armed
    side ("soldiers torched homes in the village", "students marched in the capital"): two incidents,
    never one crowd's violence, whatever day and place they share."""
    kinds = unrest_types()
    pair = {first.type, later.type}
    damage = [m for m in (first, later) if m.type in kinds.retold and m.type not in kinds.needs_force]
    return bool(pair & kinds.told_by) and any(
        a.role is Role.INITIATOR and (armed_side(a) or state_force(a)) for m in damage for a in m.actors)


def armed_attack_apart(first: EventMention, later: EventMention) -> bool:
    """Whether one of two mentions is a demonstration and the other an attack on civilians that an armed side
    began ("gunmen opened fire on villagers protesting"): ACLED codes an armed group's attack on a crowd as an
    attack, not as the crowd's demonstration, so the two never fold into one (``absorbs_when_governed``)."""
    kinds = unrest_types()
    pair = {first.type, later.type}
    attacks = [m for m in (first, later) if m.type == ATTACK]
    return bool(pair & kinds.told_by) and any(
        a.role is Role.INITIATOR and armed_side(a) for m in attacks for a in m.actors)


def in_unrest(mentions: Sequence[EventMention],
              retype: Callable[[EventMention, str], EventMention]) -> list[EventMention]:
    """The article's incidents, its crowd's damage and clashes retyped as unrest when it tells one.

    Unrest is told by an incident of ``told_by`` that is news, not background: a riot years
    ago does not make today's arson a riot. Background incidents are left as they are.
    """
    kinds = unrest_types()
    if not any(m.type in kinds.told_by and not m.background for m in mentions):
        return list(mentions)
    return [retype(m, kinds.becomes) if not m.background and _crowds(m, kinds) else m for m in mentions]
