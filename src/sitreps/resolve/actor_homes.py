"""The home countries of the armed groups a story names: its country prior when no place names one.

`pipeline._context_countries` counts a story's countries from its place names, demonyms and
dateline. A story that names none of them ("ELN rebels attacked a base near San Pablo", "M23 rebels
seized Rubaya") was left without a country, so a town name shared by several countries went to its
first country (a Philippine San Pablo for a Colombian guerrilla's attack) and a village the gazetteer
lacks went unplaced. The registry knows where each armed group fights (``country`` in
``data/actors``); the groups a story names stand in for the country its places do not say. Only
groups are read, not state forces or international bodies: an army abroad is named with its demonym,
which already counts, and a group shared by several countries (Islamic State, JNIM) has no country.
Groups that fight abroad as often as at home (Wagner, Hezbollah) are no prior
(``data/places/cross_border_groups.yaml``).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc

from sitreps.annotate.doctext import doc_ents
from sitreps.resolve.actors import ActorRegistry, get_registry
from sitreps.resolve.gazetteer import Gazetteer
from sitreps.resolve.geoindex import load_places_yaml
from sitreps.resolve.normalise import fold

_GROUP_TYPES = frozenset({"armed_group"})


@lru_cache(maxsize=4)
def _homes(registry: ActorRegistry, gazetteer: Gazetteer) -> dict[str, str]:
    """Folded name or alias -> the gazetteer's name of the group's country; a name of groups of two
    countries is left out (it says nothing about where the story is)."""
    homes: dict[str, set[str]] = {}
    abroad = frozenset(load_places_yaml("cross_border_groups.yaml")["groups"])
    for record in registry.all():
        country = gazetteer.country_of(record.country) if record.country else None
        if record.type not in _GROUP_TYPES or not country or record.id in abroad:
            continue
        for alias in (record.name, *record.aliases):
            homes.setdefault(fold(alias), set()).add(country)
    return {key: next(iter(countries)) for key, countries in homes.items() if len(countries) == 1}


def group_countries(doc: Doc, registry: ActorRegistry, gazetteer: Gazetteer) -> Counter[str]:
    """How often the story names an armed group of each country, by its entities and capitalised
    acronyms ("M23", "ELN"), which the small tagger often leaves unlabelled."""
    homes = _homes(registry, gazetteer)
    counts: Counter[str] = Counter()
    named = [e.text for e in doc_ents(doc)] + [t.text for t in doc if t.is_upper and len(t) > 1 and not t.ent_type_]
    for text in named:
        key = fold(text)
        key = key[4:] if key.startswith("the ") else key
        if key in homes:
            counts[homes[key]] += 1
    return counts


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
