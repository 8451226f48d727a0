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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz, process

from sitreps.language_data import word_list
from sitreps.models import PlacePrecision
from sitreps.resolve.geodata import distance_km, unit_core
from sitreps.resolve.geoindex import Area, City, GeoIndex, Unit, UnitWords, build_index, demonyms
from sitreps.resolve.halves import on_side
from sitreps.resolve.normalise import ARABIC_ARTICLE, fold, is_latin
from sitreps.resolve.spelling import SpellingIndex

# Without context, a name shared by places in several countries is taken only when the most populous
# one has this many times the people of the best rival (Paris FR vs Paris TX passes; Tripoli LY vs
# Tripoli LB, 5.7x, does not). Chosen on the dev split of benchmarks/gold/resolve/places.jsonl.
AMBIGUITY_RATIO = 10.0
# Two same-name GeoNames entries closer than this are one place entered twice (a city and its
# municipality), not rivals; 50 km keeps apart the Springfields of different US states.
SAME_PLACE_KM = 50.0
# Outside the countries of the story only places of this many people are candidates: cities1000
# holds a village of almost every common word somewhere ("Sokolo" in France, "Border" in Russia);
# 15,000 is GeoNames' own cities15000 cut, the set the gazetteer used before villages were added.
MIN_POPULATION_WITHOUT_CONTEXT = 15_000
# When the story has countries but none of the name's places lies in them or their neighbours, only
# a large city far away is believable (Kunming or Doha as a venue of talks); a town of 60,000 there
# is usually a word of the story that shares its name ("the Fano conflict" in Ethiopia is not Fano,
# Italy). Across a border (Kherson in a story that names only Russia) the usual 15,000 applies.
# Set by judgement, checked on the dev splits of the place gold and of the real-news set.
MIN_POPULATION_ABROAD = 100_000
# A town across a border is believable beside an admin unit its clause names when it lies this close to
# the unit's point ("drones launched from Belgorod at the Kharkiv region": about 80 km); a namesake in a
# neighbour 1,000 km away (Venezuela's Barcelona for a Colombian village "in Quindio") is not. A large
# first-level region spans some 400 km (Tillaberi, Kharkiv Oblast), so its towns lie within 300 km of its
# point. Set by judgement.
NEAR_UNIT_KM = 300.0
# rapidfuzz ratio a misspelt name must reach among the context countries' places; ratio (not WRatio)
# so a prefix is no match ("Malynivka" is not "Malyn"); 88 admits one transposition in ten letters.
FUZZY_MIN_SCORE = 88.0
# Shortest name worth an approximate match: one added letter already scores 88.9 against a four-letter
# name ("Cape" -> Capel, "Goma" -> Gomas), so a short name is only ever matched exactly.
FUZZY_MIN_LENGTH = 6


_POSSESSIVE = re.compile(r"['’]s$")
# The owner written before a name: "Manipur's Jiribam district" is Jiribam's district (of Manipur).
_POSSESSOR = re.compile(r"['’]s\s+")


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
    approximate: bool = False  # the point is an enclosing unit's: the place itself is not in the gazetteer
    respelt: bool = False  # the name was matched to a place spelt otherwise (fuzzily, or another romanisation)


@dataclass
class _Context:
    """Country codes and admin units named around a toponym, nearest first."""

    codes: list[str] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    areas: list[Area] = field(default_factory=list)
    strong: int = 0  # how many of ``units`` lead: those named in the toponym's own sentence
    # The toponym's own sentence's units and towns, nearest first: where a missing place is put.
    near: list[Unit | City] = field(default_factory=list)
    # Towns the article names as the seats of districts ("Jiribam district"), in the article's order.
    seats: list[City] = field(default_factory=list)
    # Codes of the countries the toponym's sentence places it near, across a border ("near Algeria").
    across: list[str] = field(default_factory=list)
    # Codes of the countries the toponym's own sentence names ("in Mozambique's Cabo Delgado province").
    said: set[str] = field(default_factory=set)
    # The admin units the toponym's own clause names ("Palma in Cabo Delgado province").
    owners: list[Unit] = field(default_factory=list)
    key: str = ""  # the toponym, folded

    def unit_ids(self) -> set[int]:
        return {u.ident for u in self.units}


