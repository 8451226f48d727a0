"""A crowd's event and an act of armed violence: two events, however alike their town and day.

Protests, their dispersal (excessive force against protesters) and riots are crowd events; a rocket
on a base, an air strike on a village, or the army fighting a rebel force in the same town on the
same day are acts of armed violence (ACLED keeps the two kinds apart: demonstration events and
political violence events). An outlet may tell a crackdown as an attack on civilians or as clashes
of youths or a party's supporters with the security forces, never as remote violence, and not as a
fight of a non-state armed party unless it names the crowd too. The families and the nouns are data
(``crowds`` in ``data/link_groups.yaml``); whose name is a crowd's is the resolver's: a registry actor
of type civilians, or a name holding a noun of ``generic_nouns: civilians`` (``data/actors/generic.yaml``).
"""

from __future__ import annotations

from functools import lru_cache

from sitreps.link.actors import actor_name
from sitreps.link.families import groups_data
from sitreps.resolve.actors import get_registry
from sitreps.resolve.normalise import fold
from sitreps.resolve.registry_data import NEW_ACTOR_PREFIX, load_lexicon

CROWD_KIND = "civilians"
"""The registry type and the generic-noun kind of the people a crowd is made of."""

ARMED_KIND = "armed_group"
"""The registry type of a non-state armed party."""


def crowd_apart(family_a: str, actors_a: frozenset[str], family_b: str, actors_b: frozenset[str]) -> bool:
    """Whether one report is a crowd's event and the other an act of remote violence, or a fight or
    attack naming a non-state armed party and no crowd: two events (``crowds`` in ``data/link_groups.yaml``)."""
    crowd = _words("families")
    if family_a in crowd and family_b not in crowd:
        family, actors = family_b, actors_b
    elif family_b in crowd and family_a not in crowd:
        family, actors = family_a, actors_a
    else:
        return False
    if family in _words("remote"):
        return True
    return family in _words("armed") and any(map(armed_actor, actors)) and not any(map(crowd_actor, actors))


def crowd_family(family: str) -> bool:
    """Whether a taxonomy family is a crowd's event (``crowds: families``: a protest, a riot)."""
    return family in _words("families")


@lru_cache(maxsize=4096)
def crowd_actor(key: str) -> bool:
    """Whether an actor key names people a crowd is made of: a registry actor of type civilians
    ("id:sd-civilians"), or a minted or unresolved name with a civilians noun ("basra protesters")."""
    return _of_kind(key, CROWD_KIND, frozenset(n for n, kind in load_lexicon().generic_nouns.items()
                                                if kind == CROWD_KIND))


@lru_cache(maxsize=4096)
def armed_actor(key: str) -> bool:
    """Whether an actor key names a non-state armed party: a registry armed group ("id:sd-rsf"), or a
    minted or unresolved name with one of ``armed_nouns`` ("armed militants", "gunmen")."""
    return _of_kind(key, ARMED_KIND, _words("armed_nouns"))


def _of_kind(key: str, kind: str, nouns: frozenset[str]) -> bool:
    """A registry actor by its type, any other name by its words."""
    if key.startswith("id:") and not key.startswith(f"id:{NEW_ACTOR_PREFIX}"):
        record = get_registry().get(key[3:])
        return record is not None and record.type == kind
    name = actor_name(key)
    return name is not None and any(word in nouns for word in fold(name).split())


@lru_cache(maxsize=8)
def _words(entry: str) -> frozenset[str]:
    """One list of ``crowds`` in ``data/link_groups.yaml``; empty when absent."""
    return frozenset(str(f) for f in ((groups_data().get("crowds") or {}).get(entry) or []))
