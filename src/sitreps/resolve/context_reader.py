"""Reads the names written around a toponym into a :class:`PlaceContext`.

The story's countries, the admin units of the toponym's own sentence (strong evidence) and of the
rest of the article (weaker), the towns the article names as district seats, and the units the
toponym's own clause writes with it: each is looked up once per toponym, here, so the resolution
steps only read the result.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitreps.resolve.city_choice import town_named
from sitreps.resolve.country_lookup import CountryLookup
from sitreps.resolve.geoindex import City, GeoIndex, Unit
from sitreps.resolve.normalise import fold
from sitreps.resolve.place_context import PlaceContext
from sitreps.resolve.unit_names import SuffixedName, unit_named

# The owner written before a name: "Manipur's Jiribam district" is Jiribam's district (of Manipur).
_POSSESSOR = re.compile(r"['’]s\s+")


class ContextReader:
    """Builds the context of one toponym from the names the caller passes."""

    def __init__(self, index: GeoIndex, countries: CountryLookup) -> None:
        self._index = index
        self._countries = countries

    def read(self, countries: Sequence[str], units: Sequence[str], article: Sequence[str]) -> PlaceContext:
        """The context of the story's ``countries``, the sentence's ``units`` and the ``article``'s names."""
        ctx = PlaceContext()
        codes_by_name = self._countries.codes_by_name
        named = [item for item in units if fold(item) in self._index.countries]  # "of central Mali"
        for item in [*named, *countries]:
            country = self._countries.country_of(item)
            if country in codes_by_name and codes_by_name[country] not in ctx.codes:
                ctx.codes.append(codes_by_name[country])
        ctx.said = {codes_by_name[c] for c in map(self._countries.country_of, named) if c in codes_by_name}
        for item in units:
            found = len(ctx.units)
            self._add_unit(ctx, item)
            town = self._home_town(item, ctx, found) if len(ctx.units) > found else town_named(self._index, item, ctx)
            ctx.near += ctx.units[found:] if town is None else [town]
        for item in countries:  # regions passed as context count as named with the place
            self._add_unit(ctx, item)
        ctx.strong = len(ctx.units)
        provinces = self._provinces(ctx, article)
        for item in article:
            self._add_unit(ctx, item, provinces)
            self._add_seat(ctx, item)
        return ctx

    def _provinces(self, ctx: PlaceContext, article: Sequence[str]) -> frozenset[int]:
        """The first-level units the sentence or the article names: a district name shared by two of the
        story's provinces is the one inside a province the story names ("Bijapur" and "Chhattisgarh's
        Bijapur district" are Chhattisgarh's, not Karnataka's larger Bijapur), wherever it is written."""
        named = [unit_named(self._index, fold(item), ctx.codes) for item in article]
        return frozenset(u.ident for u in [*ctx.units, *named] if u is not None and u.level == 1)

    def clause_unit(self, item: str, codes: list[str]) -> Unit | None:
        """The admin unit of the story's countries a name of the toponym's clause means, the first
        country's first (Venezuela's Amazonas state before Brazil's); None for a town, and for any name
        when the story has no country ("Lyon, Grenoble and Lille": Lyon is also a US county)."""
        key = fold(item)
        if not key or key in self._index.countries:
            return None
        return next((u for u in (unit_named(self._index, key, [code]) for code in codes) if u is not None), None)

    def drop_own_units_abroad(self, key: str, ctx: PlaceContext) -> None:
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

    def _home_town(self, item: str, ctx: PlaceContext, found: int) -> City | None:
        """The town of the story's first country a name of the sentence means when the unit just read
        for it (``ctx.units[found:]``) lies abroad; the unit is then forgotten.

        "Tripoli's Bab al-Tabbaneh district" in a Lebanese story that also counts Libya (for the
        name Tripoli itself) is inside Lebanon's Tripoli, not Libya's Tripoli district.
        """
        added = ctx.units[found:]
        if not ctx.codes or any(u.country == ctx.codes[0] for u in added):
            return None
        del ctx.units[found:]
        town = town_named(self._index, item, ctx)
        if town is not None and town.country == ctx.codes[0]:
            return town
        ctx.units.extend(added)
        return None

    def _add_seat(self, ctx: PlaceContext, item: str) -> None:
        """Keep the town a district name of the article is named after ("Manipur's Jiribam district").

        Only a district word counts, only when the gazetteer has no unit of that name (a unit is kept
        by :meth:`_add_unit`), and only a town inside the story's countries.
        """
        found = SuffixedName.parse(fold(_POSSESSOR.split(item)[-1]), self._index.words)
        if found is None or found.level != "district" or self._index.units_named(found.core):
            return
        town = town_named(self._index, found.core, ctx)
        if town is not None and town not in ctx.seats:
            ctx.seats.append(town)

    def _add_unit(self, ctx: PlaceContext, item: str, within: frozenset[int] = frozenset()) -> None:
        key = fold(item)
        if not key or key in self._index.countries:
            return
        areas = self._index.areas.get(key, [])
        ctx.areas.extend(a for a in areas if a not in ctx.areas)
        unit = next((a.unit for a in areas if a.unit), None) or self._unit_within(key, ctx.codes, within)
        if unit is not None and unit not in ctx.units:
            ctx.units.append(unit)

    def _unit_within(self, key: str, codes: list[str], within: frozenset[int]) -> Unit | None:
        """The unit a name means, a namesake inside one of the ``within`` provinces first, unless the name
        is one of those provinces itself ("Segou" beside "Segou region" is the region, not its cercle)."""
        plain = unit_named(self._index, key, codes)
        if plain is None or plain.ident in within or not within:
            return plain
        return unit_named(self._index, key, codes, within=within)
