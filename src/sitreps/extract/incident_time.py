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
"""

from __future__ import annotations

from collections.abc import Sequence

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
