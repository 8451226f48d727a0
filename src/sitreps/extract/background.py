"""Background: whether a dated incident is over well before the article, and recent enough to follow up.

A specific incident dated well before the news it comes with ("hostilities resumed in August 2023") is
kept but flagged ``background``, so exports and digests can leave it out; one at most two months old can
still be the incident an article follows up (an inquiry, a rights report, a funeral weeks later), which
``extract.incidents`` lets an undated lead retell. Both are measured on the mention's time against the
article's reference date, and a mention dated to the day is told apart from one dated more loosely. Kept
apart from the readings of the trigger's words (``extract.event_classes``, ``extract.unreported_acts``)
because it reads only dates: no parse, no word list.

Relies on: the mention's normalised time (its end and precision) and the article's reference date.
"""

from __future__ import annotations

from datetime import date

from sitreps.models import DatePrecision, EventMention

# An incident that ended this many days before the article's reference date is background:
# wire copy reports the news of the last days; a week is ACLED's usual reporting lag, doubled.
BACKGROUND_DAYS = 14
# A background incident at most this many days old can be the one an article follows up (an
# inquiry, a rights report, a funeral weeks later): two months, as such reports come within weeks.
# Older incidents are history. Without a bound, real-news dev merged a riot article's undated lead
# with the riots of 2005 it recalls (dates 0.720 -> 0.697).
FOLLOW_UP_DAYS = 60


def day_dated(mention: EventMention) -> bool:
    return mention.time is not None and mention.time.precision is DatePrecision.DAY


def _days_before(mention: EventMention, reference: date | None) -> int | None:
    """How many days before the article's reference date the mention's incident ended; None if undated."""
    time = mention.time
    if reference is None or time is None or time.end is None or time.precision is DatePrecision.UNKNOWN:
        return None
    try:
        end = date.fromisoformat(time.end[:10])
    except ValueError:
        return None
    return (reference - end).days


def is_background(mention: EventMention, reference: date | None) -> bool:
    """Dated, and over well before the article's reference date."""
    before = _days_before(mention, reference)
    return before is not None and before > BACKGROUND_DAYS


def is_followed_up(mention: EventMention, reference: date | None) -> bool:
    """Background, but recent enough to be the incident a report follows up ("a rights group said on
    Thursday that the strike of January 3 killed 19 civilians"), not history ("the riots of 2005")."""
    before = _days_before(mention, reference)
    return before is not None and BACKGROUND_DAYS < before <= FOLLOW_UP_DAYS
