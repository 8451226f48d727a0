"""The day a document's relative times ("on Wednesday", "last week") are read against.

Its publication date when it has one. A document without one (29 of ~99 real
articles carry no ``Published:`` line) still tells when its news is: wire copy
states full dates ("on Wednesday, March 5, 2025", "June 30, 2023"), and the
report was written on or after the latest of them. That day is used instead,
marked as inferred so the time note can say so. The ingest date is never used:
archives are ingested months or years after they were written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sitreps.models import DatePrecision
from sitreps.resolve.time_patterns import find_time_expressions
from sitreps.resolve.times import resolve_time

# How many distinct documents' inferred days are remembered: one document's mentions ask in a row.
CACHED_TEXTS = 16


@dataclass(frozen=True)
class Reference:
    """The anchor day for relative times, and whether it was inferred from the text."""

    day: date
    inferred: bool

    @property
    def iso(self) -> str:
        return self.day.isoformat()

    def note(self) -> str | None:
        """What a time note says of an inferred anchor (None for a publication date)."""
        if not self.inferred:
            return None
        return f"no publication date: read against {self.iso}, the latest full date the article states"


def document_reference(published_at: str | None, text: str) -> Reference | None:
    """The publication day, else the latest full date ``text`` states, else None."""
    if published_at:
        try:
            return Reference(date.fromisoformat(published_at[:10]), inferred=False)
        except ValueError:
            pass  # an unparseable stored date: fall back on the text, as for an undated document
    stated = latest_stated_day(text)
    return Reference(stated, inferred=True) if stated else None


@lru_cache(maxsize=CACHED_TEXTS)
def latest_stated_day(text: str) -> date | None:
    """The latest calendar day ``text`` names with its year ("Friday, June 30, 2023", "5 March 2025").

    Only expressions that resolve to one day without any anchor count; open
    ranges ("until 30 June 2026") look ahead, not at when the report was written.
    """
    days = []
    for start, end in find_time_expressions(text):
        resolved = resolve_time(text[start:end], None)
        if resolved.precision is DatePrecision.DAY and resolved.start and resolved.start == resolved.end:
            days.append(date.fromisoformat(resolved.start))
    return max(days, default=None)
