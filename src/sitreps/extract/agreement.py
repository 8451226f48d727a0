"""Whether two tellings of an article agree on what defines an incident: its place, day, toll and sides.

Two mentions that disagree on none of these may tell one incident (``extract.consolidate`` decides
with their types and how the article tells them). Places agree when one lies in the other (a district
in its town, a town in its province or in a named area), never for two towns however close; days
within a day of each other; tolls as intervals, or as a part of the lead's total; initiators when
one side names none or both name one.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from spacy.lang.en.lex_attrs import like_num

from sitreps.extract.counts import PERSONS
from sitreps.extract.english import plain_singular, words
from sitreps.extract.toll_scope import states_toll
from sitreps.models import Count, DatePrecision, EventMention, Place, PlacePrecision, Role, TimeRef
from sitreps.resolve.geodata import distance_km, unit_core
from sitreps.resolve.geoindex import unit_words
from sitreps.resolve.normalise import fold
from sitreps.resolve.registry_data import registered

# Places narrow enough to set two incidents apart; a country, or a place of unknown rank, is not.
LOCAL_PLACES = frozenset({PlacePrecision.EXACT, PlacePrecision.DISTRICT, PlacePrecision.REGION})
# A place this precise, named by two mentions, is one spot: ACLED codes events of one kind at one
# town on one day as one event.
SPOT_PLACES = frozenset({PlacePrecision.EXACT, PlacePrecision.DISTRICT})
# A district this close to a town of its province is a part of that town ("the Dniprovskyi district"
# of Kyiv, "Haret Hreik" in Beirut): the radius of a large city (Kyiv's districts lie within 15 km of
# its centre, Beirut's suburbs within 10). Two towns both named as towns stay apart however close
# (Montreuil is 7 km from Paris): only a place resolved as a district nests.
CITY_RADIUS_KM = 25.0
# A named area that is no province (no admin1: "the Golan Heights", "Darfur") holds the places whose
# point lies this close to its own: about the half-width of such areas (the Golan Heights span about
# 60 km, Darfur is wider; a wider radius would join towns of a neighbouring area).
AREA_RADIUS_KM = 60.0
# Two dated retellings of one incident may differ by a day ("overnight", a date line
# written after midnight); more than that is two incidents.
DAY_TOLERANCE = 1
UNBOUNDED = 10**12
# How far a figure may lie from an estimate ("about 20") and still count it: a fifth of the estimate either way.
ESTIMATE_SHARE = 0.2
LISTS = "incidents"
# What joins the parts of a coordinated victim phrase ("three soldiers, a policeman and two militants").
CONJUNCTION = re.compile(r",\s*|\s+and\s+", re.IGNORECASE)
# A target written as this many capitalised words or more is a name ("Carlos Molina"), not a class.
NAME_WORDS = 2


def interval(count: Count) -> tuple[int, int]:
    """The figures a count allows: "at least 12" is [12, unbounded), "about 20" is [20, 20]."""
    low = count.low if count.low is not None else count.value
    high = count.high if count.high is not None else count.value
    if low is None and high is None:
        return 0, UNBOUNDED
    return (low if low is not None else 0), (high if high is not None else UNBOUNDED)


def counts_agree(first: Count, later: Count) -> bool:
    """Interval logic: two figures agree when some number satisfies both, or the later one is at or above
    the first's stated low bound (``within_bound``)."""
    a, b = interval(first), interval(later)
    return (a[0] <= b[1] and b[0] <= a[1]) or within_bound(first, later) or near_estimate(first, later)


def near_estimate(first: Count, later: Count) -> bool:
    """Whether one of two figures is an estimate ("about 20", "some 300": a value and no bounds) the other comes
    near: within ``ESTIMATE_SHARE`` of it ("about 20", then "23 people were killed"). ``interval`` reads an
    estimate as its number alone, so the two disagreed and the retelling stayed a row of its own. Round 21,
    issue #13 (tests/extract/test_toll_bounds.py)."""
    for estimate, other in ((first, later), (later, first)):
        if estimate.value and estimate.low is None and estimate.high is None:
            low, high = interval(other)
            margin = estimate.value * ESTIMATE_SHARE
            if estimate.value - margin <= high and low <= estimate.value + margin:
                return True
    return False


