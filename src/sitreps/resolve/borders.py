"""Where one country meets another: the point of a country's border area with a neighbour.

A village the gazetteer lacks, told as "near Mali's border with Algeria" or "at X, near Sudan", is
somewhere along that border, hundreds of kilometres from its country's middle. GeoNames ships no
borders, so the border area is read off the populated places: a country's places within
:data:`BORDER_ZONE_KM` of any place of the neighbour (at least :data:`BORDER_MIN_PLACES` of them,
the nearest, where few places lie that close, as along desert borders), and its point is their mean.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from sitreps.resolve.geodata import EARTH_RADIUS_KM, GeoTable

# A place this close to the neighbour's nearest place is in the border area. 50 km is about a day's
# walk and the width ACLED coders give a "border area"; chosen by judgement, not fitted.
BORDER_ZONE_KM = 50.0
# Along an empty border (Mali-Algeria, Chad-Libya) fewer places lie in the zone: the nearest few
# still say which end of the country it is. Three keeps one stray town from deciding the point.
BORDER_MIN_PLACES = 3
# Places are compared by grid cell (about 11 km at the equator), so that two large neighbours (the
# United States and Mexico, 30,000 places) cost thousands of cells, not millions of place pairs.
CELL_DEGREES = 0.1
# Kilometres in a degree of latitude; the cosine floor keeps a polar neighbour's margin finite.
KM_PER_DEGREE = 111.2
MIN_COS = 0.1
# Rows of the distance matrix computed at once: bounds the memory of one block to a few megabytes.
BLOCK_ROWS = 256


def border_point(table: GeoTable, mine_ids: Sequence[int], their_ids: Sequence[int]) -> tuple[float, float] | None:
    """The mean point of one country's populated places (``mine_ids``, rows of ``table``) nearest
    its neighbour's (``their_ids``); None when either has no places. Longitudes are averaged
    plainly: no two neighbours of the table straddle the antimeridian except across the sea
    (Russia and the United States are not neighbours)."""
    mine = _points(table, mine_ids)
    theirs = _cells(_points(table, their_ids))
    if len(mine) == 0 or len(theirs) == 0:
        return None
    zone, inside = _zone(mine[_within_reach(mine, theirs)], theirs)
    if inside < BORDER_MIN_PLACES:  # an empty border: the nearest places, wherever they are
        zone, inside = _zone(mine, theirs)
    return round(float(zone[:, 0].mean()), 5), round(float(zone[:, 1].mean()), 5)


def _zone(mine: np.ndarray, theirs: np.ndarray) -> tuple[np.ndarray, int]:
    """The places of ``mine`` within the zone, or the nearest few when fewer lie in it; and how many lie in it."""
    if len(mine) == 0:
        return mine, 0
    nearest = np.concatenate([_min_distance_km(mine[i:i + BLOCK_ROWS], theirs)
                              for i in range(0, len(mine), BLOCK_ROWS)])
    order = np.argsort(nearest, kind="stable")
    inside = int(np.count_nonzero(nearest <= BORDER_ZONE_KM))
    return mine[order[:max(inside, min(BORDER_MIN_PLACES, len(mine)))]], inside


def _within_reach(mine: np.ndarray, theirs: np.ndarray) -> np.ndarray:
    """Which of ``mine`` lie inside the neighbour's bounding box widened by the zone: only they can be
    in the zone, and two large neighbours (the United States and Mexico) then compare a strip, not all."""
    lat_margin = BORDER_ZONE_KM / KM_PER_DEGREE
    lon_margin = lat_margin / max(float(np.cos(np.radians(np.abs(theirs[:, 0]).max()))), MIN_COS)
    low, high = theirs.min(axis=0), theirs.max(axis=0)
    return ((mine[:, 0] >= low[0] - lat_margin) & (mine[:, 0] <= high[0] + lat_margin)
            & (mine[:, 1] >= low[1] - lon_margin) & (mine[:, 1] <= high[1] + lon_margin))


def _points(table: GeoTable, ids: Sequence[int]) -> np.ndarray:
    rows = [(table.place_lat[i], table.place_lon[i]) for i in ids]
    return np.array(rows, dtype=float).reshape(-1, 2)


def _cells(points: np.ndarray) -> np.ndarray:
    """One point per grid cell holding a place (its places' first): the neighbour's shape, smaller."""
    if len(points) == 0:
        return points
    keys = np.floor(points / CELL_DEGREES)
    _, first = np.unique(keys, axis=0, return_index=True)
    return points[np.sort(first)]


def _min_distance_km(block: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Great-circle distance from each point of ``block`` to the nearest of ``others``."""
    lat1, lon1 = np.radians(block[:, :1]), np.radians(block[:, 1:])
    lat2, lon2 = np.radians(others[:, 0]), np.radians(others[:, 1])
    h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    distances: np.ndarray = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
    return distances.min(axis=1)
