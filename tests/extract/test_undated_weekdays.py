"""An undated article's weekdays read against the latest full date it states (round 30, wire part y).

Such an article was written on or after that day, so a weekday told alone is the occurrence nearest it: the
pursuit "on Monday" after an attack "on the night of Sunday, November 29" is the 30th, not the 23rd."""

from __future__ import annotations

from extract_helpers import start_told

from sitreps import pipeline
from sitreps.ingest import document_id
from sitreps.models import DatePrecision, Document, DocumentStatus

STORY = ("LAKE TOWN - Rebels in boats attacked an army post on the island of Kerema on the night of Sunday, "
         "November 29, 2026, killing six soldiers, the army said.\n\n"
         "On Monday, army helicopters bombed rebel boats off the island of Kerema, the army said.")


def test_a_weekday_after_the_stated_day_is_read_forward() -> None:
    document = Document(id=document_id(STORY), text=STORY, published_at=None, language="en",
                        status=DocumentStatus.PENDING)
    mentions = next(iter(pipeline.process([document]))).events
    assert start_told(mentions, "attacked") == ("2026-11-29", DatePrecision.DAY)
    assert start_told(mentions, "bombed") == ("2026-11-30", DatePrecision.DAY)
