"""Where a place the gazetteer lacks (or cannot tell among namesakes) is put, honestly flagged.

A village GeoNames does not list is still in the town, district seat, admin unit, area, border
area or country its story names; ACLED codes such an event at that coarser point, and so does
sitreps, with ``approximate`` set and a ``note`` saying where the point came from.
"""

from __future__ import annotations

from sitreps.models import PlacePrecision
from sitreps.resolve.city_choice import MIN_POPULATION_WITHOUT_CONTEXT, town_named
from sitreps.resolve.geodata import unit_core
from sitreps.resolve.geoindex import City, GeoIndex, Unit
from sitreps.resolve.geomatch import GeoMatch, city_match, unknown_match
from sitreps.resolve.normalise import is_latin
from sitreps.resolve.place_context import PlaceContext


def fallback(index: GeoIndex, toponym: str, ctx: PlaceContext, reason: str | None = None) -> GeoMatch:
    """The nearest enclosing place the story names for a missing ``toponym``, else no point."""
    if reason is None:
        reason = "not in gazetteer" if is_latin(toponym) else "not in gazetteer (script not covered)"
    name = toponym.strip()
    town = ctx.near[0] if ctx.near else None
    if ctx.quarter and isinstance(town, Unit):  # "Dhaka's Mirpur area": in the city, not Dhaka Division
        town = namesake_city(index, town) or town
    if isinstance(town, City):  # "the Haret Hreik neighbourhood of Beirut": the town named with it
        note = f"{reason}; placed at {town.name}, named nearby"
        return city_match(index, town, note, PlacePrecision.DISTRICT, name, approximate=True)
    earlier = _earlier_town(index, ctx) if ctx.quarter and town is None else None
    if earlier is not None:  # "the Al-Jir neighbourhood" told after "an air raid on a district of Nyala"
        note = f"{reason}; placed at {earlier.name}, the town its story named before it"
        return city_match(index, earlier, note, PlacePrecision.DISTRICT, name, approximate=True)
    # The sentence's "near Algeria" says more than a unit named only elsewhere in the article.
    if not ctx.strong and (border := _border_match(index, ctx, reason, name)) is not None:
        return border
    units = ctx.units_at_home()
    if units:
        return _in_unit(index, ctx, units, reason, name)
    for area in ctx.areas:
        note = f"{reason}; placed at {area.name}, named nearby"
        return GeoMatch(name, area.lat, area.lon, area.country, None, PlacePrecision.REGION, note,
                        approximate=True)
    for code in (c for c in ctx.codes if c not in ctx.across):  # "X, near Algeria" is not in Algeria
        seat = ctx.seat_in(None, code)
        if seat is not None:
            return _seat_match(index, seat, reason, name)
        country = index.country_name(code)
        point = index.country_point(code)
        if country and point:
            note = f"{reason}; placed at the centre of {country}"
            return GeoMatch(name, point[0], point[1], country, None, PlacePrecision.COUNTRY, note,
                            approximate=True)
    return unknown_match(toponym, reason if reason.startswith("ambiguous") else f"{reason} and no country named nearby")


def _earlier_town(index: GeoIndex, ctx: PlaceContext) -> City | None:
    """The town of the story's first country the article named last before a quarter's sentence, if a town
    of ``MIN_POPULATION_WITHOUT_CONTEXT`` people or more: a quarter is part of a city, and news names the
    city before telling its quarters ("an air raid on a district of Nyala ... on the Al-Jir neighbourhood").
    A province named earlier is passed over, not taken: a town told before it may still hold the quarter."""
    home = ctx.codes[0] if ctx.codes else None
    for name in ctx.earlier:
        town = town_named(index, name, ctx)
        if town is not None and town.country == home and town.population >= MIN_POPULATION_WITHOUT_CONTEXT:
            return town
    return None


def namesake_city(index: GeoIndex, unit: Unit) -> City | None:
    """The largest town inside ``unit`` that bears its name (Dhaka in Dhaka Division), if a town of
    ``MIN_POPULATION_WITHOUT_CONTEXT`` people or more: a part of a town lies in that city."""
    core = unit_core(index.table.unit_name[unit.ident], index.words.suffixes)
    towns = [c for c in index.cities_named(core) if unit.ident in (c.unit1, c.unit2)
             and c.population >= MIN_POPULATION_WITHOUT_CONTEXT]
    return max(towns, key=lambda c: c.population) if towns else None


def _in_unit(index: GeoIndex, ctx: PlaceContext, units: list[Unit], reason: str, name: str) -> GeoMatch:
    """A missing place inside the first of the ``units`` that may hold it: at a district seat the article
    names there, else at the unit's centre (a second-level unit named inside it first)."""
    unit = units[0]
    seat = ctx.seat_in(unit)
    if seat is None and not ctx.strong:
        # Neither named in the place's sentence: the district the article names ("the village lies
        # in the Ouallam department, north of Niamey") is finer than a region it names apart; beside a
        # district, only one of the district's own province (a round-up of "Chhattisgarh's Bijapur
        # district" and "Manipur's Jiribam district" puts no Bijapur village at Jiribam).
        seat = ctx.seat_in(index.unit(unit.parent)) if unit.level == 2 else ctx.seat_in(None, unit.country)
    if seat is not None:  # "Jakuradhor Karong" in a story of "Manipur's Jiribam district"
        return _seat_match(index, seat, reason, name)
    unit = next((u for u in units if u.parent == unit.ident), unit)  # Borno's Gwoza, named apart
    precision = PlacePrecision.REGION if unit.level == 1 else PlacePrecision.DISTRICT
    admin1 = unit.name if unit.level == 1 else index.unit(unit.parent).name
    note = f"{reason}; placed at the centre of {unit.name}, named nearby"
    return GeoMatch(name, unit.lat, unit.lon, index.country_name(unit.country), admin1, precision,
                    note, approximate=True)


def _border_match(index: GeoIndex, ctx: PlaceContext, reason: str, name: str) -> GeoMatch | None:
    """A missing place the sentence puts near a neighbour: the story's country's border area with it.

    "Strikes at X, near Algeria" in a story of Mali is in Mali, along the Algerian border, some
    800 km from Mali's middle; the point is that of :meth:`GeoIndex.border_point`, at region precision.
    """
    home = next((code for code in ctx.codes if code not in ctx.across), None)
    if home is None:
        return None
    for other in ctx.across:
        point = index.border_point(home, other)
        if point is None:  # not a neighbour: "near Russia" in a story of Mali says nothing of where
            continue
        country, neighbour = index.country_name(home), index.country_name(other)
        note = f"{reason}; placed in {country}'s border area with {neighbour}"
        return GeoMatch(name, point[0], point[1], country, None, PlacePrecision.REGION, note, approximate=True)
    return None


def _seat_match(index: GeoIndex, seat: City, reason: str, name: str) -> GeoMatch:
    """A missing place put at the seat of the district its story names: ACLED's district-level point."""
    note = f"{reason}; placed at {seat.name}, the seat of the district the story names"
    return city_match(index, seat, note, PlacePrecision.DISTRICT, name, approximate=True)