def within_bound(first: Count, later: Count) -> bool:
    """Whether the first figure is a bound ("at least 12") the later one ("14 people were killed") reaches.
    The quantity reader keeps the number of "at least 12" as its value, the figure a reader sees, so
    ``interval`` reads it as [12, 12]: a later "14" disagreed and its retelling stayed a row of its own.
    A later figure below the bound ("at least 12 burned alive" of "more than 45 killed") is still a part or
    another toll. Round 21, issue #13: own fiction of retold tolls (tests/extract/test_toll_bounds.py)."""
    return first.low is not None and first.high is None and interval(later)[0] >= first.low


def reaches_bound(first: EventMention, later: EventMention) -> bool:
    """Whether a later telling counts past a bound the first told ("at least three", then "five civilians were
    killed"): its figure is the fuller count of the same toll, so the merge reads it first, as it does a
    total that disagrees with a part."""
    figures = {c.what: c for c in first.counts if c.what != PERSONS}
    return any(c.what in figures and within_bound(figures[c.what], c)
               and interval(c)[0] > (figures[c.what].low or 0) for c in later.counts)


def part_of(total: Count, part: Count) -> bool:
    """Whether ``part`` can count some of ``total``'s victims: the lead gives an incident's toll and
    later sentences break it down ("three killed" ... "two children were killed", "in the Dniprovskyi
    district two people were injured"). A larger figure never does: "the attack comes after a strike
    that killed 52" (after a lead's 24) is another incident."""
    return interval(part)[1] <= interval(total)[1]


def days(time: TimeRef | None) -> tuple[date, date] | None:
    if time is None or time.start is None or time.end is None or time.precision is DatePrecision.UNKNOWN:
        return None
    try:
        return date.fromisoformat(time.start[:10]), date.fromisoformat(time.end[:10])
    except ValueError:
        return None


def times_agree(first: TimeRef | None, later: TimeRef | None) -> bool:
    a, b = days(first), days(later)
    if a is None or b is None:
        return True
    return (b[0] - a[1]).days <= DAY_TOLERANCE and (a[0] - b[1]).days <= DAY_TOLERANCE


def places_agree(first: Place | None, later: Place | None) -> bool:
    if first is None or later is None:
        return True
    if first.country and later.country and first.country != later.country:
        return False
    if not is_local(first) or not is_local(later):
        return True  # a town and its country agree
    return (first.name or first.text) == (later.name or later.text) or nests(first, later) or nests(later, first)


def is_local(place: Place) -> bool:
    """A place narrow enough to tell incidents apart. An area of no country (a sea, "the Sahel") is as
    wide as a country or wider: "a missile attack in the Red Sea" and "the attack off Mocha" agree."""
    return place.precision in LOCAL_PLACES and not (place.precision is PlacePrecision.REGION and not place.country)


def nests(outer: Place, inner: Place) -> bool:
    """Whether ``inner`` lies in ``outer``: a town or area in its province, a district in its town, a
    town in a named area, a place the gazetteer does not know in the district its story names ("Manipur's
    Jiribam district" and "the exchange of fire at Borobekra", put at Jiribam's point). Two towns never
    nest, however close: a round-up moves between them; nor do two unknown places put at one point."""
    if outer.precision is PlacePrecision.REGION:
        if outer.admin1:  # a province holds its towns and the areas resolved into it
            return outer.admin1 == inner.admin1
        return _named_after(outer, inner) or _placed_at(outer, inner) or (
            inner.precision is not PlacePrecision.REGION and _within(outer, inner, AREA_RADIUS_KM))
    if outer.precision is PlacePrecision.DISTRICT:  # a district holds the unknown places its story put in it
        return not outer.approximate and _placed_at(outer, inner)
    return (outer.precision is PlacePrecision.EXACT and inner.precision is PlacePrecision.DISTRICT
            and bool(outer.admin1) and outer.admin1 == inner.admin1 and _within(outer, inner, CITY_RADIUS_KM))


def _named_after(area: Place, inner: Place) -> bool:
    """Whether ``inner`` lies in a province named after the area: a wide historical region is split into
    provinces that keep its name ("North Kordofan", "South Darfur", "North Kivu"), so a town of one of them
    lies in the region however far it is from the region's centre point."""
    name = (area.name or area.text).lower()
    return bool(inner.admin1) and inner.country == area.country and f" {name} " in f" {inner.admin1} ".lower()


