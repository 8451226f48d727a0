"""How alike two places are: one place, apart, or (a gate) in two countries or far apart.

``scoring.score_pair`` weighs this as its place term and gates on its None, and ``pair_gates``
reads it for one sentence's list of places. It is its own module because it compares two
``Place`` values alone, not two reports: the gazetteer's precisions, radii, first-level units and
names decide, and none of the reports' text, stories, actors or days.
"""

from __future__ import annotations

import math

from sitreps.link.tolls import NEUTRAL
from sitreps.link.where import LOCATED, says_where
from sitreps.models import Place, PlacePrecision
from sitreps.resolve.geodata import distance_km
from sitreps.resolve.normalise import fold

PLACE_RADIUS_KM = {
    PlacePrecision.EXACT: 30.0,  # a city and its outskirts
    PlacePrecision.DISTRICT: 60.0,
    PlacePrecision.REGION: 250.0,  # an oblast or province
}
"""Distance within which two located reports name the same place, by the coarser precision."""

TWO_TOWNS_KM = 15.0
"""Radius within which two towns of different names are one place (a suburb and its city: Pétion-Ville
and Port-au-Prince lie 6 km apart, Nanterre and Paris 11; two towns a few kilometres apart across a
provincial border, ``test_link_place_similarity``). ``PLACE_RADIUS_KM``'s 30 km is for one town's point against a spot
on its outskirts told by the same name; two outlets naming two towns 20 km apart (Gaza City and Khan
Younis struck on one day, round 11's fiction) tell two strikes. On the real-news dev split no two
articles' reports of one event name two towns further apart than this (one pair, 4 km: Mocímboa and
Mocímboa da Praia)."""

FAR_APART_KM = 300.0
"""Located places further apart than this are different events (a gate, like different countries):
farther than any radius above, closer than the distance between most cities fighting at once."""


def place_similarity(a: Place | None, b: Place | None) -> float | None:
    """1 for the same place, 0 for apart (or different countries), None (a gate) when two places
    named below country level lie in different countries or more than ``FAR_APART_KM`` apart."""
    if a is None or b is None:
        return NEUTRAL
    if a.country and b.country and a.country != b.country:
        if says_where(a) and says_where(b):
            return None
        # a bare country is mostly read off an actor ("the US military said") or names where
        # talks were held: no evidence against a place named in another country
        return NEUTRAL if says_where(a) or says_where(b) else 0.0
    if holds(a, b) or holds(b, a) or unplaced_namesake(a, b):
        return 1.0
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        same_admin = a.admin1 is not None and a.admin1 == b.admin1
        return 1.0 if same_admin else NEUTRAL
    radius = max(PLACE_RADIUS_KM.get(a.precision, math.inf), PLACE_RADIUS_KM.get(b.precision, math.inf))
    if math.isinf(radius):
        return NEUTRAL
    distance = distance_km(a.lat, a.lon, b.lat, b.lon)
    if distance > FAR_APART_KM:
        return None
    if two_towns(a, b):
        radius = TWO_TOWNS_KM
    return 1.0 if distance <= radius and not provinces_apart(a, b, radius) else 0.0


def unplaced_namesake(a: Place, b: Place) -> bool:
    """Whether two places of one country bear one name (folded: case and accents aside) that is not the
    country's own, and at least one of them is not located (kept at country precision or unknown).

    A village or district the gazetteer lacks, or one read where no province is named, is kept as
    its name with the country's point; another outlet locates the same name at a town or region.
    Their points say nothing, but the name says they are one place (Bolan left unplaced by one
    Pakistani outlet, a region to the other). Two located namesakes are left to their points: a
    country has many Santa Rosas."""
    if a.precision in LOCATED and b.precision in LOCATED:
        return False
    name = fold(a.name or "")
    return bool(name) and a.country == b.country and name == fold(b.name or "") and name != fold(a.country or "")


def two_towns(a: Place, b: Place) -> bool:
    """Whether two places are towns the gazetteer placed (exact precision) under two names: two sites,
    unless one lies within ``TWO_TOWNS_KM`` of the other (a suburb told by its city's name)."""
    return (a.precision is b.precision is PlacePrecision.EXACT
            and fold(a.name or a.text) != fold(b.name or b.text))


def holds(coarse: Place, fine: Place) -> bool:
    """Whether ``coarse`` is the first-level unit (province, state, oblast) the gazetteer places
    ``fine`` in: a region whose name is its own first-level unit, and the other's first-level unit.

    Distance cannot say this for a large province: its point is a centroid, and a town of it can
    lie further from that point than ``FAR_APART_KM`` (Gwadar 570 km from Balochistan's, Kashgar
    590 km from Xinjiang's, Jijiga 300 km from the Somali region's), so one outlet naming the town
    and another only its province were gated apart as two far places. A sub-provincial region (a
    district read as a region, "Bolan") names no first-level unit and keeps the distance test."""
    return (
        coarse.precision is PlacePrecision.REGION
        and coarse.admin1 is not None
        and coarse.name == coarse.admin1
        and fine.admin1 == coarse.admin1
        and coarse.country == fine.country
    )


def provinces_apart(a: Place, b: Place, radius: float) -> bool:
    """Whether a province's radius would hold two places that name different first-level units.

    ``PLACE_RADIUS_KM`` gives a region the 250 km that a large province spans, so a town and a
    neighbouring state's name (a Lagos police station and "Ekiti State"), or two provinces side by
    side, fall within it; the gazetteer's first-level unit says whether the town lies in that
    province. Only when the coarser place is a region: two towns a few kilometres apart across a
    provincial border remain one site. Unknown on either side is no evidence."""
    if radius < PLACE_RADIUS_KM[PlacePrecision.REGION]:
        return False
    return a.admin1 is not None and b.admin1 is not None and a.admin1 != b.admin1
