"""Which country a name, demonym, region or town means, and country answers moved within a country.

Much of the pipeline asks the gazetteer only about countries: the story's country from "Ukrainian",
"Kyiv" or "Sinaloa", whether a town's name is shared across countries ("Odessa", "Hyderabad"), whether
a country borders the story's, and where "southern Lebanon" lies. :class:`CountryLookup` answers those
from the index alone; :class:`sitreps.resolve.gazetteer.Gazetteer` builds on it to resolve toponyms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitreps.models import PlacePrecision
from sitreps.resolve.city_choice import AMBIGUITY_RATIO, MIN_POPULATION_ABROAD, MIN_POPULATION_WITHOUT_CONTEXT
from sitreps.resolve.geoindex import GeoIndex, demonyms
from sitreps.resolve.geomatch import GeoMatch
from sitreps.resolve.halves import Halves
from sitreps.resolve.normalise import fold

POSSESSIVE = re.compile(r"['’]s$")


class CountryLookup:
    """Country answers over one :class:`GeoIndex`."""

    def __init__(self, index: GeoIndex) -> None:
        self._index = index
        self._halves = Halves(index)
        self._demonyms = demonyms()
        self.codes_by_name = {name: code for code, name in index.country_codes.items()}

    def country_of(self, name: str, alternates: bool = True) -> str | None:
        """The country a name, demonym or place belongs to: "Ukrainian", "Ukraine", "Kyiv" -> "Ukraine".

        A possessive is dropped first: the tagger's entity "South Sudan's" is South Sudan. Without
        ``alternates`` a name that is only an alternate spelling of a city ("Boni" for Bonn) names no
        country: the caller weighs that weaker evidence against the rest of the story.
        """
        key = fold(POSSESSIVE.sub("", name.strip()))
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
        key = fold(POSSESSIVE.sub("", name.strip()))
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
        code = self.codes_by_name.get(country or "")
        codes = {self.codes_by_name.get(c) for c in countries}
        return country in countries or (code is not None and any(
            code in self._index.neighbours.get(c, ()) for c in codes if c is not None))

    def state_country(self, name: str) -> str | None:
        """The country whose one first-level unit bears exactly this name ("Sinaloa" -> Mexico), else None.

        Evidence of where a story is even when the tagger calls the name an organisation.
        """
        states = {u.country for u in self._index.units_named(fold(POSSESSIVE.sub("", name.strip())))
                  if u.level == 1}
        return self._index.country_name(states.pop()) if len(states) == 1 else None

    def demonym_country(self, word: str) -> str | None:
        """The one country a demonym or a short name of it belongs to ("Somali" -> Somalia), else None:
        unlike :meth:`country_of`, never a town's country ("Gao" is no demonym)."""
        return self._demonyms.get(fold(word))

    def names_country(self, name: str) -> bool:
        """Whether a name is a country's own name or alias ("Mali", "Mali's", "DRC"), not a people or a town."""
        return fold(POSSESSIVE.sub("", name.strip())) in self._index.countries

    def country_part(self, match: GeoMatch, *parts: frozenset[str]) -> GeoMatch:
        """A country answer moved to the part a bearing names ("southern Lebanon"), or among the parts
        several name ("southern and eastern Lebanon": both parts, not the south-east)."""
        code = self.codes_by_name.get(match.country or "")
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
        code = self.codes_by_name.get(match.country or "")
        if not match.respelt or not bearings or code is None or match.lat is None or match.lon is None:
            return match
        if self._halves.on_side(code, match.lat, match.lon, bearings) is not False:
            return match
        point = self._index.country_point(code)
        if point is None:
            return match
        note = f"not in gazetteer; {match.name}, of a like spelling, lies outside the part of {match.country} named"
        return GeoMatch(toponym.strip(), point[0], point[1], match.country, None, PlacePrecision.COUNTRY, note,
                        approximate=True)