def _placed_at(area: Place, inner: Place) -> bool:
    """Whether ``inner`` is a place the gazetteer does not know, put at the area's own point: the story
    placed it in that area ("near Tawila" in an article on Darfur, a village in the district a lead names)."""
    return bool(inner.approximate) and inner.lat is not None and (inner.lat, inner.lon) == (area.lat, area.lon)


def _within(outer: Place, inner: Place, radius: float) -> bool:
    if outer.lat is None or outer.lon is None or inner.lat is None or inner.lon is None:
        return False
    return distance_km(outer.lat, outer.lon, inner.lat, inner.lon) <= radius


def province_namesake(town: Place | None, other: Place | None) -> bool:
    """Whether ``town`` is a town (exact precision) named as the first-level unit the gazetteer places it
    in, and ``other`` lies in that unit under another name: "in Kaduna" may mean Kaduna State, which holds
    Kajuru. Many provinces are named after their capital (Kaduna, Idlib, Kandahar, Gao), outlets write the
    bare name for either, and the gazetteer reads it as the town. The unit words come from
    ``data/places/unit_words.yaml`` (its first-level words), so "Gaza Strip" is no province named after Gaza.
    Used across outlets (``link.scoring``) and between an article's headline and its lead
    (``extract.consolidate``)."""
    if town is None or other is None or not names_its_province(town):
        return False
    if other.admin1 != town.admin1 or other.country != town.country:
        return False
    return fold(town.name or town.text) != fold(other.name or other.text)


def names_its_province(town: Place) -> bool:
    """Whether a town (exact precision) bears the name of the first-level unit the gazetteer places it in
    (Kaduna in Kaduna State, Idlib in Idlib Governorate): its bare name may mean either."""
    if town.precision is not PlacePrecision.EXACT or not town.admin1:
        return False
    name = fold(town.name or town.text)
    return bool(name) and unit_core(town.admin1, _region_words()) == name


def either_province_namesake(a: Place | None, b: Place | None) -> bool:
    """``province_namesake`` read both ways."""
    return province_namesake(a, b) or province_namesake(b, a)


@lru_cache(maxsize=1)
def _region_words() -> tuple[str, ...]:
    """First-level unit words, longest first (``UnitWords.suffixes`` order), read once."""
    words = unit_words()
    return tuple(w for w in words.suffixes if w in words.region)


def opens_within(opening: str, first: Place, later: Place | None) -> bool:
    """Whether a sentence opening on a place ("In Lyon, ...") stays in the incident's place: the place is
    named in the resolved name (a place phrase may list several towns) or lies in it (a district of the town)."""
    return opening.lower() in (first.name or first.text).lower() or (later is not None and nests(first, later))


def same_spot(first: Place | None, later: Place | None) -> bool:
    """Both in one named town or district ("Majdal Shams" and "Majdal Shams")."""
    return first is not None and later is not None and first.precision in SPOT_PLACES \
        and later.precision in SPOT_PLACES and bool(first.name) and first.name == later.name


def names_spot(place: Place | None, name: str | None) -> bool:
    """Whether a place name read off a phrase ("withdrawn from Dedougou") names the resolved place of
    another mention, whatever the gazetteer made of it: its resolved name ("Dédougou") or the name its
    phrase ends on ("the town of Bulo Burde", resolved as "Buulobarde"), without accents or case."""
    if place is None or not name:
        return False
    wanted = _folded(name)
    return bool(wanted) and any(_folded(text)[-len(wanted):] == wanted for text in (place.name, place.text) if text)


