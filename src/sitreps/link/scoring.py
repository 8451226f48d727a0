"""How alike two reports are: hard compatibility gates, then one weighted score in [0, 1].

Gates (score 0): different type families; windows in time that do not meet;
different known countries; two mentions of one document with different types.
Past the gates, five similarities are combined with the weights below. The
weights were set by hand from what distinguishes events in the gold dev split
(text and actors separate two strikes in one city on one day; time and place
mostly gate), then ``LINK_THRESHOLD`` was chosen by a grid search on that split
(see docs/linking.md and benchmarks/linking.py).
"""

from __future__ import annotations

import math

import numpy as np
from rapidfuzz import fuzz

from sitreps.link.nodes import LinkNode
from sitreps.link.shingles import jaccard
from sitreps.link.windows import overlaps
from sitreps.models import Place, PlacePrecision

WEIGHT_TEXT = 0.35  # the reporting sentence: strongest single cue of "same story"
WEIGHT_ACTORS = 0.25  # who did it to whom: separates same-day events in one place
WEIGHT_PLACE = 0.15
WEIGHT_TIME = 0.15
WEIGHT_TYPE = 0.10  # exact type over same family: outlets disagree on "shelling" vs "airstrike"

LINK_THRESHOLD = 0.55
"""A mention joins a cluster at this score or above; grid-searched on the gold dev split."""

NEUTRAL = 0.5
"""Similarity of a component one side does not state: neither evidence for nor against."""

ACTOR_NAME_MATCH = 85
"""rapidfuzz token_set_ratio at or above which two unresolved actor names are one actor
("Ukrainian military intelligence" / "Ukraine's military intelligence" score 90+)."""

PLACE_RADIUS_KM = {
    PlacePrecision.EXACT: 30.0,  # a city and its outskirts
    PlacePrecision.DISTRICT: 60.0,
    PlacePrecision.REGION: 250.0,  # an oblast or province
}
"""Distance within which two located reports name the same place, by the coarser precision."""

FAR_APART_KM = 300.0
"""Located places further apart than this are different events (a gate, like different countries):
farther than any radius above, closer than the distance between most cities fighting at once."""

SAME_SENTENCE = 1.0
"""Two mentions of one type in overlapping sentences of one document are one extraction twice."""


def pair_score(a: LinkNode, b: LinkNode) -> float:
    """Similarity of two nodes in [0, 1]; 0 when a gate rules the pair out."""
    if a.family != b.family or not overlaps(a.window, b.window):
        return 0.0
    if a.document_id is not None and a.document_id == b.document_id:
        if a.type != b.type:
            return 0.0
        if _spans_overlap(a.sentence_span, b.sentence_span):
            return SAME_SENTENCE
    place = place_similarity(a.place, b.place)
    if place is None:
        return 0.0
    return (
        WEIGHT_TEXT * text_similarity(a, b)
        + WEIGHT_ACTORS * actor_similarity(a.actors, b.actors)
        + WEIGHT_PLACE * place
        + WEIGHT_TIME * time_similarity(a, b)
        + WEIGHT_TYPE * (1.0 if a.type == b.type else 0.0)
    )


def text_similarity(a: LinkNode, b: LinkNode) -> float:
    """The higher of embedding cosine and shingle overlap (near-copies score 1 on either)."""
    cosine = float(np.dot(a.vector, b.vector)) if a.vector is not None and b.vector is not None else 0.0
    return max(0.0, min(1.0, max(cosine, jaccard(a.sentence_sig, b.sentence_sig))))


def actor_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller actor set found in the other (by id, or by fuzzy name)."""
    if not a or not b:
        return NEUTRAL
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    found = sum(1 for key in small if any(_same_actor(key, other) for other in large))
    return found / len(small)


def _same_actor(a: str, b: str) -> bool:
    if a == b:
        return True
    if a.startswith("name:") and b.startswith("name:"):
        return fuzz.token_set_ratio(a[5:], b[5:]) >= ACTOR_NAME_MATCH
    return False


def time_similarity(a: LinkNode, b: LinkNode) -> float:
    """1 when both state times that overlap, else neutral (the windows already met at the gate)."""
    if a.stated is not None and b.stated is not None and overlaps(a.stated, b.stated):
        return 1.0
    return NEUTRAL


def place_similarity(a: Place | None, b: Place | None) -> float | None:
    """1 for the same place, 0 for apart in one country, None (a gate) when countries differ or
    two located places lie more than ``FAR_APART_KM`` apart."""
    if a is None or b is None:
        return NEUTRAL
    if a.country and b.country and a.country != b.country:
        return None
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        same_admin = a.admin1 is not None and a.admin1 == b.admin1
        return 1.0 if same_admin else NEUTRAL
    radius = max(PLACE_RADIUS_KM.get(a.precision, math.inf), PLACE_RADIUS_KM.get(b.precision, math.inf))
    if math.isinf(radius):
        return NEUTRAL
    distance = haversine_km(a.lat, a.lon, b.lat, b.lon)
    if distance > FAR_APART_KM:
        return None
    return 1.0 if distance <= radius else 0.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _spans_overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]
