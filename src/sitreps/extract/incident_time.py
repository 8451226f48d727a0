"""The time of an incident an article tells several times: which retelling's day it takes.

:mod:`sitreps.extract.consolidate` merges the retellings of one incident pairwise, keeping the finer
time and, between equally fine ones, the first; that is enough to decide which retellings agree.
Once an incident's retellings are all known, its time is chosen again here, from all of them: the
finest; among equally fine ones, a time a retelling's own sentence states before one it took from
the lead or the sentence before it (:func:`sitreps.extract.times.event_time` carries those to an
undated sentence); then the first told.

A carried day is the lead's day for the lead's news, not always for this incident: "Soldiers
surrounded the house on Wednesday, following the arrest of his allies. The arrests came after ..."
carries Wednesday to "the arrests", while "the aide was arrested on Tuesday" states the arrest's own
day further down.

Two retellings each dating itself in its own sentence to a different single day are two incidents
(``stated_apart``), though dated retellings of one incident may differ by a day: that tolerance is
for a night told by its evening and its morning, and for a day carried from another sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sitreps.extract.english import phrases, words
from sitreps.models import DatePrecision, EventMention, TimeRef

DATE_ORDER = (DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR, DatePrecision.UNKNOWN)
"""Time precisions, finest first."""


def stated_in_own_sentence(mention: EventMention) -> bool:
    """Whether the mention's time is stated in its own sentence (not carried from another one)."""
    time = mention.time
    if time is None or not time.evidence:
        return False
    evidence, sentence = time.evidence[0], mention.sentence
    return sentence.start <= evidence.start and evidence.end <= sentence.end


def stated_apart(first: EventMention, later: EventMention) -> bool:
    """Whether two retellings state, each in its own sentence, two different single days that no day's edge
    joins: "artillery hit a school on Tuesday" and "a missile strike on the town killed two pensioners on
    Monday" are two incidents. An edge reaches one day toward it ("late on Monday" may be told as Tuesday's,
    "early on Wednesday" as Tuesday night's), so "late on Monday" and "on Tuesday" may be one incident while
    "early on Wednesday" and "on Thursday" are two (a ship hit on Thursday, strikes on the ports early on
    Wednesday: round 24's wire fiction)."""
    one, other = _stated_days(first), _stated_days(later)
    if one is None or other is None:
        return False
    return one[1] < other[0] or other[1] < one[0]


def _stated_days(mention: EventMention) -> tuple[date, date] | None:
    """The days a mention's own sentence may mean by the single day it states (a weekday or a date): that
    day, widened by one toward a day's edge told with it; None when counted from the moment of writing."""
    time = mention.time
    if time is None or time.precision is not DatePrecision.DAY or time.start is None \
            or time.start[:10] != (time.end or "")[:10] or not stated_in_own_sentence(mention):
        return None
    flat = " ".join(time.evidence[0].text.lower().replace("-", " ").split())
    # a day counted from when the report was written ("today's explosion") may be the next day's paper's
    if any(word in flat for word in phrases("times", "now_words")):
        return None
    try:
        day = date.fromisoformat(time.start[:10])
    except ValueError:
        return None
    edges = set(flat.split()) & words("times", "day_edge_words")
    earlier = bool(edges - words("times", "late_edge_words"))
    later = bool(edges - words("times", "early_edge_words"))
    return day - timedelta(days=int(earlier)), day + timedelta(days=int(later))


def _fineness(time: TimeRef) -> tuple[int, bool]:
    """Sort key: finer precision first, then a stated start before none."""
    return DATE_ORDER.index(time.precision), time.start is None


def finest_time(times: Sequence[TimeRef]) -> TimeRef | None:
    """The finest of some times, the first of equally fine ones (a stated start before none)."""
    return min(times, key=_fineness, default=None)


def incident_time(retellings: Sequence[EventMention]) -> TimeRef | None:
    """The time of an incident told by ``retellings`` (in text order): the finest; among equally fine
    ones, one stated in its retelling's own sentence; then the first told."""
    dated = [(m, m.time) for m in retellings if m.time is not None]
    best = min(dated, key=lambda pair: (*_fineness(pair[1]), not stated_in_own_sentence(pair[0])), default=None)
    return best[1] if best is not None else None
