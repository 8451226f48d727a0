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
from sitreps.link.windows import day_gap, parse_start

NEAR_COUNT = 0.25
"""Counts of one kind differing by at most this share of the larger are near (11 vs 12 men, a toll
revised from 20 to 24) and score ``NEAR_COUNT_SIMILARITY``; further apart (1 vs 10 killed) they
score 0: two tolls that far apart are more often two events than one event misreported."""
NEAR_COUNT_SIMILARITY = 0.6

REVISION_DAYS = 3
"""Days of writing apart within which a later outlet's higher toll may be the first one revised: updates
follow within a day or two ("rose to 19 on Thursday"); a week on, a higher toll in the same district
is as likely the next raid."""

SAME_TOLD_DAY_GAP = 1
"""Days told (``LinkNode.day``) at most this far apart may be one: the same day, or a night told by
its evening and its morning (``similarities.NEXT_DAY``, which this module cannot import)."""

NEUTRAL = 0.5
"""Similarity of a component one side does not state: neither evidence for nor against (tolls: no
kind counted by both, or a far toll one report of the article only claims)."""


def toll_similarity(a: LinkNode, b: LinkNode) -> float:
    """``count_similarity`` of the two reports, neutral where two reports of one article count far
    apart and either is a claimed or hedged figure (``LinkNode.claimed``): a party's count of its own
    act is no second toll of the event, so it neither joins nor parts the two reports. Neutral too
    where two outlets' leads count far apart and the later one's toll has risen (``toll_risen``):
    only leads, since a report lower down an update counting more may be another incident the
    article recalls, and there the far toll keeps counting against the pair."""
    similarity = count_similarity(a.counts, b.counts)
    one_article = a.document_id is not None and a.document_id == b.document_id
    if similarity == 0.0 and one_article and (a.claimed or b.claimed):
        return NEUTRAL
    if similarity == 0.0 and not one_article and a.lead and b.lead and toll_risen(a, b):
        return NEUTRAL
    return similarity


def toll_risen(a: LinkNode, b: LinkNode) -> bool:
    """Whether two outlets' far tolls read as one toll risen between their days of writing: the
    report written later (on a later day, at most ``REVISION_DAYS`` on) counts more of every kind
    both count, and the days the two tell lie no further apart than ``SAME_TOLD_DAY_GAP``.

    A first report's toll is what was known that morning; bodies are found, the wounded die, and
    the next day's update counts more ("the toll rose to 19"). Such a pair is no evidence of two
    events; a later report counting fewer, or two reports of one day, keep the far toll as evidence."""
    first, second = parse_start(a.reported), parse_start(b.reported)
    if first is None or second is None or first == second or abs((second - first).days) > REVISION_DAYS:
        return False
    early, late = (a, b) if first < second else (b, a)
    if early.day is not None and late.day is not None and day_gap(early.day, late.day) > SAME_TOLD_DAY_GAP:
        return False
    shared = early.counts.keys() & late.counts.keys()
    return bool(shared) and all(late.counts[k][0] > early.counts[k][1] for k in shared)


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
