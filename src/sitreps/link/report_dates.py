"""The date of a linked event whose reports state none: the publication date of its main report.

ACLED codes an event whose source gives no day by the source's date, at a
coarser precision. sitreps does the same, but only for a *linked event*, only
from reports that tell it as news in the past tense or as going on (not as background), those
leading with it (headline or first body paragraph) first, and only from a real
publication date, never the day sitreps ingested the article. Mentions keep
their honest "before publication" time, so the project gold (which scores
stated times) is unaffected; the event's ``TimeRef`` says it was dated by its
report (``REPORT_DATE_NOTES``), so exports can give the basis and linking never
treats it as a stated time.
"""

from __future__ import annotations

from sitreps.annotate.dateline import body_start
from sitreps.models import DatePrecision, Document, Event, EventMention, TimeRef

REPORT_DATE_NOTE = "no date stated: dated by its report (the publication date of the article it leads)"
PASSING_DATE_NOTE = "no date stated: dated by its report (the publication date of an article telling it in passing)"
REPORT_DATE_NOTES = (REPORT_DATE_NOTE, PASSING_DATE_NOTE)
"""A report leading with the event dates it before one that tells it further down (measured on the
real-news dev split: dating from lead mentions only gained one event's date, from every undated
past-tense report five in all; linking is unchanged since it never reads these dates)."""
REPORT_DATE_PRECISION = DatePrecision.WEEK
"""A fresh incident an article leads with is reported on its day or within days: ACLED's week-level
time precision (ACLED's 2): a date within a week of the day given."""
PASSING_DATE_PRECISION = DatePrecision.MONTH
"""An incident told further down may be weeks older than the report: month precision (ACLED's 3)."""


def dated_by_report(time: TimeRef | None) -> bool:
    """Whether a time is a publication date standing in for an unstated one."""
    return time is not None and time.note in REPORT_DATE_NOTES


def stated_time(time: TimeRef | None) -> TimeRef | None:
    """A time only when a report states it (a report date says nothing about when it happened)."""
    return None if dated_by_report(time) else time


def _in_lead(document: Document, mention: EventMention) -> bool:
    """Whether the mention's sentence is in the headline or the body's first paragraph."""
    text = document.text
    start = body_start(text)
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    return mention.sentence.start < (len(text) if end < 0 else end)


def _undated_past(time: TimeRef | None) -> bool:
    """The extractor's "before publication" time: told in the past tense (or as going on at
    publication), no date stated."""
    return time is not None and time.start is None and time.end is not None and (
        time.precision is DatePrecision.UNKNOWN
    )


def report_date(document: Document, mention: EventMention) -> TimeRef | None:
    """The time an undated, past-tense mention of the news (not background) takes from its article's
    publication date, if the article has one; noted as leading the article or told in passing."""
    published = document.published_at
    if not published or mention.background or not _undated_past(mention.time):
        return None
    day = published[:10]
    lead = _in_lead(document, mention)
    note, precision = (REPORT_DATE_NOTE, REPORT_DATE_PRECISION) if lead else (PASSING_DATE_NOTE,
                                                                               PASSING_DATE_PRECISION)
    evidence = mention.time.evidence if mention.time is not None else []
    return TimeRef(start=day, end=day, precision=precision, note=note, evidence=evidence)


def earliest(times: list[TimeRef]) -> TimeRef | None:
    """The earliest publication date among the reports leading with the event, else among all."""
    return min(times, key=lambda t: (t.note != REPORT_DATE_NOTE, t.start or ""), default=None)


def event_date(event: Event) -> str | None:
    """The date to show for a linked event: its time (stated, or its main report's publication date),
    else unknown. Never ``first_reported``, which for an undated article is the day it was ingested."""
    return event.time.start if event.time is not None and event.time.start else None


def event_date_label(event: Event) -> str:
    """``event_date`` for people: "?" when unknown, "(dated by report)" when no report states it."""
    day = event_date(event)
    if day is None:
        return "?"
    return f"{day[:10]} (dated by report)" if dated_by_report(event.time) else day[:10]
