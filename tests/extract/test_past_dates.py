"""A year-less month or day of an act told in the past tense is the last one before publication (fiction)."""

from __future__ import annotations

import pytest

from sitreps import pipeline
from sitreps.extract.past_dates import PAST_NOTE, before_publication
from sitreps.ingest import document_id
from sitreps.models import DatePrecision, Document, DocumentStatus, EventMention, Span, TimeRef

PUBLISHED = "2024-05-01"
RETOLD = ("Gunmen kill four at checkpoint in Tillaberi\n\n"
          "NIAMEY - Gunmen attacked an army checkpoint near Tera on Monday, killing four soldiers, a security "
          "source said.\n\n"
          "The attackers came from Petelkole, a village which the jihadists seized in August after a week of "
          "fighting.")


def _time(said: str, start: str, end: str, precision: DatePrecision = DatePrecision.MONTH) -> TimeRef:
    return TimeRef(start=start, end=end, precision=precision, note="date after publication (2024-05-01)",
                   evidence=[Span(start=0, end=len(said), text=said)])


def _incidents(text: str) -> list[EventMention]:
    document = Document(id=document_id(text), text=text, published_at=PUBLISHED, language="en",
                        status=DocumentStatus.PENDING)
    return next(iter(pipeline.process([document]))).events


def test_past_month_after_publication_is_last_years() -> None:
    moved = before_publication(_time("in July", "2024-07-01", "2024-07-31"), True, PUBLISHED)
    assert (moved.start, moved.end, moved.note) == ("2023-07-01", "2023-07-31", PAST_NOTE)


def test_past_day_after_publication_is_last_years() -> None:
    found = _time("on June 14", "2024-06-14", "2024-06-14", DatePrecision.DAY)
    assert before_publication(found, True, PUBLISHED).start == "2023-06-14"


@pytest.mark.parametrize(("found", "past"), [
    (_time("in July", "2024-07-01", "2024-07-31"), False),  # "will hold a vote in July": a coming month
    (_time("in July 2024", "2024-07-01", "2024-07-31"), True),  # its year stated: kept as written
    (_time("in April", "2024-04-01", "2024-04-30"), True),  # already before publication
])
def test_near_misses_are_kept(found: TimeRef, past: bool) -> None:
    assert before_publication(found, past, PUBLISHED) == found


def test_retold_capture_is_background_and_apart() -> None:
    incidents = _incidents(RETOLD)
    seized = next(m for m in incidents if any(s.text == "seized" for s in (m.trigger, *m.retellings)))
    assert seized.background and seized.time is not None and seized.time.start == "2023-08-01"
    assert any(not m.background and m is not seized for m in incidents)


COMING = ("Government and rebels agree truce in Bangui\n\n"
          "BANGUI - The government and the rebel coalition signed a truce in Bangui on Monday, a mediator said. "
          "The two sides also agreed to resume talks in August, he said.")


def test_coming_month_of_a_complement_is_kept() -> None:
    """The month of "agreed to resume talks in August" is the coming talks', not the agreement's."""
    agreed = next(m for m in _incidents(COMING) if any(s.text.startswith("agreed") for s in (m.trigger, *m.retellings)))
    assert agreed.time is None or agreed.time.start is None or agreed.time.start >= PUBLISHED
    assert not agreed.background
