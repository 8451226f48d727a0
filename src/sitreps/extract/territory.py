"""Ground a state's forces take outside their own country is not a government regaining territory.

The lexicon and the ``retype`` rules of ``data/taxonomy.yaml`` type "Russian forces captured
the village" as ``government_regains_territory``: state forces took ground. ACLED keeps that
sub-event type for a government retaking its own ground; a state force that takes ground in
another country is coded as a non-state actor overtaking territory. Which country the ground is
in is known only once the place is resolved, after the mention was typed, so this step reads
the article's incidents.

Relies on: incidents with resolved places and actors with countries (``extract.incidents``).
The types come from ``foreign_ground`` in ``data/incident_kinds.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sitreps.errors import ConfigError
from sitreps.extract.kinds_file import kinds_data
from sitreps.extract.unrest import armed_side
from sitreps.models import EventMention, Role


@dataclass(frozen=True)
class ForeignGround:
    """``foreign_ground`` of ``data/incident_kinds.yaml``."""

    type: str
    state_types: frozenset[str]
    becomes: str


@lru_cache(maxsize=1)
def foreign_ground() -> ForeignGround:
    """The ``foreign_ground`` section of ``data/incident_kinds.yaml``, read once."""
    try:
        section = kinds_data()["foreign_ground"]
        return ForeignGround(type=str(section["type"]), state_types=frozenset(section["state_types"]),
                             becomes=str(section["becomes"]))
    except (KeyError, TypeError) as error:
        raise ConfigError(f"data/incident_kinds.yaml: 'foreign_ground' needs type, state_types and becomes "
                          f"({error})") from error


def taken_abroad(mention: EventMention, rules: ForeignGround) -> bool:
    """Whether a state's forces took the ground outside their country, not on behalf of its government.

    At least one initiator is a state actor of a known country other than the place's, none is a
    state actor of the place's country ("Rwandan and Mozambican troops retook the town" is the
    government's), and no target is an armed group: forces that take a town from insurgents fight
    for the government whose town it is (ACLED: "government forces or their affiliates"), while
    those that take it from the country's own army, or from nobody named, take it for themselves.
    """
    country = mention.place.country if mention.place is not None else None
    if mention.type != rules.type or not country:
        return False
    states = [a for a in mention.actors if a.role == Role.INITIATOR and a.actor_type in rules.state_types]
    if any(a.role == Role.TARGET and armed_side(a) for a in mention.actors):
        return False
    return bool(states) and all(a.country and a.country != country for a in states)


def with_foreign_ground(mentions: Sequence[EventMention],
                        retype: Callable[[EventMention, str], EventMention]) -> list[EventMention]:
    """The incidents, ground taken by a state's forces abroad retyped as ``becomes``."""
    rules = foreign_ground()
    return [retype(m, rules.becomes) if taken_abroad(m, rules) else m for m in mentions]
