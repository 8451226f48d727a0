"""The names of the registry's armed groups, which are never place names.

A group is often written before a place noun ("Army helicopters struck ADF camps", "BLA hideouts",
"OLA bases"), the shape of "Kakuma camp", so the place rules read its acronym as a town the gazetteer
lacks, or as a namesake town it holds (Mali's Bla, a Panamanian Olá). The registry (``data/actors``)
knows these names: an acronym only as written in capitals (Mali's town is written "Bla"), a longer
name however it is cased.
"""

from __future__ import annotations

from functools import lru_cache

from sitreps.resolve.actors import get_registry
from sitreps.resolve.normalise import fold

_GROUP_TYPES = frozenset({"armed_group"})


@lru_cache(maxsize=1)
def group_names() -> tuple[frozenset[str], frozenset[str]]:
    """The registry's armed groups' acronyms as written ("ADF", "BLA") and their other names folded
    ("wagner", "fano"): words that name a group, never a place, though a gazetteer may hold a namesake
    town (the acronym only in capitals: Mali's town of Bla is written "Bla")."""
    acronyms: set[str] = set()
    names: set[str] = set()
    for record in get_registry().all():
        if record.type in _GROUP_TYPES:
            for alias in (record.name, *record.aliases):
                (acronyms if alias.isupper() else names).add(alias if alias.isupper() else fold(alias))
    return frozenset(acronyms), frozenset(names)


def names_group(text: str) -> bool:
    """Whether a name as written is an armed group's ("ADF" in "struck ADF camps")."""
    acronyms, names = group_names()
    return text in acronyms or fold(text) in names
