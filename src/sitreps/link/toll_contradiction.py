"""One writer's "no one was hurt" beside another report's dead is two incidents: the pair keeps apart.

Within one article a writer who gives a report's toll as none ("no casualties were reported", "no one
was killed") and another's as some dead tells two incidents: one incident is not both deadly and
harmless in one writer's words. Scored, such a pair only loses ``scoring.FAR_COUNT_PENALTY`` and stays
above ``clustering.CANNOT_LINK``, so a third report naming no toll (an undated detail, "the jet
dropped two bombs") chained the two into one row. Only a stated zero against a toll above it: other
far tolls within one article are often one incident's parts (the dead "among them six children",
a party's own figure), and gating those split real-news dev rows (round 18, measured: dev rows 114 ->
116, sub-type 0.935 -> 0.909). Across outlets nothing changes: one outlet's "no casualties" may be an
early report.
"""

from __future__ import annotations

from sitreps.link.nodes import LinkNode


def tolls_contradict(a: LinkNode, b: LinkNode) -> bool:
    """Whether two reports of one article count one kind as none in one and as some in the other."""
    if a.document_id is None or a.document_id != b.document_id:
        return False
    for kind in a.counts.keys() & b.counts.keys():
        low, high = sorted((a.counts[kind], b.counts[kind]))
        if low == (0.0, 0.0) and high[0] > 0:
            return True
    return False
