"""ACLED's geo_precision for a resolved place: how an analyst's map should read its point.

ACLED codes 1 when the event's town or village is named and its point used, 2 when the source says
"near" a named town (or names a district) and that town's or district's point is used, 3 when only a
region or province is known (ACLED codebook, "geo_precision"). sitreps also places events at a
country's centre when nothing finer is named; ACLED has no code for that, so it reads as 3.
"""

from __future__ import annotations

from sitreps.models import Place, PlacePrecision

GEO_PRECISION = {
    PlacePrecision.EXACT: 1,
    PlacePrecision.DISTRICT: 2,
    PlacePrecision.REGION: 3,
    PlacePrecision.COUNTRY: 3,
}
NEAR = 2  # "near X", "10 km from X", "the outskirts of X": X's point, one step less sure


def geo_precision(precision: PlacePrecision, *, has_point: bool, near: bool = False) -> int | None:
    """The code for a gazetteer answer: None without a point; "near" makes an exact place a 2."""
    if not has_point or precision not in GEO_PRECISION:
        return None
    code = GEO_PRECISION[precision]
    return max(code, NEAR) if near else code


def acled_geo_precision(place: Place) -> int | None:
    """The place's ACLED geo_precision (1-3), or None when it has no point.

    Places extracted by this version carry the code; for places stored by earlier versions it is
    derived from their precision (which cannot tell "near X" from "X").
    """
    if place.geo_precision is not None:
        return place.geo_precision
    return geo_precision(place.precision, has_point=place.lat is not None and place.lon is not None)
