"""Event-type families (from the taxonomy) and linkable groups (from ``data/link_groups.yaml``).

Linking only compares mentions whose types share a linkable group (a bombing
report and an airstrike report can be one event; a bombing and a protest
cannot); the family then counts towards the pair score. The taxonomy
(``data/taxonomy.yaml``) is owned by the extract stage; this module only
reads the ``family`` of each type and falls back to the type itself when the
file or the type is missing, so linking still works (more strictly) on types
the taxonomy does not know.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from sitreps.yaml_data import parse_yaml

TAXONOMY_FILE = "taxonomy.yaml"
GROUPS_FILE = "link_groups.yaml"


def groups_of(event_type: str) -> frozenset[str]:
    """The linkable groups of an event type (``data/link_groups.yaml``); a type in no group is its own.

    Two mentions are compared only when their types share a group.
    """
    return _groups().get(event_type) or frozenset({f"type:{event_type}"})


@lru_cache(maxsize=1)
def claim_types() -> frozenset[str]:
    """Types that report a claim about an event (an accusation, a denial), from ``claims`` in
    ``data/link_groups.yaml``: linked with the events they are about, ranked after them for the type."""
    return frozenset(str(t) for t in (groups_data().get("claims") or []))


@lru_cache(maxsize=1)
def one_act_sets() -> tuple[frozenset[str], ...]:
    """Sets of types that tell one act by its sides or stages (``one_act`` in ``data/link_groups.yaml``):
    a capture and the other side's withdrawal, talks and the agreement signed at their close."""
    sets = (groups_data().get("one_act") or {}).values()
    return tuple(frozenset(str(t) for t in types) for types in sets)


def one_act(a: str, b: str) -> bool:
    """Whether two types both sit in one of ``one_act_sets``, whatever their taxonomy families."""
    return any(a in types and b in types for types in one_act_sets())


@lru_cache(maxsize=1)
def sided_groups() -> frozenset[str]:
    """Groups of acts with a doer and a side done to (``sided`` in ``data/link_groups.yaml``): only
    there does one outlet naming the doer and another the victims say nothing against one event."""
    return frozenset(str(g) for g in (groups_data().get("sided") or []))


@lru_cache(maxsize=1)
def groups_data() -> dict[str, Any]:
    """The groups file, read once; empty when it is absent."""
    path = resources.files("sitreps") / "data" / GROUPS_FILE
    if not path.is_file():
        return {}
    return parse_yaml(path.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def _groups() -> dict[str, frozenset[str]]:
    """Type -> the groups listing it, read once; empty when the file is absent."""
    found: dict[str, set[str]] = {}
    for group, types in (groups_data().get("groups") or {}).items():
        for event_type in types:
            found.setdefault(str(event_type), set()).add(str(group))
    return {t: frozenset(g) for t, g in found.items()}


def family_of(event_type: str) -> str:
    """The family of an event type, or the type itself when the taxonomy does not name one."""
    return _families().get(event_type, event_type)


@lru_cache(maxsize=1)
def _families() -> dict[str, str]:
    """Type -> family from the taxonomy file, read once; empty when the file is absent."""
    path = resources.files("sitreps") / "data" / TAXONOMY_FILE
    if not path.is_file():
        return {}
    data = parse_yaml(path.read_text(encoding="utf-8"))
    return _collect(data)


def _collect(data: Any) -> dict[str, str]:
    """Accept the layouts a taxonomy may take: a list of types, or a mapping keyed by type id.

    Either may sit under a top-level ``types`` key; entries without a family are skipped.
    """
    if isinstance(data, dict) and "types" in data:
        data = data["types"]
    found: dict[str, str] = {}
    if isinstance(data, dict):
        for key, entry in data.items():
            if isinstance(entry, dict) and isinstance(entry.get("family"), str):
                found[str(key)] = entry["family"]
    elif isinstance(data, list):
        for entry in data:
            if not isinstance(entry, dict) or not isinstance(entry.get("family"), str):
                continue
            key = entry.get("id") or entry.get("type") or entry.get("name")
            if isinstance(key, str):
                found[key] = entry["family"]
    return found
