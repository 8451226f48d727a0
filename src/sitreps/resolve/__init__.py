"""resolve stage: actors to canonical entities, places to coordinates, times to dates (docs/resolve.md)."""

from sitreps.resolve.actors import ActorRecord, ActorRegistry, get_registry, person_role, role_conflict
from sitreps.resolve.gazetteer import Gazetteer, get_gazetteer
from sitreps.resolve.geomatch import GeoMatch
from sitreps.resolve.times import ResolvedTime, find_time_expressions, resolve_time

__all__ = [
    "ActorRecord",
    "ActorRegistry",
    "Gazetteer",
    "GeoMatch",
    "ResolvedTime",
    "find_time_expressions",
    "get_gazetteer",
    "get_registry",
    "person_role",
    "resolve_time",
    "role_conflict",
]
