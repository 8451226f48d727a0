"""``data/incident_kinds.yaml``, read once for the modules that each take a section of it.

Incident merging (kinds, absorbs), unrest, foreign ground, battles, ceded ground, crowd-led
protests and the linked row's part-of types all read their rules from this one file; reading and
checking it in one place keeps its error messages and its cache the same for all of them. Sections
that are a list of type ids (``type_list``) or map names to such lists (``type_map``) are read and
checked here too.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources
from typing import Any

from sitreps.errors import ConfigError
from sitreps.language_data import read_mapping

KINDS_FILE = "data/incident_kinds.yaml"


@lru_cache(maxsize=1)
def kinds_data() -> dict[str, Any]:
    """The whole file as a mapping (callers read it, never change it); ConfigError when unreadable."""
    return read_mapping(resources.files("sitreps").joinpath("data", "incident_kinds.yaml"), KINDS_FILE)


@cache
def type_list(name: str) -> frozenset[str]:
    """A section that lists type ids (``crowd_led``, ``battle_parts``), read once; ConfigError naming it when
    it is missing or not a list of names."""
    section = kinds_data().get(name)
    if not isinstance(section, list) or not all(isinstance(t, str) for t in section):
        raise ConfigError(f"{KINDS_FILE}: {name!r} is missing or not a list of type ids")
    return frozenset(section)


@cache
def type_map(name: str) -> dict[str, frozenset[str]]:
    """A section that maps names to lists of type ids (``cedes``, ``part_of``), read once (callers read it,
    never change it); ConfigError naming it when it is missing or not such a mapping."""
    section = kinds_data().get(name)
    if not isinstance(section, dict) or not all(
            isinstance(types, list) and all(isinstance(t, str) for t in types) for types in section.values()):
        raise ConfigError(f"{KINDS_FILE}: {name!r} is missing or not a mapping of names to lists of type ids")
    return {str(key): frozenset(types) for key, types in section.items()}


@lru_cache(maxsize=1)
def type_kinds() -> dict[str, str]:
    """Each type id -> its kind (the ``kinds`` section), read once; incident merging and the modules it calls
    (which cannot import it back) share this one table."""
    return {t: str(kind) for kind, types in kinds_data()["kinds"].items() for t in types}