def _folded(name: str) -> tuple[str, ...]:
    """A name's words in order, without accents or case."""
    decomposed = unicodedata.normalize("NFKD", name)
    return tuple("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def _initiators(mention: EventMention) -> tuple[set[str], set[str]]:
    known = [a for a in mention.actors if a.role == Role.INITIATOR and registered(a.actor_id)]
    return {a.actor_id for a in known if a.actor_id}, {a.country for a in known if a.country}


def named_targets(mention: EventMention) -> set[str]:
    """Targets named as persons or bodies ("Carlos Molina"): two arrests of two named people are two."""
    return {name.lower() for name in _named(mention, Role.TARGET)}


def _name_words(name: str) -> frozenset[str]:
    """A name's words without accents or case: a report may write "Núñez" and later "Nunez"."""
    return frozenset(_folded(name))


def same_name(first: str, later: str) -> bool:
    """Two names of one person or body: one's words are all among the other's ("Sani Dauda" and "Ibrahim
    Sani Dauda", "Luis Manuel Díaz" and "Luis Manuel Diaz"). Names that differ in a word of their own
    ("Carlos Molina", "Juan Molina") are two people."""
    a, b = _name_words(first), _name_words(later)
    return bool(a) and bool(b) and (a <= b or b <= a)


def share_named_target(first: EventMention, later: EventMention) -> bool:
    """Whether the two name one target, by any of its names."""
    return any(same_name(a, b) for a in named_targets(first) for b in named_targets(later))


def same_sides(first: EventMention, later: EventMention) -> bool:
    """Whether a later mention's figure can count some of the first's victims: no initiator on one
    side or one named by both (by registry id or by name), and counted victims of one class where both
    count theirs ("all 33 militants were killed" and "21 train passengers were killed" are two tolls;
    "eight people" counts no class, so it may be a part of "30 villagers")."""
    def initiators(mention: EventMention) -> set[str]:
        return {a.actor_id or a.name.lower() for a in mention.actors if a.role == Role.INITIATOR}

    def victims(mention: EventMention) -> set[str]:  # "eight people" names no class: it sets nothing apart
        return {_noun(part) for a in mention.actors if a.role == Role.TARGET and _counted(a.name)
                for part in _conjuncts(a.name)} - words(LISTS, "generic_victim_nouns")
    sides = (initiators(first), initiators(later)), (victims(first), victims(later))
    return all(not ours or not theirs or bool(ours & theirs) for ours, theirs in sides)


def _counted(name: str) -> bool:
    """A target phrase that counts its members ("21 train passengers", "three people")."""
    words = name.split()
    return len(words) > 1 and any(like_num(w) for w in words[:-1])


def _conjuncts(name: str) -> list[str]:
    """The parts of a coordinated phrase ("three Indian soldiers and two militants"): each counts a class."""
    return [part for part in CONJUNCTION.split(name) if part.strip()]


def _noun(name: str) -> str:
    """The head noun of a counted target, singular by the plain English "-s" rule."""
    return plain_singular(name.split()[-1].lower())


def initiators_agree(first: EventMention, later: EventMention) -> bool:
    (ids_a, countries_a), (ids_b, countries_b) = _initiators(first), _initiators(later)
    if not ids_a or not ids_b:
        return True
    return bool(ids_a & ids_b or countries_a & countries_b)


def figures_agree(first: EventMention, later: EventMention, lead_total: bool) -> bool:
    """Whether the later mention's tolls fit the first's: as intervals, or, where the first is the
    lead's total (``lead_total``), as a part of it told by the same sides. A count of people in no role
    ("attacked by more than 30 people") is no toll and never sets two mentions apart."""
    figures = {c.what: c for c in first.counts if c.what != PERSONS}
    return all(counts_agree(figures[c.what], c) or raised_toll(figures[c.what], c)
               or (lead_total and part_of(figures[c.what], c) and same_sides(first, later))
               for c in later.counts if c.what in figures)


def raised_toll(first: Count, later: Count) -> bool:
    """Whether a later figure is the incident's toll raised: a toll noun states it ("the death toll later rose
    to 15", "medics raised the toll to 27", ``toll_scope.states_toll``) and it is no lower than the first's.
    The article revises its incident's toll as news comes in; a figure told as a toll never counts a second
    incident's victims by itself (a strike "that killed 52" is no toll noun), and the place, day and sides
    guards still keep another incident apart. Round 20, issue #13: a raised toll in its own sentence, read
    onto the body's retelling before it, kept that retelling a row of its own."""
    return states_toll(later) and interval(later)[0] >= interval(first)[0]


def _named(mention: EventMention, role: Role) -> set[str]:
    """The actors of one role written as names ("Carlos Molina"), not classes."""
    return {a.name for a in mention.actors if a.role == role and len(a.name.split()) >= NAME_WORDS
            and all(w[:1].isupper() for w in a.name.split())}
