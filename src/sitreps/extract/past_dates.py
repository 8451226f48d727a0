"""A month or day told without its year, for an act told in the past tense: the last one before publication.

``resolve.times`` reads a year-less month or day as the one nearest publication, looking a little
ahead as well as back, since news names coming dates too ("elections in July"). An act the article
tells in the past tense cannot lie after publication, so "the town, which the rebels captured in July",
in an article of May, is last year's July: read as the coming July, a retold capture became a row dated
after the news, never flagged background (``extract.background``), and free to merge with today's incident.
A date with its year stated ("in July 2024") is kept as written, flagged by its note. Only a trigger that is
itself a verb in the past tense, dated by a phrase of its own clause, is read so (``told_past_on``): a noun's
time may be a coming phase of it though its sentence is in the past ("Signed on Friday, the truce takes
effect starting Aug. 3"), and a past verb's complement may carry a coming month ("agreed to resume talks in
August"); real-news dev moved both a year back, as background rows, before this was required.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from spacy.tokens import Token

from sitreps.models import DatePrecision, TimeRef

# Only these precisions are read from a year-less name of a month or of a day in a month; a year or a
# week is never stepped back (its expression states its year, or counts from publication).
YEARLESS_PRECISIONS = frozenset({DatePrecision.MONTH, DatePrecision.DAY})
STATED_YEAR = re.compile(r"\b\d{4}\b")  # a year written in the expression ("July 2024"): kept as stated
PAST_NOTE = "a month or day told without its year, in the past tense: the last one before publication"


def before_publication(found: TimeRef, past: bool, published_at: str | None) -> TimeRef:
    """``found`` a year earlier when it is year-less and after publication, and ``past`` (its trigger is a verb
    in the past tense)."""
    if not past or not published_at or found.precision not in YEARLESS_PRECISIONS or not found.start \
            or not found.end or any(STATED_YEAR.search(span.text) for span in found.evidence):
        return found
    try:
        published, start, end = (date.fromisoformat(d[:10]) for d in (published_at, found.start, found.end))
    except ValueError:
        return found
    if start <= published:
        return found
    earlier = (_year_before(start), _year_before(end))
    if earlier[0] > published:  # more than a year ahead: not a year-less date read forward
        return found
    return found.model_copy(update={"start": earlier[0].isoformat(), "end": earlier[1].isoformat(), "note": PAST_NOTE})


def told_past_on(trigger: Token, found: TimeRef, past_tags: frozenset[str]) -> bool:
    """Whether the trigger is a verb in the past tense and ``found``'s expression hangs on it, no other verb
    between ("captured in July", "On June 14, militants stormed"), not on a verb of its complement."""
    if trigger.tag_ not in past_tags or not found.evidence:
        return False
    start = found.evidence[0].start
    token = next((t for t in trigger.sent if t.idx >= start), None)
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token is not None and token.i == trigger.i


def _year_before(day: date) -> date:
    """The same month and day a year earlier (the month's last day for 29 February)."""
    last = calendar.monthrange(day.year - 1, day.month)[1]
    return date(day.year - 1, day.month, min(day.day, last))
