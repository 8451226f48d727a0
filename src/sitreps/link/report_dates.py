"""The date of a linked event whose reports state none: the day its main report gives its news.

ACLED codes an event whose source gives no day by the source's date, at a
coarser precision. sitreps does the same, but only for a *linked event*, only
from reports that tell it as news in the past tense or as going on (not as background), those
leading with it (headline or first body paragraph) first. The day is the one the report's lead
states for its news ("attacked a camp on Monday", read against the publication date, or for an
article without one against the latest full date it states) when the lead states one, else the
earliest day its body states for its news within days before publication (``body_day``), else the
day its dateline states before publication (``filed_day``), else the report's publication date;
never the day sitreps ingested the article. Mentions keep their honest "before publication" time,
so the project gold (which scores stated times) is unaffected; the event's ``TimeRef`` says it was dated by its
report (``REPORT_DATE_NOTES``), so exports can give the basis and linking never
treats it as a stated time.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from sitreps.annotate.dateline import body_start
from sitreps.extract.times import UNPUBLISHED_PAST_NOTE
from sitreps.models import DatePrecision, Document, Event, EventMention, TimeRef
from sitreps.resolve.reference import dateline_day

CACHED_TEXTS = 16
"""How many documents' lead ends are remembered: one document's mentions ask in a row."""
REPORT_DATE_NOTE = "no date stated: dated by its report (the publication date of the article it leads)"
PASSING_DATE_NOTE = "no date stated: dated by its report (the publication date of an article telling it in passing)"
LEAD_DAY_NOTE = "no date stated: dated by its report (the day the lead of the article telling it states)"
BODY_DAY_NOTE = "no date stated: dated by its report (the day its body states for its news, days before publication)"
DATELINE_DAY_NOTE = "no date stated: dated by its report (the day its dateline states, before its publication)"
STATED_DAY_NOTES = (LEAD_DAY_NOTE, BODY_DAY_NOTE, DATELINE_DAY_NOTE)
"""Report dates that are a day the report states for its news, not its publication date."""
REPORT_DATE_NOTES = (REPORT_DATE_NOTE, PASSING_DATE_NOTE, *STATED_DAY_NOTES)
"""A report leading with the event dates it before one that tells it further down (measured on the
real-news dev split: dating from lead mentions only gained one event's date, from every undated
past-tense report five in all; linking is unchanged since it never reads these dates)."""
REPORT_DATE_PRECISION = DatePrecision.WEEK
"""A fresh incident an article leads with is reported on its day or within days: ACLED's week-level
time precision (ACLED's 2): a date within a week of the day given."""
PASSING_DATE_PRECISION = DatePrecision.MONTH
"""An incident told further down may be weeks older than the report: month precision (ACLED's 3)."""
LEAD_DAY_SPAN = 1
"""The most days a lead's stated time may span and still give its news a day ("overnight" spans the
night before publication and its morning: its first day is the night's)."""
BODY_DAY_WINDOW = 3
"""The most days before publication a day stated further down may lie and still date the undated
news of an article whose lead states none: a report comes out within days of its incident, and an
older day in the body is more often another incident it recalls. Measured on the real-news dev split
(1 and 3 days gained the same three events, 7 days lost one of them); test split flat."""


def dated_by_report(time: TimeRef | None) -> bool:
    """Whether a time is a publication date standing in for an unstated one."""
    return time is not None and time.note in REPORT_DATE_NOTES


def given_by(time: TimeRef | None, published_at: str | None) -> bool:
    """Whether a stored event's report date may be one a report published on ``published_at`` gave:
    its publication day, or a day its lead stated, on or before it (relinking restores it to them).
    An undated report can only have given a day its lead stated."""
    day = (published_at or "")[:10]
    if not dated_by_report(time) or time is None or not time.start:
        return False
    if not day:
        return time.note in STATED_DAY_NOTES
    return time.start == day or (time.note in STATED_DAY_NOTES and time.start <= day)


def stated_time(time: TimeRef | None) -> TimeRef | None:
    """A time only when a report states it (a report date says nothing about when it happened)."""
    return None if dated_by_report(time) else time


def in_lead(document: Document, mention: EventMention) -> bool:
    """Whether the mention's sentence is in the headline or the body's first paragraph."""
    return mention.sentence.start < _lead_end(document.text)


@lru_cache(maxsize=CACHED_TEXTS)
def _lead_end(text: str) -> int:
    """Where the body's first paragraph ends (``lead_day`` asks once per mention of a document)."""
    start = body_start(text)
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _undated_past(time: TimeRef | None) -> bool:
    """The extractor's "before publication" time: told in the past tense (or as going on at
    publication), no date stated; or told in the past tense in an article with no publication date."""
    return time is not None and time.start is None and time.precision is DatePrecision.UNKNOWN and (
        time.end is not None or time.note == UNPUBLISHED_PAST_NOTE)


def report_dates(document: Document) -> dict[str, TimeRef]:
    """Mention id -> the time each undated, past-tense mention of the news takes from its report
    (``_report_date``); the lead's day is worked out once for the whole document."""
    stated = lead_day(document)
    note = LEAD_DAY_NOTE
    if stated is None:
        stated, note = body_day(document), BODY_DAY_NOTE
    if stated is None:
        stated, note = filed_day(document), DATELINE_DAY_NOTE
    dated = ((m.id, _report_date(document, m, stated, note)) for m in document.events)
    return {mention_id: time for mention_id, time in dated if time is not None}


def _report_date(document: Document, mention: EventMention, stated: str | None, stated_note: str) -> TimeRef | None:
    """The time an undated, past-tense mention of the news (not background) takes from its report:
    ``stated``, the day the article states for its news (its lead's, else its body's: ``stated_note``
    says which), else its publication date; noted as such, and as leading the article or told in
    passing (which sets the precision)."""
    if mention.background or not _undated_past(mention.time):
        return None
    lead = in_lead(document, mention)
    precision = REPORT_DATE_PRECISION if lead else PASSING_DATE_PRECISION
    evidence = mention.time.evidence if mention.time is not None else []
    if stated is not None:
        return TimeRef(start=stated, end=stated, precision=precision, note=stated_note, evidence=evidence)
    if not document.published_at:
        return None
    day = document.published_at[:10]
    note = REPORT_DATE_NOTE if lead else PASSING_DATE_NOTE
    return TimeRef(start=day, end=day, precision=precision, note=note, evidence=evidence)


def lead_day(document: Document) -> str | None:
    """The earliest day the headline and lead state for the news they tell, else None.

    A report dates its main incident once, in its lead ("militiamen attacked a camp on Monday"),
    and tells its details further down without a date ("at least 12 people were burned alive"):
    those details are the lead's day, not the day the report came out (measured on the real-news
    dev split: undated rows of published reports were a day after the event in six of ten). Only
    stated times of the news count (not background, no publication stand-in), a day or a night
    (``LEAD_DAY_SPAN``), not after publication; the earliest, since a lead tells an incident and
    then what came of it ("agreed to a ceasefire on Wednesday, a day after forces launched").
    """
    published = (document.published_at or "")[:10]
    return min((d for m in document.events if in_lead(document, m) and (d := _news_day(m, published))),
               default=None)


def body_day(document: Document) -> str | None:
    """The earliest day a mention of the news further down states, at most ``BODY_DAY_WINDOW`` days
    before publication, else None (and None for an article without a publication date).

    A lead may date only what was said ("the army confirmed on Wednesday that all the attackers were
    killed") and leave the incident's day to the body ("had stopped the train on March 11"); the
    body's undated details ("21 passengers were killed") are that day's, not the publication's.
    """
    published = (document.published_at or "")[:10]
    if not published:
        return None
    oldest = (date.fromisoformat(published) - timedelta(days=BODY_DAY_WINDOW)).isoformat()
    return min((d for m in document.events if not in_lead(document, m) and (d := _news_day(m, published))
                and d >= oldest), default=None)


def filed_day(document: Document) -> str | None:
    """The day the dateline states ("KABUL, April 28 (Wire) -") when it is before publication: a wire
    report filed that day and published later (a reprint, a weekly) gives its undated news the day it
    was filed, not the day the outlet ran it."""
    published = (document.published_at or "")[:10]
    if not published:
        return None
    filed = dateline_day(document.text, date.fromisoformat(published))
    return filed.isoformat() if filed is not None and filed.isoformat() < published else None


def _news_day(mention: EventMention, published: str) -> str | None:
    """The day a mention of the news states for itself: a day or a night (``LEAD_DAY_SPAN``), not
    after publication, not background; else None."""
    time = mention.time
    if (mention.background or time is None or time.precision is not DatePrecision.DAY or not time.start
            or not time.end or (published and time.start[:10] > published)):
        return None
    span = (date.fromisoformat(time.end[:10]) - date.fromisoformat(time.start[:10])).days
    return time.start[:10] if span <= LEAD_DAY_SPAN else None


def earliest(times: list[TimeRef]) -> TimeRef | None:
    """The earliest report date among the reports leading with the event, else among all."""
    return min(times, key=lambda t: (t.precision is not REPORT_DATE_PRECISION, t.start or ""), default=None)


def event_date(event: Event) -> str | None:
    """The date to show for a linked event: its time (stated, or its main report's publication date),
    else unknown. Never ``first_reported``: the earliest publication date among its reports, which says
    when it was written about, not when it happened."""
    return event.time.start if event.time is not None and event.time.start else None


def event_date_label(event: Event) -> str:
    """``event_date`` for people: "?" when unknown, "(dated by report)" when no report states it."""
    day = event_date(event)
    if day is None:
        return "?"
    return f"{day[:10]} (dated by report)" if dated_by_report(event.time) else day[:10]
