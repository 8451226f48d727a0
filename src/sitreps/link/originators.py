"""Independent originators: reports that trace back to one origin count once.

Ten outlets repeating one spokesman's statement are one originator, and so are
a press release and its verbatim reprints. Two documents of an event share an
originator when their texts are near-copies (MinHash Jaccard over word
shingles) or when their mentions attribute the event to the same source.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from sitreps.link.nodes import UNDATED_LAST
from sitreps.link.shingles import jaccard
from sitreps.models import Attribution, SourceKind

COPY_JACCARD = 0.5
"""Documents with estimated shingle Jaccard at or above this are copies of one text. Reprints with a
new headline or a trimmed last paragraph score 0.7-0.95 on the gold set; independent reports of one
event score below 0.1 (they share names, not 3-word runs)."""

SOURCE_NAME_MATCH = 90
"""rapidfuzz token_set_ratio at or above which two attribution sources are one source."""

UNSOURCED = {SourceKind.VAGUE, SourceKind.ANONYMOUS, SourceKind.NONE}
"""Source kinds that name no one: two outlets both citing "reports" share no origin we can see."""


@dataclass(frozen=True)
class OriginDoc:
    """What originator grouping needs from one document of an event."""

    document_id: str
    reported: str
    signature: np.ndarray
    sources: frozenset[str]


def source_name(attribution: Attribution | None) -> str | None:
    """The normalised source an attribution names, or None when it names no one."""
    if attribution is None or attribution.source is None or attribution.source_kind in UNSOURCED:
        return None
    return " ".join(attribution.source.lower().split())


def assign_originators(docs: list[OriginDoc]) -> dict[str, str]:
    """Document id -> originator label; documents of one origin get the same label.

    The label is ``source:<name>`` when the group cites a source (the smallest name, so
    that it does not depend on arrival order), else ``text:<earliest document id>``.
    """
    ordered = sorted(docs, key=lambda d: (d.reported or UNDATED_LAST, d.document_id))
    parent = list(range(len(ordered)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(ordered):
        for j in range(i + 1, len(ordered)):
            if _same_origin(a, ordered[j]):
                parent[find(j)] = find(i)
    groups: dict[int, list[OriginDoc]] = {}
    for i, doc in enumerate(ordered):
        groups.setdefault(find(i), []).append(doc)
    labels: dict[str, str] = {}
    for members in groups.values():
        sources = sorted(s for d in members for s in d.sources)
        label = f"source:{sources[0]}" if sources else f"text:{members[0].document_id}"
        labels.update((d.document_id, label) for d in members)
    return labels


def _same_origin(a: OriginDoc, b: OriginDoc) -> bool:
    if a.signature.size and b.signature.size and jaccard(a.signature, b.signature) >= COPY_JACCARD:
        return True
    return any(fuzz.token_set_ratio(x, y) >= SOURCE_NAME_MATCH for x in a.sources for y in b.sources)