class Gazetteer:
    """Resolves toponyms against one :class:`GeoIndex`; use :func:`get_gazetteer` for the shared one."""

    def __init__(self, index: GeoIndex) -> None:
        self._index = index
        self._demonyms = demonyms()
        self._codes_by_name = {name: code for code, name in index.country_codes.items()}
        self._names_by_country: dict[str, dict[int, str]] = {}  # built per country on first fuzzy miss
        self._folded: list[str] = []  # every place's folded name by id, built on the first fuzzy miss
        self._unit_names_by_country: dict[str, list[tuple[str, int]]] = {}  # built on the first fuzzy unit miss
        self._spelling = SpellingIndex(self._names_in)

    def resolve(self, toponym: str, *, context_countries: Sequence[str] = (), context_units: Sequence[str] = (),
                article_units: Sequence[str] = (), kind: str | None = None, across: Sequence[str] = (),
                clause_units: Sequence[str] = ()) -> GeoMatch:
        """The place ``toponym`` names.

        ``context_countries``: countries (or regions) of the story; ``context_units``: names written
        in the toponym's sentence, nearest first ("Sagaing region" for "Pale township"), of which the
        admin units count; ``article_units``: the same for the whole article, weaker evidence;
        ``kind``: the place noun written with the toponym ("village", "district", "province");
        ``across``: countries the sentence says the place is near, across a border ("near Algeria",
        "near Mali's border with Algeria"): a place the gazetteer lacks goes to that border area;
        ``clause_units``: the names of ``context_units`` the toponym's own clause writes with it.
        """
        key = fold(toponym)
        if not key:
            return _unknown(toponym, "empty toponym")
        ctx = self._context(context_countries, context_units, article_units)
        ctx.owners = [u for u in (self._clause_unit(c, ctx.codes) for c in clause_units) if u is not None]
        ctx.key = key
        self._drop_own_units_abroad(key, ctx)
        ctx.across = [self._codes_by_name[c] for c in map(self.country_of, across) if c in self._codes_by_name]
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
            or self._fallback(toponym, ctx)
        )

    def country_of(self, name: str, alternates: bool = True) -> str | None:
        """The country a name, demonym or place belongs to: "Ukrainian", "Ukraine", "Kyiv" -> "Ukraine".

        A possessive is dropped first: the tagger's entity "South Sudan's" is South Sudan. Without
        ``alternates`` a name that is only an alternate spelling of a city ("Boni" for Bonn) names no
        country: the caller weighs that weaker evidence against the rest of the story.
        """
        key = fold(_POSSESSIVE.sub("", name.strip()))
        if key in self._index.countries:
            return self._index.countries[key]
        if key in self._demonyms:
            return self._demonyms[key]
        areas = [a for a in self._index.areas.get(key, []) if a.country]
        if areas:
            return areas[0].country
        cities = [c for c in self._index.cities_named(key) if c.population >= MIN_POPULATION_WITHOUT_CONTEXT]
        if not cities:
            # A first-level unit's name is better evidence than a historical alternate name:
            # "Edo" is a Nigerian state before it is Tokyo's old name.
            states = {u.country for u in self._index.units_named(key) if u.level == 1}
            if len(states) == 1:
                return self._index.country_name(states.pop())
            if not alternates:
                return None
            # An alternate name is weaker evidence still: GeoNames lists spellings of small towns that
            # are the whole names of villages elsewhere ("Bule" for Bulle, Switzerland, in a Congo story).
            cities = [c for c in self._index.cities_alternately_named(key)
                      if c.population >= MIN_POPULATION_ABROAD]
        if not cities:
            return None
        return self._index.country_name(max(cities, key=lambda c: c.population).country)

    def namesake_countries(self, name: str) -> tuple[str, ...]:
        """The countries of a town name's comparable namesakes, the one :meth:`country_of` gives first;
        empty when only one country holds one.

        "Odessa" is a Texan city by its GeoNames name and Ukraine's Odesa by an alternate one, "Hyderabad"
        India's and Pakistan's: such a name is no evidence of the story's country by itself, only of
        which of its countries the rest of the story names. A namesake counts when it has at least
        1/AMBIGUITY_RATIO of the first's people (Paris, Texas does not), an alternate-named one only
        at MIN_POPULATION_ABROAD (GeoNames lists exonyms of small towns).
        """
        key = fold(_POSSESSIVE.sub("", name.strip()))
        if key in self._index.countries or key in self._demonyms or self._index.areas.get(key):
            return ()
        primary = [c for c in self._index.cities_named(key) if c.population >= MIN_POPULATION_WITHOUT_CONTEXT]
        if not primary:
            return ()
        floor = max(c.population for c in primary) / AMBIGUITY_RATIO
        alternate = [c for c in self._index.cities_alternately_named(key) if c.population >= MIN_POPULATION_ABROAD]
        ranked = sorted((c for c in primary + alternate if c.population >= floor), key=lambda c: -c.population)
        first = max(primary, key=lambda c: c.population).country
        codes = dict.fromkeys([first] + [c.country for c in ranked])
        names = tuple(n for n in map(self._index.country_name, codes) if n)
        return names if len(names) > 1 else ()

    def near_story(self, country: str | None, countries: Sequence[str]) -> bool:
        """Whether ``country`` is one of the story's ``countries`` (GeoNames names) or borders one."""
        code = self._codes_by_name.get(country or "")
        codes = {self._codes_by_name.get(c) for c in countries}
        return country in countries or (code is not None and any(
            code in self._index.neighbours.get(c, ()) for c in codes if c is not None))

    def state_country(self, name: str) -> str | None:
        """The country whose one first-level unit bears exactly this name ("Sinaloa" -> Mexico), else None.

        Evidence of where a story is even when the tagger calls the name an organisation.
        """
        states = {u.country for u in self._index.units_named(fold(_POSSESSIVE.sub("", name.strip())))
                  if u.level == 1}
        return self._index.country_name(states.pop()) if len(states) == 1 else None

    def demonym_country(self, word: str) -> str | None:
        """The one country a demonym or a short name of it belongs to ("Somali" -> Somalia), else None:
        unlike :meth:`country_of`, never a town's country ("Gao" is no demonym)."""
        return self._demonyms.get(fold(word))

    def names_country(self, name: str) -> bool:
        """Whether a name is a country's own name or alias ("Mali", "Mali's", "DRC"), not a people or a town."""
        return fold(_POSSESSIVE.sub("", name.strip())) in self._index.countries

    def country_part(self, match: GeoMatch, *parts: frozenset[str]) -> GeoMatch:
        """A country answer moved to the part a bearing names ("southern Lebanon"), or among the parts
        several name ("southern and eastern Lebanon": both parts, not the south-east)."""
        code = self._codes_by_name.get(match.country or "")
        parts = tuple(p for p in parts if p)
        point = self._index.country_part_point(code, *parts) if code and parts else None
        if point is None or match.precision is not PlacePrecision.COUNTRY:
            return match
        names = [f"{'-'.join(sorted(p, key=['north', 'south', 'east', 'west'].index))}ern" for p in parts]
        several = len(set(names)) > 1
        written = " and ".join(dict.fromkeys(names)) + (" parts" if several else " part")
        how = "its place nearest the middle of their places" if several else "the mean of its places there"
        note = f"the {written} of {match.country}: {how}"
        if match.approximate and match.note:  # a village the gazetteer lacks, "in northern Mali"
            note = f"{match.note.split(';')[0]}; placed in {note}"
        # Still country precision: a part of a country ranks below any region or town the text names.
        return GeoMatch(match.name, point[0], point[1], match.country, None, PlacePrecision.COUNTRY, note,
                        approximate=True)

    def respelt_within(self, match: GeoMatch, toponym: str, bearings: frozenset[str]) -> GeoMatch:
        """A respelt match outside the part of its country the sentence names, given up for the country.

        "The village of Koumbri in northern Burkina Faso" is no misspelling of Koubri, a town near the
        capital: a name matched only approximately is believed only inside the part the text gives its
        country; outside it the place is missing, at the country (which :meth:`country_part` then moves
        into the part named). A match the text gives no bearing for is kept.
        """
        code = self._codes_by_name.get(match.country or "")
        if not match.respelt or not bearings or code is None or match.lat is None or match.lon is None:
            return match
        if on_side(self._index, code, match.lat, match.lon, bearings) is not False:
            return match
        point = self._index.country_point(code)
        if point is None:
            return match
        note = f"not in gazetteer; {match.name}, of a like spelling, lies outside the part of {match.country} named"
        return GeoMatch(toponym.strip(), point[0], point[1], match.country, None, PlacePrecision.COUNTRY, note,
                        approximate=True)

    def town_named_for(self, name: str, countries: Sequence[str]) -> GeoMatch | None:
        """The story's town named after another country, when a country's name means it: "Benin" -> Benin City.

        Nigerian reports write "in Benin" for Benin City, Americans "Panama" for Panama City. Only when
        the story's country (the first of ``countries``) is another one and the gazetteer has a place
        there of the country's name and a town word (``country_town_words``) that is no hamlet.
        """
        key = fold(_POSSESSIVE.sub("", name.strip()))
        country = self._index.countries.get(key)
        home = self.country_of(countries[0]) if countries else None
        code = self._codes_by_name.get(home or "")
        if country is None or code is None or home == country:
            return None
        wanted = {f"{key} {word}" for word in word_list("places", "country_town_words")}
        towns = [self._index.city(i) for i, folded in self._names_in(code).items() if folded in wanted]
        towns = [t for t in towns if t.population >= MIN_POPULATION_WITHOUT_CONTEXT]
        if not towns:
            return None
        town = max(towns, key=lambda t: t.population)
        return self._city_match(town, f"{name.strip()} in a story of {home}: its town {town.name}")

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

    def _context(self, countries: Sequence[str], units: Sequence[str], article: Sequence[str]) -> _Context:
        ctx = _Context()
        named = [item for item in units if fold(item) in self._index.countries]  # "of central Mali"
        for item in [*named, *countries]:
            country = self.country_of(item)
            if country in self._codes_by_name and self._codes_by_name[country] not in ctx.codes:
                ctx.codes.append(self._codes_by_name[country])
        ctx.said = {self._codes_by_name[c] for c in map(self.country_of, named) if c in self._codes_by_name}
        for item in units:
            found = len(ctx.units)
            self._add_unit(ctx, item)
            town = self._home_town(item, ctx, found) if len(ctx.units) > found else self._town_named(item, ctx)
            ctx.near += ctx.units[found:] if town is None else [town]
        for item in countries:  # regions passed as context count as named with the place
            self._add_unit(ctx, item)
        ctx.strong = len(ctx.units)
        for item in article:
            self._add_unit(ctx, item)
            self._add_seat(ctx, item)
        return ctx

    def _home_town(self, item: str, ctx: _Context, found: int) -> City | None:
        """The town of the story's first country a name of the sentence means when the unit just read
        for it (``ctx.units[found:]``) lies abroad; the unit is then forgotten.

        "Tripoli's Bab al-Tabbaneh district" in a Lebanese story that also counts Libya (for the
        name Tripoli itself) is inside Lebanon's Tripoli, not Libya's Tripoli district.
        """
        added = ctx.units[found:]
        if not ctx.codes or any(u.country == ctx.codes[0] for u in added):
            return None
        del ctx.units[found:]
        town = self._town_named(item, ctx)
        if town is not None and town.country == ctx.codes[0]:
            return town
        ctx.units.extend(added)
        return None

    def _drop_own_units_abroad(self, key: str, ctx: _Context) -> None:
        """Forget the article's units that bear the toponym's own name outside the story's first country.

        A town and its unit often share a name (Gao in Gao Region): written bare elsewhere in the
        article, the name rightly favours the country where both lie. It must not outvote the story's
        own country: "Lebanese soldiers clashed with gunmen in Tripoli" is Lebanon's Tripoli, not the
        town of Libya's Tripoli district; "Sindh police ... in Hyderabad" is not India's Hyderabad district.
        Units named in the toponym's own sentence are kept: they were written with it.
        """
        if not ctx.codes:
            return
        own = {u.ident for u in self._index.units_named(key)}
        kept = [u for u in ctx.units[ctx.strong:] if u.ident not in own or u.country == ctx.codes[0]]
        ctx.units = ctx.units[:ctx.strong] + kept

    def _add_seat(self, ctx: _Context, item: str) -> None:
        """Keep the town a district name of the article is named after ("Manipur's Jiribam district").

        Only a district word counts, only when the gazetteer has no unit of that name (a unit is kept
        by :meth:`_add_unit`), and only a town inside the story's countries.
        """
        found = _SuffixedName.parse(fold(_POSSESSOR.split(item)[-1]), self._index.words)
        if found is None or found.level != "district" or self._index.units_named(found.core):
            return
        town = self._town_named(found.core, ctx)
        if town is not None and town not in ctx.seats:
            ctx.seats.append(town)

    def _seat_in(self, ctx: _Context, unit: Unit | None, code: str | None = None) -> City | None:
        """The first district seat the article names inside ``unit`` (or inside country ``code``)."""
        if unit is not None:
            return next((s for s in ctx.seats if unit.ident in (s.unit1, s.unit2)), None)
        return next((s for s in ctx.seats if s.country == code), None)

    def _add_unit(self, ctx: _Context, item: str) -> None:
        key = fold(item)
        if not key or key in self._index.countries:
            return
        areas = self._index.areas.get(key, [])
        ctx.areas.extend(a for a in areas if a not in ctx.areas)
        unit = next((a.unit for a in areas if a.unit), None) or self._unit_named(key, ctx.codes)
        if unit is not None and unit not in ctx.units:
            ctx.units.append(unit)

    def _town_named(self, item: str, ctx: _Context) -> City | None:
        """The populated place a name of the sentence means, only inside the story's countries."""
        key = fold(item)
        if not key or key in self._index.countries or not ctx.codes:
            return None
        picked = self._pick_city(self._candidates(key, ctx), ctx)
        return picked if isinstance(picked, City) and picked.country in ctx.codes else None

    def _as_site(self, key: str, toponym: str, ctx: _Context) -> GeoMatch | None:
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
            town = self._town_named(part, ctx)
            if town is not None:
                note = f"a site named after {town.name}, not in gazetteer; placed at {town.name}"
                return self._city_match(town, note, PlacePrecision.DISTRICT, toponym.strip(), approximate=True)
        return None

    def _unit_named(self, key: str, codes: list[str], level: int | None = None,
                    within: frozenset[int] = frozenset()) -> Unit | None:
        """The admin unit a (possibly suffixed) name means among the context countries, or a unique one.

        ``within``: units the sentence names with the place; a namesake inside one of them comes
        first ("Chhattisgarh's Bijapur district" is not Karnataka's Bijapur district).
        """
        found = _SuffixedName.parse(key, self._index.words)
        core = found.core if found else key
        units = self._index.units_named(core) or self._index.units_named(key)
        if level is None and found is not None:
            level = 1 if found.level == "region" else 2
        in_context = [u for u in units if u.country in codes]
        # Outside the story's countries a unit is believed only when no context is known and the name
        # is one country's ("Tigray"); "Northwest" in a Cameroon story is not Iceland's region.
        pool = in_context or (units if not codes and len({u.country for u in units}) == 1 else [])
        if level is not None or within:
            pool = sorted(pool, key=lambda u: (u.parent not in within, level is not None and u.level != level))
        return pool[0] if pool else None

    def _as_country_named_unit(self, key: str, ctx: _Context, level: str | None) -> GeoMatch | None:
        """A first-level unit named after a country, written with its region word: "Niger state" is
        Nigeria's state, not the country Niger, whatever the story's countries. Only region words: a
        district word after a country's name is more often a figure of speech ("in Syria territory")."""
        if level != "region" or key not in self._index.countries:
            return None
        units = [u for u in self._index.units_named(key) if u.level == 1]
        local = [u for u in units if u.country in ctx.codes]
        pool = local or (units if len({u.country for u in units}) == 1 else [])
        return self._unit_match(pool[0], "a country's name with a unit word, read as the unit") if pool else None

    def _as_country(self, key: str, ctx: _Context) -> GeoMatch | None:
        country = self._index.countries.get(key)
        if country is None:
            return None
        code = self._codes_by_name.get(country)
        states = [u for u in self._index.units_named(key) if u.country in ctx.codes and u.level == 1]
        if states and code not in ctx.codes:  # "Georgia" in a story about Atlanta
            return self._unit_match(states[0], "a country's name, read as the region in context")
        point = self._index.country_point(code) if code else None
        lat, lon = point if point else (None, None)
        return GeoMatch(country, lat, lon, country, None, PlacePrecision.COUNTRY, None)

    def _as_area(self, key: str, ctx: _Context, *, worded: bool = False) -> GeoMatch | None:
        """A region or feature of sitreps' own data; ``worded``: a region word was written with the name."""
        areas = self._index.areas.get(key, [])
        if not areas:
            return None
        codes = {self._index.country_name(c) for c in ctx.codes}
        area = next((a for a in areas if a.country in codes), areas[0])
        if area.country is None and area.unit is None and (worded or _SuffixedName.parse(key, self._index.words)):
            # "the Sahel region of Burkina Faso": a story country's own unit of the name before the wide area
            unit = self._unit_named(key, ctx.codes) if ctx.codes else None
            if unit is not None and unit.country in ctx.codes:
                return self._unit_match(unit, None)
        note = "region spanning several countries" if area.country is None and area.unit is None \
            and area.precision is PlacePrecision.REGION else None
        admin1 = area.name if area.unit else None
        return GeoMatch(area.name, area.lat, area.lon, area.country, admin1, area.precision, note)

    def _as_suffixed(self, key: str, toponym: str, ctx: _Context) -> GeoMatch | None:
        found = _SuffixedName.parse(key, self._index.words)
        if found is None:
            return None
        level = 1 if found.level == "region" else 2
        unit = self._unit_named(found.core, ctx.codes, level, _named_with(ctx))
        if unit is not None:
            return self._unit_match(unit, None)
        candidates = self._candidates(found.core, ctx)
        at_home = _seats_at_home(candidates, ctx, self._index.neighbours)
        city = self._pick_city(at_home if found.level == "district" else candidates, ctx)
        if not isinstance(city, City):
            return self._as_misspelt_unit(found.core, ctx, level)
        if found.level == "district":
            note = f"district named after its seat {city.name}; the point is the seat"
            return self._city_match(city, note, PlacePrecision.DISTRICT, toponym.strip())
        if city.unit1 >= 0:
            return self._unit_match(self._index.unit(city.unit1), f"region named after {city.name}")
        return None

    def _as_named(self, key: str, toponym: str, ctx: _Context, level: str | None) -> GeoMatch | None:
        units = self._index.units_named(key) if level in ("region", "district") else []
        unit = self._unit_named(key, ctx.codes, 1 if level == "region" else 2, _named_with(ctx)) if units else None
        if unit is not None and (level == "region" or unit.level == 2):
            return self._unit_match(unit, None)
        candidates = self._candidates(key, ctx)
        at_home = _seats_at_home(candidates, ctx, self._index.neighbours)
        picked = self._pick_city(at_home if level == "district" else candidates, ctx)
        if candidates and picked is None:  # namesakes elsewhere only: a unit of the name, or the place is missing
            unit = unit or self._unit_named(key, ctx.codes)
            return self._unit_match(unit, None) if unit is not None else self._fallback(toponym, ctx)
        if isinstance(picked, City):
            region = self._region_named_after(picked) if level == "region" else None
            if region is not None:  # "Gedaref state": the state of Al Qadarif, not the city
                return self._unit_match(region, f"region named after {picked.name}")
            precision = PlacePrecision.DISTRICT if level == "district" else PlacePrecision.EXACT
            note = f"{toponym.strip()} read as the district of {picked.name}" if level == "district" else None
            return self._city_match(picked, note, precision)
        if isinstance(picked, str):
            return self._fallback(toponym, ctx, picked)
        unit = unit or self._unit_named(key, ctx.codes)
        if unit is not None:
            return self._unit_match(unit, None)
        fuzzy = self._fuzzy_city(key, ctx)
        if fuzzy is not None:
            return replace(self._city_match(fuzzy, f"spelling matched approximately to {fuzzy.name}"), respelt=True)
        variant = self._romanised_city(key, ctx)
        return replace(self._city_match(variant, f"another romanisation of {variant.name}"), respelt=True) \
            if variant else None

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

    def _candidates(self, key: str, ctx: _Context) -> list[City]:
        """Places of this name: GeoNames names first, alternate names when they name a far larger place.

        Odessa, Texas is a GeoNames name and Odesa's an alternate one, yet Odesa is meant; Engels'
        alternate name Pokrovsk must not beat the Ukrainian town. Within the context countries when
        any candidate lies there, the alternate tier wins only at AMBIGUITY_RATIO times the people.
        """
        bare = ARABIC_ARTICLE.sub("", key)
        for name in dict.fromkeys((key, bare)):
            primary = self._index.cities_named(name)
            alternate = self._index.cities_alternately_named(name)
            local = [c for c in primary + alternate if c.country in ctx.codes]
            if local:
                primary = [c for c in primary if c.country in ctx.codes]
                alternate = [c for c in alternate if c.country in ctx.codes]
            if primary and alternate and max(c.population for c in alternate) >= AMBIGUITY_RATIO * max(
                    c.population for c in primary):
                return alternate
            if primary or alternate:
                return primary or alternate
        return []

    def _pick_city(self, cities: list[City], ctx: _Context) -> City | str | None:
        """The city meant, a string saying why the name is ambiguous, or None when none fits."""
        if not cities:
            return None
        unit_ids = ctx.unit_ids()
        in_unit = [c for c in cities if c.unit1 in unit_ids or c.unit2 in unit_ids]
        if in_unit:
            return max(in_unit, key=lambda c: c.population)
        cities = self._near_written(cities, ctx)
        if not cities:
            return None
        # The story's most-named country first: "Valencia" in a Venezuelan story with Spain in the background.
        in_country = next(([c for c in cities if c.country == code] for code in ctx.codes
                           if any(c.country == code for c in cities)), [])
        if in_country:
            # A village of this name elsewhere in a country whose unit the sentence names is another
            # village: the unit is the better evidence (the fallback places it there).
            vetoing = {u.country for u in ctx.units[:ctx.strong]}
            kept = [c for c in in_country
                    if c.country not in vetoing or c.population >= MIN_POPULATION_WITHOUT_CONTEXT]
            return self._most_likely(kept, "in the story's countries") if kept else None
        near = {n for code in ctx.codes for n in self._index.neighbours.get(code, ())}

        def floor(city: City) -> int:
            far = ctx.codes and city.country not in near
            return MIN_POPULATION_ABROAD if far else MIN_POPULATION_WITHOUT_CONTEXT

        ranked = sorted((c for c in cities if c.population >= floor(c)), key=lambda c: c.population, reverse=True)
        return self._most_likely(ranked, "without context") if ranked else None

    def _near_written(self, cities: list[City], ctx: _Context) -> list[City]:
        """The candidates still believable when the toponym's own clause names an admin unit.

        "The coastal town of Palma in Cabo Delgado province" in a Mozambican story is not Mallorca's
        Palma, nor "the road near Mambasa, in Ituri province" Kenya's Mombasa (an alternate spelling):
        when the gazetteer lacks the town, its far namesake must not win because the name itself made
        that country one of the story's. Kept: a town in the unit's country (the unit of the story's
        countries first: Venezuela's Amazonas state, not Brazil's), one across a border near the unit
        (``NEAR_UNIT_KM``: "drones launched from Belgorod at the Kharkiv region"), one in a country
        the sentence names, and a national capital written by its own name (talks "in Doha" over a
        province's war; not "the Roma neighbourhood of Mexico City"). The fallback then places the
        town in the unit.
        """
        if not ctx.owners:
            return cities
        kept = {*(u.country for u in ctx.owners), *ctx.said}
        return [c for c in cities if c.country in kept or self._capital_written(c, ctx.key)
                or any(distance_km(c.lat, c.lon, u.lat, u.lon) <= NEAR_UNIT_KM for u in ctx.owners)]

    def _clause_unit(self, item: str, codes: list[str]) -> Unit | None:
        """The admin unit of the story's countries a name of the toponym's clause means, the first
        country's first (Venezuela's Amazonas state before Brazil's); None for a town, and for any name
        when the story has no country ("Lyon, Grenoble and Lille": Lyon is also a US county)."""
        key = fold(item)
        if not key or key in self._index.countries:
            return None
        return next((u for u in (self._unit_named(key, [code]) for code in codes) if u is not None), None)

    def _capital_written(self, city: City, key: str) -> bool:
        """Whether ``city`` is its country's capital written by the capital's own name (GeoNames' country
        table): "Doha", not "Roma" (Rome's Italian name, and a Mexico City neighbourhood)."""
        country = self._index.country_name(city.country)
        capital = fold(self._index.capitals.get(country, "")) if country else ""
        return bool(capital) and capital == key and capital == fold(city.name)

    def _most_likely(self, cities: list[City], where: str) -> City | str:
        """The most populous place unless a distant namesake is nearly as large: then why it is ambiguous.

        A town of 15,000 people or more among villages of its name is meant; of the eleven
        Novoselivkas of Ukraine none is, so the story's enclosing unit or country is the honest answer.
        """
        ranked = sorted(cities, key=lambda c: c.population, reverse=True)
        top = ranked[0]
        rivals = [c for c in ranked[1:] if distance_km(top.lat, top.lon, c.lat, c.lon) > SAME_PLACE_KM]
        if not rivals or top.population >= AMBIGUITY_RATIO * rivals[0].population:
            return top
        countries = sorted({self._index.country_name(c.country) or c.country for c in ranked})
        return f"ambiguous {where}: {len(rivals) + 1} places of this name in {', '.join(countries)}"

    def _fuzzy_city(self, key: str, ctx: _Context) -> City | None:
        if not ctx.codes or not is_latin(key) or len(key) < FUZZY_MIN_LENGTH:
            return None
        choices: dict[int, str] = {}
        for code in ctx.codes:
            choices.update(self._names_in(code))
        best = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
        return self._index.city(best[2]) if best else None

    def _as_misspelt_unit(self, key: str, ctx: _Context, level: int) -> GeoMatch | None:
        """The unit of the story's countries whose name is spelt nearly so, written with its unit word:
        "Galgaduud region" is Galguduud, "Zaporizhia oblast" Zaporizhzhia. Same cut as for places; a
        unit of the level the word names first. Only with a unit word: a bare misspelt name is a town's."""
        if not ctx.codes or not is_latin(key) or len(key) < FUZZY_MIN_LENGTH:
            return None
        named = [pair for code in ctx.codes for pair in self._unit_names_in(code)]
        found = process.extract(key, [name for name, _ in named], scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE,
                                limit=None)
        units = sorted((self._index.unit(named[at][1]) for _, _, at in found), key=lambda u: u.level != level)
        return self._unit_match(units[0], f"spelling matched approximately to {units[0].name}") if units else None

    def _unit_names_in(self, code: str) -> list[tuple[str, int]]:
        """Every folded name of a country's admin units with its unit id ("borno" and "borno state" alike:
        a unit is keyed with and without its unit word), built for all countries on the first call."""
        by_country, unit_cc = self._unit_names_by_country, self._index.table.unit_cc
        if not by_country:  # one pass over some 40,000 names, in the table's order (the fuzzy ranking's ties)
            for name, ids in self._index.table.unit_names.items():
                if isinstance(ids, int):  # most names name one unit
                    by_country.setdefault(unit_cc[ids], []).append((name, ids))
                    continue
                for i in ids:
                    by_country.setdefault(unit_cc[i], []).append((name, i))
        return by_country.get(code, [])

    def _romanised_city(self, key: str, ctx: _Context) -> City | None:
        """The one place of the story's countries whose name romanises the same one ("Huliaipole" is
        Hulyaypole, "Maaloula" Malula: :mod:`sitreps.resolve.spelling`); None when none or several far apart."""
        if not ctx.codes or not is_latin(key):
            return None
        cities = [self._index.city(i) for i in self._spelling.matches(key, ctx.codes)]
        if not cities:
            return None
        top = max(cities, key=lambda c: c.population)
        apart = any(distance_km(top.lat, top.lon, c.lat, c.lon) > SAME_PLACE_KM for c in cities)
        return None if apart else top

    def _names_in(self, code: str) -> dict[int, str]:
        """Folded names of a country's places, gathered once per country and reused by every context."""
        if code not in self._names_by_country:
            folded = self._folded_names()
            self._names_by_country[code] = {i: folded[i] for i in self._index.places_in(code)}
        return self._names_by_country[code]

    def _folded_names(self) -> list[str]:
        """Every place's folded name by id, read off the table's name keys (each place is keyed by exactly
        its folded name) on first use: folding a country's names again cost 2-3 ms per thousand
        names in every process, 18 ms once for all 158,000 this way."""
        if not self._folded:
            self._folded = [""] * len(self._index.table.place_name)
            for key, ids in self._index.table.names.items():
                for ident in (ids,) if isinstance(ids, int) else ids:
                    self._folded[ident] = key
        return self._folded

    def _fallback(self, toponym: str, ctx: _Context, reason: str | None = None) -> GeoMatch:
        if reason is None:
            reason = "not in gazetteer" if is_latin(toponym) else "not in gazetteer (script not covered)"
        name = toponym.strip()
        town = ctx.near[0] if ctx.near else None
        if isinstance(town, City):  # "the Haret Hreik neighbourhood of Beirut": the town named with it
            note = f"{reason}; placed at {town.name}, named nearby"
            return self._city_match(town, note, PlacePrecision.DISTRICT, name, approximate=True)
        # The sentence's "near Algeria" says more than a unit named only elsewhere in the article.
        if not ctx.strong and (border := self._border_match(ctx, reason, name)) is not None:
            return border
        units = _units_at_home(ctx)
        if units:
            unit = units[0]
            seat = self._seat_in(ctx, unit)
            if seat is None and not ctx.strong:
                # Neither named in the place's sentence: the district the article names ("the village lies
                # in the Ouallam department, north of Niamey") is finer than a region it names apart.
                seat = self._seat_in(ctx, None, unit.country)
            if seat is not None:  # "Jakuradhor Karong" in a story of "Manipur's Jiribam district"
                return self._seat_match(seat, reason, name)
            unit = next((u for u in units if u.parent == unit.ident), unit)  # Borno's Gwoza, named apart
            precision = PlacePrecision.REGION if unit.level == 1 else PlacePrecision.DISTRICT
            admin1 = unit.name if unit.level == 1 else self._index.unit(unit.parent).name
            note = f"{reason}; placed at the centre of {unit.name}, named nearby"
            return GeoMatch(name, unit.lat, unit.lon, self._index.country_name(unit.country), admin1, precision,
                            note, approximate=True)
        for area in ctx.areas:
            note = f"{reason}; placed at {area.name}, named nearby"
            return GeoMatch(name, area.lat, area.lon, area.country, None, PlacePrecision.REGION, note,
                            approximate=True)
        for code in (c for c in ctx.codes if c not in ctx.across):  # "X, near Algeria" is not in Algeria
            seat = self._seat_in(ctx, None, code)
            if seat is not None:
                return self._seat_match(seat, reason, name)
            country = self._index.country_name(code)
            point = self._index.country_point(code)
            if country and point:
                note = f"{reason}; placed at the centre of {country}"
                return GeoMatch(name, point[0], point[1], country, None, PlacePrecision.COUNTRY, note,
                                approximate=True)
        return _unknown(toponym, reason if reason.startswith("ambiguous") else f"{reason} and no country named nearby")

    def _border_match(self, ctx: _Context, reason: str, name: str) -> GeoMatch | None:
        """A missing place the sentence puts near a neighbour: the story's country's border area with it.

        "Strikes at X, near Algeria" in a story of Mali is in Mali, along the Algerian border, some
        800 km from Mali's middle; the point is that of :meth:`GeoIndex.border_point`, at region precision.
        """
        home = next((code for code in ctx.codes if code not in ctx.across), None)
        if home is None:
            return None
        for other in ctx.across:
            point = self._index.border_point(home, other)
            if point is None:  # not a neighbour: "near Russia" in a story of Mali says nothing of where
                continue
            country, neighbour = self._index.country_name(home), self._index.country_name(other)
            note = f"{reason}; placed in {country}'s border area with {neighbour}"
            return GeoMatch(name, point[0], point[1], country, None, PlacePrecision.REGION, note, approximate=True)
        return None

    def _seat_match(self, seat: City, reason: str, name: str) -> GeoMatch:
        """A missing place put at the seat of the district its story names: ACLED's district-level point."""
        note = f"{reason}; placed at {seat.name}, the seat of the district the story names"
        return self._city_match(seat, note, PlacePrecision.DISTRICT, name, approximate=True)

    def _city_match(self, city: City, note: str | None, precision: PlacePrecision = PlacePrecision.EXACT,
                    name: str | None = None, *, approximate: bool = False) -> GeoMatch:
        country = self._index.country_name(city.country)
        return GeoMatch(name or city.name, city.lat, city.lon, country, self._index.admin1_of(city), precision, note,
                        approximate=approximate)

    def _unit_match(self, unit: Unit, note: str | None) -> GeoMatch:
        country = self._index.country_name(unit.country)
        if unit.level == 1:
            return GeoMatch(unit.name, unit.lat, unit.lon, country, unit.name, PlacePrecision.REGION, note)
        admin1 = self._index.unit(unit.parent).name if unit.parent >= 0 else None
        return GeoMatch(unit.name, unit.lat, unit.lon, country, admin1, PlacePrecision.DISTRICT, note)


