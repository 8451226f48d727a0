"""Whether rival values of a field contradict the canonical one, and the readable lines that say so.

Two values of one field contradict when they cannot both be true of one event (counts whose
ranges do not meet, days that do not overlap, places in different countries or regions, a
report against a denial) and a document other than those giving the canonical value gives the
rival. Choosing the canonical value is ``link.consensus``'s job; this module only judges a
chosen value against its rivals, so the event's contradiction flag and its summary lines
(``link.assemble``) share one test.
"""

from __future__ import annotations

from sitreps.link.nesting import count_range, place_level
from sitreps.link.windows import parse_end, parse_start
from sitreps.models import FieldCandidate, FieldConsensus, FieldValue, Modality

AFFIRMED = {Modality.REPORTED.value, Modality.ALLEGED.value}
NEGATED = {Modality.DENIED.value, Modality.NEGATED.value}
"""Modalities that cannot both hold of one event: reported or alleged against denied or negated."""


def clashes(field: str, best: FieldCandidate, rival: FieldCandidate) -> bool:
    """Whether a rival value contradicts the canonical one: incompatible, and given by a document
    that does not also give the canonical value (one article stating a toll twice, revised, or
    read twice by the extractor is not two sources disagreeing)."""
    return incompatible(field, best.value, rival.value) and bool(set(rival.document_ids) - set(best.document_ids))


def incompatible(field: str, a: FieldValue, b: FieldValue) -> bool:
    """Whether two values of a field cannot both be true of one event."""
    if field.startswith("count:"):
        (lo_a, hi_a), (lo_b, hi_b) = count_range(a), count_range(b)
        return hi_a < lo_b or hi_b < lo_a
    if field == "time":
        return _times_disjoint(str(a), str(b))
    if field == "place":
        if place_level(str(a)) == 0 or place_level(str(b)) == 0:
            return False  # a bare country, mostly read off an actor, says nothing against a place named
        country_a, admin_a, _ = str(a).split("/", 2)
        country_b, admin_b, _ = str(b).split("/", 2)
        if "?" not in (country_a, country_b) and country_a != country_b:
            return True
        return "?" not in (admin_a, admin_b) and admin_a != admin_b
    if field == "modality":
        return {a, b} & AFFIRMED != set() and {a, b} & NEGATED != set()
    return False


def _times_disjoint(a: str, b: str) -> bool:
    """Whether two ``start/end`` intervals share no day (unreadable ones never clash)."""
    (sa, _, ea), (sb, _, eb) = a.partition("/"), b.partition("/")
    start_a, end_a, start_b, end_b = parse_start(sa), parse_end(ea), parse_start(sb), parse_end(eb)
    if start_a is None or end_a is None or start_b is None or end_b is None:
        return False
    return end_a < start_b or end_b < start_a


def contradiction_lines(fields: list[FieldConsensus]) -> list[str]:
    """Readable lines such as ``defected: 12 (Outlet A, Outlet B) vs 11 (Outlet C)``."""
    lines = []
    for consensus in fields:
        if not consensus.contradiction:
            continue
        best, *rivals = consensus.candidates
        clashing = [c for c in rivals if clashes(consensus.field, best, c)]
        name = consensus.field.split(":", 1)[1] if consensus.field.startswith("count:") else consensus.field
        parts = [f"{c.label} ({', '.join(c.outlets)})" for c in [best, *clashing]]
        lines.append(f"{name}: {' vs '.join(parts)}")
    return lines

