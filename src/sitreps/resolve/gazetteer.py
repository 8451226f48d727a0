"""Toponyms to a point and an honest precision, offline, from GeoNames (see docs/resolve.md).

Order of resolution, each step tried only when the previous found nothing:
country names (so "Ukraine" never becomes the Spanish town, "Georgia" the US state unless the context
is the United States) -> sitreps' named areas, seas and crossings ("Darfur", "the Red Sea", "Rafah
crossing") -> "<name> district" / "<name> region" (an admin unit, else the place it is named after)
-> populated places by GeoNames name, then by alternate name (Kiev, Київ, Artemivsk), preferring
places inside the admin units and countries named nearby, then population; a bare admin-unit name
("Tigray", "Cabo Delgado") -> a fuzzy match among the context countries' places, then another
romanisation of one of them ("Huliaipole" = Hulyaypole, :mod:`sitreps.resolve.spelling`) -> the enclosing
unit named nearby, or the country, flagged ``approximate``. Every point a unit or a country gets is
the mean of its GeoNames populated places. Every answer short of a confident one says why in ``note``.

This module holds that order and the steps' own rules; the parts they share live apart: the
context read around a toponym (:mod:`~sitreps.resolve.context_reader`), the choice among namesake
towns (:mod:`~sitreps.resolve.city_choice`), misspelt and romanised names
(:mod:`~sitreps.resolve.respelling`), the placing of a missing place (:mod:`~sitreps.resolve.missing_places`),
and the country look-ups the rest of the pipeline asks for (:mod:`~sitreps.resolve.country_lookup`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from sitreps.language_data import word_list
from sitreps.models import PlacePrecision
from sitreps.resolve.city_choice import (
    MIN_POPULATION_WITHOUT_CONTEXT,
    candidates,
    in_written_countries,
    pick_city,
    seats_at_home,
    town_named,
)
from sitreps.resolve.context_reader import ContextReader
from sitreps.resolve.country_lookup import POSSESSIVE, CountryLookup
from sitreps.resolve.geodata import distance_km, unit_core
from sitreps.resolve.geoindex import City, GeoIndex, Unit, build_index
from sitreps.resolve.geomatch import GeoMatch, city_match, unit_match, unknown_match
from sitreps.resolve.missing_places import fallback, namesake_city
from sitreps.resolve.normalise import ARABIC_ARTICLE, fold
from sitreps.resolve.place_context import PlaceContext
from sitreps.resolve.respelling import Respelling
from sitreps.resolve.unit_aliases import add_unit_aliases
from sitreps.resolve.unit_names import SuffixedName, unit_named

# How far from the city that owns it a part of a town ("Kabul's X neighbourhood") may lie: a large
# city's neighbourhoods lie within some 30 km of its point; with room for a unit's point, 60 km. Judgement.
QUARTER_KM = 60.0

# How a town matched by a near spelling is noted; such a match must lie in the story's named units.
FUZZY_NOTE = "spelling matched approximately to {}"


class Gazetteer(CountryLookup):
    """Resolves toponyms against one :class:`GeoIndex`; use :func:`get_gazetteer` for the shared one.

    The country look-ups it answers too are :class:`CountryLookup`'s.
    """

    def __init__(self, index: GeoIndex) -> None:
        super().__init__(index)
        self._respelling = Respelling(index)
        self._contexts = ContextReader(index, self)

    def resolve(self, toponym: str, *, context_countries: Sequence[str] = (), context_units: Sequence[str] = (),
                article_units: Sequence[str] = (), kind: str | None = None, across: Sequence[str] = (),
                clause_units: Sequence[str] = (), earlier_units: Sequence[str] = ()) -> GeoMatch:
        """The place ``toponym`` names.

        ``context_countries``: countries (or regions) of the story; ``context_units``: names written
        in the toponym's sentence, nearest first ("Sagaing region" for "Pale township"), of which the
        admin units count; ``article_units``: the same for the whole article, weaker evidence;
        ``kind``: the place noun written with the toponym ("village", "district", "province");
        ``across``: countries the sentence says the place is near, across a border ("near Algeria",
        "near Mali's border with Algeria"): a place the gazetteer lacks goes to that border area;
        ``clause_units``: the names of ``context_units`` the toponym's own clause writes with it;
        ``earlier_units``: the article's names written before the toponym's sentence, nearest first (the
        town a quarter the gazetteer lacks is part of, when its sentence names none).
        """
        key = fold(toponym)
        if not key:
            return unknown_match(toponym, "empty toponym")
        ctx = self._contexts.read(context_countries, context_units, article_units)
        ctx.owners = [u for u in (self._contexts.clause_unit(c, ctx.codes) for c in clause_units) if u is not None]
        ctx.owner_codes = [self.codes_by_name[c] for c in map(self._index.countries.get, map(fold, clause_units))
                           if c in self.codes_by_name]
        ctx.key = key
        ctx.earlier = list(earlier_units)
        ctx.quarter = kind is not None and fold(kind) in word_list("places", "quarter_nouns")
        self._contexts.drop_own_units_abroad(key, ctx)
        ctx.across = [self.codes_by_name[c] for c in map(self.country_of, across) if c in self.codes_by_name]
        level = self._level(kind)
        return (
            self._as_country_named_unit(key, ctx, level)
            or self._as_country(key, ctx)
            or self._as_area(key, ctx, worded=level == "region")
            # "Kharkiv region" written as a name and its noun: the region, not the raion of that name
            or (self._as_area(fold(f"{toponym} {kind}"), ctx, worded=True) if kind else None)
            or self._as_suffixed(key, toponym, ctx)
            or self._as_named(key, toponym, ctx, level)
            or self._as_site(key, toponym, ctx)
            # "the Maiduguri-Damboa road": the site word written in lower case after the name
            or (self._as_site(fold(f"{toponym} {kind}"), f"{toponym} {kind}", ctx) if kind else None)
            or (self._as_misspelt_unit(key, ctx, 1 if level == "region" else 2) if level in ("region", "district")
                else None)
            or fallback(self._index, toponym, ctx)
        )

    def town_named_for(self, name: str, countries: Sequence[str]) -> GeoMatch | None:
        """The story's town named after another country, when a country's name means it: "Benin" -> Benin City.

        Nigerian reports write "in Benin" for Benin City, Americans "Panama" for Panama City. Only when
        the story's country (the first of ``countries``) is another one and the gazetteer has a place
        there of the country's name and a town word (``country_town_words``) that is no hamlet.
        """
        key = fold(POSSESSIVE.sub("", name.strip()))
        country = self._index.countries.get(key)
        home = self.country_of(countries[0]) if countries else None
        code = self.codes_by_name.get(home or "")
        if country is None or code is None or home == country:
            return None
        wanted = {f"{key} {word}" for word in word_list("places", "country_town_words")}
        towns = [self._index.city(i) for i, folded in self._respelling.names_in(code).items() if folded in wanted]
        towns = [t for t in towns if t.population >= MIN_POPULATION_WITHOUT_CONTEXT]
        if not towns:
            return None
        town = max(towns, key=lambda t: t.population)
        return city_match(self._index, town, f"{name.strip()} in a story of {home}: its town {town.name}")

    def capital_of(self, name: str) -> GeoMatch | None:
        """The capital of the country a name or demonym means: "Ukrainian", "Libya" -> Kyiv, Tripoli."""
        country = self.country_of(name)
        capital = self._index.capitals.get(country) if country else None
        if country is None or capital is None:
            return None
        found = self.resolve(capital, context_countries=[country])
        return found if found.precision is PlacePrecision.EXACT and found.country == country else None

    def _level(self, kind: str | None) -> str | None:
        if kind is None:
            return None
        word = fold(kind)
        words = self._index.words
        for level, vocabulary in (("region", words.region), ("district", words.district),
                                  ("settlement", words.settlement)):
            if word in vocabulary:
                return level
        return None

    def _as_site(self, key: str, toponym: str, ctx: PlaceContext) -> GeoMatch | None:
        """A site the gazetteer lacks, named after its town: "Lagos-Badagry Expressway" is on Lagos' side.

        The name without its site word ("expressway", "road", "hospital") is split at hyphens and
        spaces; the first part that is a town of the story's countries gives the point, at ACLED's
        precision 2 (a named town near the event).
        """
        words = key.split()
        if len(words) < 2 or words[-1] not in self._index.words.site:
            return None
        core = " ".join(words[:-1])
        for part in dict.fromkeys([core, *core.replace("-", " ").split()]):
            town = town_named(self._index, part, ctx)
            if town is not None:
                note = f"a site named after {town.name}, not in gazetteer; placed at {town.name}"
                return city_match(self._index, town, note, PlacePrecision.DISTRICT, toponym.strip(), approximate=True)
        return None

    def _as_country_named_unit(self, key: str, ctx: PlaceContext, level: str | None) -> GeoMatch | None:
        """A first-level unit named after a country, written with its region word: "Niger state" is
        Nigeria's state, not the country Niger, whatever the story's countries. Only region words: a
        district word after a country's name is more often a figure of speech ("in Syria territory")."""
        if level != "region" or key not in self._index.countries:
            return None
        units = [u for u in self._index.units_named(key) if u.level == 1]
        local = [u for u in units if u.country in ctx.codes]
        pool = local or (units if len({u.country for u in units}) == 1 else [])
        return unit_match(self._index, pool[0], "a country's name with a unit word, read as the unit") if pool else None

    def _as_country(self, key: str, ctx: PlaceContext) -> GeoMatch | None:
        country = self._index.countries.get(key)
        if country is None:
            return None
        code = self.codes_by_name.get(country)
        states = [u for u in self._index.units_named(key) if u.country in ctx.codes and u.level == 1]
        if states and code not in ctx.codes:  # "Georgia" in a story about Atlanta
            return unit_match(self._index, states[0], "a country's name, read as the region in context")
        point = self._index.country_point(code) if code else None
        lat, lon = point if point else (None, None)
        return GeoMatch(country, lat, lon, country, None, PlacePrecision.COUNTRY, None)

    def _as_area(self, key: str, ctx: PlaceContext, *, worded: bool = False) -> GeoMatch | None:
        """A region or feature of sitreps' own data; ``worded``: a region word was written with the name."""
        areas = self._index.areas.get(key, [])
        if not areas:
            return None
        codes = {self._index.country_name(c) for c in ctx.codes}
        area = next((a for a in areas if a.country in codes), areas[0])
        if area.country is None and area.unit is None and (worded or SuffixedName.parse(key, self._index.words)):
            # "the Sahel region of Burkina Faso": a story country's own unit of the name before the wide area
            unit = unit_named(self._index, key, ctx.codes) if ctx.codes else None
            if unit is not None and unit.country in ctx.codes:
                return unit_match(self._index, unit, None)
        note = "region spanning several countries" if area.country is None and area.unit is None \
            and area.precision is PlacePrecision.REGION else None
        admin1 = area.name if area.unit else None
        return GeoMatch(area.name, area.lat, area.lon, area.country, admin1, area.precision, note)

    def _as_suffixed(self, key: str, toponym: str, ctx: PlaceContext) -> GeoMatch | None:
        found = SuffixedName.parse(key, self._index.words)
        if found is None:
            return None
        level = 1 if found.level == "region" else 2
        unit = unit_named(self._index, found.core, ctx.codes, level, ctx.named_with())
        if unit is not None:
            return unit_match(self._index, unit, None)
        namesakes = candidates(self._index, found.core, ctx)
        at_home = seats_at_home(namesakes, ctx, self._index.neighbours)
        city = pick_city(self._index, at_home if found.level == "district" else namesakes, ctx)
        if not isinstance(city, City):
            return self._as_misspelt_unit(found.core, ctx, level) or self._respelt_seat(found.core, toponym, ctx, level)
        if found.level == "district":
            note = f"district named after its seat {city.name}; the point is the seat"
            return city_match(self._index, city, note, PlacePrecision.DISTRICT, toponym.strip())
        if city.unit1 >= 0:
            return unit_match(self._index, self._index.unit(city.unit1), f"region named after {city.name}")
        return None

    def _as_named(self, key: str, toponym: str, ctx: PlaceContext, level: str | None) -> GeoMatch | None:
        units = self._index.units_named(key) if level in ("region", "district") else []
        wanted = 1 if level == "region" else 2
        unit = unit_named(self._index, key, ctx.codes, wanted, ctx.named_with()) if units else None
        unit = unit if unit is None or in_written_countries(self._index, unit.country, ctx) else None
        if unit is not None and (level == "region" or unit.level == 2):
            return unit_match(self._index, unit, None)
        namesakes = candidates(self._index, key, ctx)
        at_home = seats_at_home(namesakes, ctx, self._index.neighbours)
        picked = pick_city(self._index, at_home if level == "district" else namesakes, ctx)
        if namesakes and picked is None:  # namesakes elsewhere only: a unit of the name, or the place is missing
            unit = unit or self._written_unit(key, ctx)
            return unit_match(self._index, unit, None) if unit is not None else fallback(self._index, toponym, ctx)
        if isinstance(picked, City):
            region = self._region_named_after(picked) if level == "region" else None
            if region is not None:  # "Gedaref state": the state of Al Qadarif, not the city
                return unit_match(self._index, region, f"region named after {picked.name}")
            precision = PlacePrecision.DISTRICT if level == "district" else PlacePrecision.EXACT
            note = f"{toponym.strip()} read as the district of {picked.name}" if level == "district" else None
            return city_match(self._index, picked, note, precision)
        if isinstance(picked, str):
            return fallback(self._index, toponym, ctx, picked)
        unit = unit or self._written_unit(key, ctx)
        if unit is not None:
            return unit_match(self._index, unit, None)
        return self._respelt_city(key, ctx)

    def _written_unit(self, key: str, ctx: PlaceContext) -> Unit | None:
        """The unit of the name, unless it lies away from a country the toponym's clause names
        ("the village of Medina in Somalia" is no county of Ohio)."""
        unit = unit_named(self._index, key, ctx.codes)
        return unit if unit is not None and in_written_countries(self._index, unit.country, ctx) else None

    def _respelt_city(self, key: str, ctx: PlaceContext) -> GeoMatch | None:
        """A town of the story's countries spelt otherwise: in the country's own letters first ("Orekhov"
        is Orikhiv, not Crimea's Orekhovo one letter away; also in the country of a unit named nearby),
        then misspelt, then romanised otherwise; a part of a town only inside the town (:meth:`_in_owner`)."""
        for city, note in self._respellings(key, ctx):
            if city is not None:
                fits = self._in_owner(city, ctx) and (note != FUZZY_NOTE or self._in_named_units(city, ctx))
                return replace(city_match(self._index, city, note.format(city.name)), respelt=True) if fits else None
        return None

    def _in_named_units(self, city: City, ctx: PlaceContext) -> bool:
        """Whether a town matched only approximately lies in a unit the story names in its country, when it
        names any: "Udachne" in a story of the Pokrovsk district of Donetsk region is no Dachne of Odesa
        Oblast, 500 km off; the unit then holds the missing village (round 24)."""
        named = [u for u in ctx.units if u.country == city.country]
        return not named or any(u.ident in (city.unit1, city.unit2) for u in named)

    def _respellings(self, key: str, ctx: PlaceContext) -> Iterator[tuple[City | None, str]]:
        """The respelling searches in order, each run only when the one before found nothing."""
        # a unit named nearby says whose letters to read the name in ("Orekhov in the Zaporozhye region")
        codes = list(dict.fromkeys([*ctx.codes, *(u.country for u in ctx.units)]))
        yield self._respelling.local_form_city(key, codes), "the local romanisation of {}"
        yield self._respelling.fuzzy_city(key, ctx.codes), FUZZY_NOTE
        yield self._respelling.romanised_city(key, ctx.codes), "another romanisation of {}"

    def _in_owner(self, city: City, ctx: PlaceContext) -> bool:
        """Whether a respelt town may be the part of a town its phrase names: "Kabul's Dasht-e-Barchi
        neighbourhood" is no village of Kunduz spelt nearly so. Only for a part of a town (``ctx.quarter``)
        whose owner the sentence names; it lies within ``QUARTER_KM`` of the owner's city."""
        owner = ctx.near[0] if ctx.quarter and ctx.near else None
        if isinstance(owner, Unit):
            owner = namesake_city(self._index, owner) or owner
        return owner is None or distance_km(city.lat, city.lon, owner.lat, owner.lon) <= QUARTER_KM

    def _region_named_after(self, city: City) -> Unit | None:
        """The first-level unit ``city`` lies in when the unit bears the city's name.

        A region word after a town's name ("Gedaref state", "Sweida province", "Sennar state") names
        the province seated there even when the gazetteer spells the province otherwise than the story
        (Al Qaḑārif): the province, not the town, is where the event happened. A unit named otherwise
        ("Pokrovsk region" in Donetsk Oblast) is no such province: the town is kept.
        """
        if city.unit1 < 0:
            return None
        unit = self._index.unit(city.unit1)
        core = unit_core(self._index.table.unit_name[unit.ident], self._index.words.suffixes)
        same = ARABIC_ARTICLE.sub("", core) == ARABIC_ARTICLE.sub("", fold(city.name))  # An Najaf = Najaf
        return unit if same else None

    def _respelt_seat(self, core: str, toponym: str, ctx: PlaceContext, level: int) -> GeoMatch | None:
        """A district the gazetteer lacks, named after a town of the story spelt otherwise, is seated there
        (round 29): Nigeria's LGAs are named after their seats, and "Danmusa LGA" of Katsina is seated at
        GeoNames' "Dan Musa"; a region is not read so (its town may lie anywhere in it)."""
        if level != 2:
            return None
        respelt = self._respelt_city(core, ctx)
        if respelt is None or respelt.lat is None:
            return None
        note = f"district named after its seat {respelt.name} ({respelt.note}); the point is the seat"
        return replace(respelt, name=toponym.strip(), precision=PlacePrecision.DISTRICT, note=note)

    def _as_misspelt_unit(self, key: str, ctx: PlaceContext, level: int) -> GeoMatch | None:
        """The story's unit spelt nearly as ``key``, written with a unit word (:meth:`Respelling.misspelt_unit`)."""
        unit = self._respelling.misspelt_unit(key, ctx.codes, level)
        return unit_match(self._index, unit, f"spelling matched approximately to {unit.name}") if unit else None


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The shared gazetteer, loaded on first use (under a second from the cache; see docs/resolve.md)."""
    index = build_index()
    add_unit_aliases(index)
    return Gazetteer(index)
