"""How alike two reports are cue by cue: text, story, lead, type and time, each in [0, 1].

These are the similarities ``scoring.score_pair`` weighs (the place term has its own module,
``place_similarity``), with the constants that shape each one. They are kept apart from the
score because each reads one cue of two reports and nothing else, and ``pair_gates`` reads some
of them too (the story to let alike cross-border leads past the country gate, ``NEXT_DAY`` for
one article's days apart).
"""

from __future__ import annotations

import numpy as np

from sitreps.link.families import one_act
from sitreps.link.nodes import LinkNode
from sitreps.link.shingles import jaccard
from sitreps.link.tolls import NEUTRAL
from sitreps.link.windows import Window, day_gap

LEAD_STORY_FLOOR = 0.5
"""Story similarity at or below which two lead reports get nothing from ``WEIGHT_LEAD``; above it
the bonus grows linearly to the full weight at identical stories. Two different events of one
city and day have stories about 0.4-0.6 alike on the gold set; reworded leads of one event
0.6-0.9 on the real-news dev split."""

FAMILY_SIMILARITY = 0.5
"""Type similarity of two types of one taxonomy family; types only sharing a linkable group get 0."""

NEXT_DAY = 1
"""Stated days at most this far apart may be one day told two ways: the day an outlet wrote
(publication against event day), a night told by its evening or its morning ("overnight"), a
date in another time zone. On the real-news dev split, 6 pairs of two articles' reports of one
event state consecutive days and no pair of two events does; two stated days further apart stay
two events of one town (a city struck on Monday and again on Thursday)."""

NEXT_DAY_SIMILARITY = 0.75
"""Time similarity of stated days ``NEXT_DAY`` apart: between neutral (a side states no day) and
one day: consecutive days are evidence for one event, weaker than one day."""

DAYS_APART_SIMILARITY = 0.0
"""Time similarity of stated times more than ``NEXT_DAY`` apart: evidence against one event, not
neutral. ACLED's unit of an event is a type, a place and a day, and a city fought over on Monday
and again on Wednesday is two events; the windows are widened by ``TOLERANCE_DAYS`` only so that a
misread day does not gate a pair out, and until round 10 such a pair scored as if one side stated
no day. On the real-news dev split no two reports of one event state days two or more apart and
link; one article's two Tripoli clashes two days apart did. This term alone: real-news dev B-cubed
F1 0.789 -> 0.806, test unchanged; within one article such a pair is a gate (``pair_gates.days_apart``)."""

SAME_DOCUMENT_STORY = 0.75
"""Story similarity of two mentions of one document."""


def lead_similarity(a: LinkNode, b: LinkNode) -> float:
    """How alike two documents' stories are beyond ``LEAD_STORY_FLOOR``, when both mentions are their
    documents' main news (told in the headline or lead); 0 otherwise or within one document."""
    if not (a.lead and b.lead) or a.document_id is None or a.document_id == b.document_id:
        return 0.0
    return max(0.0, (story_similarity(a, b) - LEAD_STORY_FLOOR) / (1.0 - LEAD_STORY_FLOOR))


def type_similarity(a: LinkNode, b: LinkNode) -> float:
    """1 for one type, ``FAMILY_SIMILARITY`` for one taxonomy family, 0 for only a shared group.

    Two articles leading with alike stories (``lead_similarity`` above 0) whose lead reports type
    the event differently (one outlet's "capture of the town", the other's "withdrawal"; one's
    "attack", the other's "clashes") score as one family: how an outlet frames its main news is
    no evidence that it is another event. Nor is the side it reports from: types of one act told from
    its sides (``families.one_act``: one side's capture of a town, the other's withdrawal) score as one
    family too (round 20: real-news dev B-cubed R 0.773 -> 0.795, the Avdiivka pair)."""
    if a.type == b.type:
        return 1.0
    if a.family == b.family or lead_similarity(a, b) > 0.0 or one_act(a.type, b.type):
        return FAMILY_SIMILARITY
    return 0.0


def story_similarity(a: LinkNode, b: LinkNode) -> float:
    """Cosine of the two documents' headline-and-lead vectors; neutral within one document
    (a document's lead says what its main event is, not which of its incidents a sentence tells)."""
    if a.document_id is not None and a.document_id == b.document_id:
        return SAME_DOCUMENT_STORY
    if a.story_vector is None or b.story_vector is None:
        return NEUTRAL
    return max(0.0, min(1.0, float(np.dot(a.story_vector, b.story_vector))))


def text_similarity(a: LinkNode, b: LinkNode) -> float:
    """The higher of embedding cosine and shingle overlap (near-copies score 1 on either)."""
    cosine = float(np.dot(a.vector, b.vector)) if a.vector is not None and b.vector is not None else 0.0
    return max(0.0, min(1.0, max(cosine, jaccard(a.sentence_sig, b.sentence_sig))))


def time_similarity(a: LinkNode, b: LinkNode) -> float:
    """1 when both state times that overlap, ``NEXT_DAY_SIMILARITY`` for consecutive days,
    ``DAYS_APART_SIMILARITY`` for stated times further apart (their widened windows met at the
    gate), neutral when one side states none. An undated report of its article's lead news is read
    at the lead's day (``LinkNode.day``). Round 11: real-news dev and test unchanged; the fiction
    batch1's two Kharkiv strikes two days apart, bridged by one undated lead detail, came apart
    (B-cubed P 0.929 -> 1.000)."""
    return stated_similarity(a.day, b.day)


def stated_similarity(a: Window | None, b: Window | None) -> float:
    """How alike two stated times are: one day 1, consecutive days ``NEXT_DAY_SIMILARITY``, unknown
    neutral, further apart ``DAYS_APART_SIMILARITY``."""
    if a is None or b is None:
        return NEUTRAL
    gap = day_gap(a, b)
    if gap == 0:
        return 1.0
    return NEXT_DAY_SIMILARITY if gap <= NEXT_DAY else DAYS_APART_SIMILARITY
