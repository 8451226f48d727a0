"""How alike two reports' tolls are, and when a toll far from another's is no evidence of two events.

Two reports of one event mostly count its dead alike (11 against 12, "at least 12" against 14); two
strikes of one region and day mostly do not, which is why a far toll costs a pair
(``scoring.FAR_COUNT_PENALTY``). Within one article, a figure that a party to the fighting gives for
its own act, or that the writer only hedges, is the exception (round 16): an armed group claiming
"it had killed five soldiers" in the blast that an officer says killed three. The writer retells the
one event in the claimant's words, and the claimant's figure is the claimant's, so against the
article's own toll it says nothing either way. Across two outlets a far claimed toll still counts:
there it let one outlet's claim join another's report of a look-alike event (real-news test: one
event's date, toll, initiator and modality lost, B-cubed unchanged).
"""

from __future__ import annotations

from sitreps.link.nodes import CountRange, LinkNode

NEAR_COUNT = 0.25
"""Counts of one kind differing by at most this share of the larger are near (11 vs 12 men, a toll
revised from 20 to 24) and score ``NEAR_COUNT_SIMILARITY``; further apart (1 vs 10 killed) they
score 0: two tolls that far apart are more often two events than one event misreported."""
NEAR_COUNT_SIMILARITY = 0.6

NEUTRAL = 0.5
"""Similarity of a component one side does not state: neither evidence for nor against (tolls: no
kind counted by both, or a far toll one report of the article only claims)."""


def toll_similarity(a: LinkNode, b: LinkNode) -> float:
    """``count_similarity`` of the two reports, neutral where two reports of one article count far
    apart and either is a claimed or hedged figure (``LinkNode.claimed``): a party's count of its own
    act is no second toll of the event, so it neither joins nor parts the two reports."""
    similarity = count_similarity(a.counts, b.counts)
    one_article = a.document_id is not None and a.document_id == b.document_id
    if similarity == 0.0 and one_article and (a.claimed or b.claimed):
        return NEUTRAL
    return similarity


def count_similarity(a: dict[str, CountRange], b: dict[str, CountRange]) -> float:
    """The best agreement between counts of one kind; neutral when no kind is counted by both."""
    shared = a.keys() & b.keys()
    if not shared:
        return NEUTRAL
    return max(_count_agreement(a[k], b[k]) for k in shared)


def _count_agreement(a: CountRange, b: CountRange) -> float:
    if a[0] <= b[1] and b[0] <= a[1]:
        return 1.0
    low, high = (a, b) if a[1] < b[0] else (b, a)
    gap, larger = high[0] - low[1], high[0]
    return NEAR_COUNT_SIMILARITY if larger and gap / larger <= NEAR_COUNT else 0.0