# Folded names whose unit word is kept: the names of the articles being processed (a few dozen each)
# repeat across a batch; 8,192 short strings is well under a megabyte.
SUFFIX_CACHE_SIZE = 8192


@dataclass(frozen=True)
class _SuffixedName:
    """A folded name split into its core and unit word: "donetsk region" -> ("donetsk", "region")."""

    core: str
    level: str

    @staticmethod
    @lru_cache(maxsize=SUFFIX_CACHE_SIZE)
    def parse(key: str, words: UnitWords) -> _SuffixedName | None:
        """The name's core and level, or None. Cached: each place resolved parses every unit name of its
        article again, trying each of the unit words, and an article's names repeat."""
        for word in words.suffixes:
            level = "region" if word in words.region else "district"
            if key.endswith(" " + word) and len(key) > len(word) + 1:
                return _SuffixedName(key[: -len(word) - 1], level)
            if key.startswith(word + " of "):
                return _SuffixedName(key[len(word) + 4:], level)
        return None


def _named_with(ctx: _Context) -> frozenset[int]:
    """The units the toponym's own sentence names: those a namesake unit inside is preferred for."""
    return frozenset(u.ident for u in ctx.units[:ctx.strong])


def _seats_at_home(cities: list[City], ctx: _Context, neighbours: dict[str, frozenset[str]]) -> list[City]:
    """The towns a district of the name may be seated at, given the units its sentence names.

    A district word says the place is a unit inside the region written with it: "Sagaing Region's
    Kani Township" is not Japan's Kani, though the gazetteer lacks Myanmar's (the fallback then places
    it in the region). A town abroad is dropped only then: a bare town name in a sentence that
    names a unit across a border is often that town. With no unit named, a seat outside the story's
    countries and their neighbours is dropped too: news name a district abroad with its country, and
    the headline "Sagaing's Kani Township" over a Myanmar story put its airstrike in Japan (round 17).
    """
    named = {u.country for u in ctx.units[:ctx.strong]}
    if named:
        return [c for c in cities if c.country in named]
    if not ctx.codes:
        return cities
    near = {*ctx.codes, *(n for code in ctx.codes for n in neighbours.get(code, ()))}
    return [c for c in cities if c.country in near]


def _units_at_home(ctx: _Context) -> list[Unit]:
    """The units that may hold a place the gazetteer lacks: those its sentence names, and those named
    elsewhere in the article inside the story's first country.

    A capital written elsewhere as its government ("Moscow did not comment", "Washington urged
    restraint") is also a unit of that name; it must not carry "the village of X in Ukraine" to
    Moscow's middle, nor a Somali village to Nairobi County.
    """
    home = ctx.codes[0] if ctx.codes else None
    return ctx.units[:ctx.strong] + [u for u in ctx.units[ctx.strong:] if home is None or u.country == home]


def _unknown(toponym: str, note: str) -> GeoMatch:
    return GeoMatch(toponym.strip(), None, None, None, None, PlacePrecision.UNKNOWN, note)


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The shared gazetteer, loaded on first use (under a second from the cache; see docs/resolve.md)."""
    return Gazetteer(build_index())
