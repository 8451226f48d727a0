"""Which reports date an event no report dates: hand-built documents, fiction written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from link_helpers import KHARKIV, make_doc, strike

from sitreps.extract.times import UNPUBLISHED_PAST_NOTE
from sitreps.link.linker import Linker
from sitreps.link.report_dates import (
    LEAD_DAY_NOTE,
    PASSING_DATE_NOTE,
    REPORT_DATE_NOTE,
    dated_by_report,
    earliest,
    given_by,
    lead_day,
    report_dates,
    stated_time,
)
from sitreps.models import DatePrecision, Document, TimeRef

HEADLINE = "Drone strike hits Kharkiv apartment block"
LEAD = "A Russian drone struck an apartment block in Kharkiv, killing five, the governor said."
LATER = "Rescuers searched the rubble for hours."


def _undated(doc: Document) -> Document:
    """The document with every mention told in the past tense and no date (the extractor's reading)."""
    end = doc.published_at[:10] if doc.published_at else None
    events = [m.model_copy(update={"time": TimeRef(start=None, end=end, evidence=[m.trigger]) if end else None})
              for m in doc.events]
    return doc.model_copy(update={"events": events})


def _report(doc_id: str, published: str | None, body: str, **extra: object) -> Document:
    spec = strike(time=None, **extra)
    return _undated(make_doc(doc_id, f"{HEADLINE}\n\n{body}", published or "", "Outlet " + doc_id, spec)
                    .model_copy(update={"published_at": published}))


def test_a_lead_mention_of_a_published_report_is_dated_by_it() -> None:
    doc = _report("d1", "2024-03-04", LEAD)
    dated = report_dates(doc).get(doc.events[0].id)
    assert dated is not None and (dated.start, dated.end, dated.precision) == ("2024-03-04", "2024-03-04",
                                                                             DatePrecision.WEEK)
    assert dated_by_report(dated) and stated_time(dated) is None


def test_no_publication_date_no_report_date() -> None:
    doc = _report("d2", None, LEAD)
    assert report_dates(doc).get(doc.events[0].id) is None


def test_a_later_paragraph_is_dated_in_passing_and_background_not_at_all() -> None:
    later = _report("d3", "2024-03-04", f"{LATER}\n{LEAD}")
    passing = report_dates(later).get(later.events[0].id)
    assert passing is not None and (passing.start, passing.precision) == ("2024-03-04", DatePrecision.MONTH)
    assert passing.note == PASSING_DATE_NOTE and dated_by_report(passing)
    lead = _report("d4", "2024-03-04", LEAD)
    background = lead.model_copy(update={"events": [lead.events[0].model_copy(update={"background": True})]})
    assert report_dates(background).get(background.events[0].id) is None


def test_a_stated_time_is_kept() -> None:
    doc = make_doc("d5", f"{HEADLINE}\n\n{LEAD}", "2024-03-04", "Wire", strike())
    assert report_dates(doc).get(doc.events[0].id) is None  # it states 3 March itself


def test_the_event_takes_the_earliest_main_report(linker_factory: Callable[..., Linker]) -> None:
    linker = linker_factory()
    linker.add_many([_report("e1", "2024-03-05", LEAD), _report("e2", "2024-03-04", LEAD)])
    (event,) = linker.events()
    assert event.time is not None and event.time.start == "2024-03-04" and event.time.note == REPORT_DATE_NOTE


def test_a_stated_time_beats_a_report_date(linker_factory: Callable[..., Linker]) -> None:
    linker = linker_factory()
    stated = make_doc("s1", f"{HEADLINE}\n\n{LEAD}", "2024-03-05", "Wire", strike(place=KHARKIV))
    linker.add_many([_report("s2", "2024-03-04", LEAD), stated])
    (event,) = linker.events()
    assert event.time is not None and event.time.start == "2024-03-03" and not dated_by_report(event.time)


def test_a_report_leading_with_the_event_dates_it_before_one_telling_it_in_passing(
    linker_factory: Callable[..., Linker],
) -> None:
    linker = linker_factory()
    linker.add_many([_report("p1", "2024-03-02", f"{LATER}\n{LEAD}"), _report("p2", "2024-03-04", LEAD)])
    (event,) = linker.events()
    assert event.time is not None and event.time.start == "2024-03-04" and event.time.note == REPORT_DATE_NOTE


DATED_LEAD = "A Russian drone struck an apartment block in Kharkiv on Sunday, killing five, the governor said."
DETAIL = "Rescuers pulled two children from the rubble of the shattered stairwell."


def _lead_and_detail(published: str | None, lead_time: tuple[str, str] | None, *, background: bool = False) -> Document:
    """A report whose lead dates its strike (``lead_time`` as start/end) and whose later paragraph
    tells an undated rescue, the way the extractor leaves it (before publication)."""
    text = f"{HEADLINE}\n\n{DATED_LEAD}\n\n{DETAIL}"
    rescue = strike(type="other", trigger="pulled", time=None)
    doc = make_doc("l1", text, published or "", "Outlet l1", strike(time=None), rescue)
    end = published[:10] if published else None
    strike_time = (TimeRef(start=lead_time[0], end=lead_time[1], precision=DatePrecision.DAY,
                           evidence=[doc.events[0].trigger]) if lead_time else None)
    detail_time = TimeRef(start=None, end=end, evidence=[doc.events[1].trigger]) if end else None
    events = [doc.events[0].model_copy(update={"time": strike_time, "background": background}),
              doc.events[1].model_copy(update={"time": detail_time})]
    return doc.model_copy(update={"events": events, "published_at": published})


def test_a_detail_further_down_takes_the_day_its_lead_states() -> None:
    doc = _lead_and_detail("2024-03-04", ("2024-03-03", "2024-03-03"))
    dated = report_dates(doc).get(doc.events[1].id)
    assert dated is not None and (dated.start, dated.precision, dated.note) == ("2024-03-03", DatePrecision.MONTH,
                                                                              LEAD_DAY_NOTE)
    assert dated_by_report(dated) and stated_time(dated) is None
    assert report_dates(doc).get(doc.events[0].id) is None  # the lead's own mention states its day


def test_a_night_in_the_lead_gives_its_first_day() -> None:
    doc = _lead_and_detail("2024-03-04", ("2024-03-03", "2024-03-04"))  # "overnight", read on the 4th
    assert lead_day(doc) == "2024-03-03"


def test_the_lead_day_needs_a_day_of_the_news_before_publication() -> None:
    week = _lead_and_detail("2024-03-04", ("2024-02-26", "2024-03-03"))  # "last week": no day
    after = _lead_and_detail("2024-03-04", ("2024-03-06", "2024-03-06"))  # a day still to come
    background = _lead_and_detail("2024-03-04", ("2024-03-01", "2024-03-01"), background=True)
    for doc in (week, after, background):
        assert lead_day(doc) is None
        dated = report_dates(doc).get(doc.events[1].id)
        assert dated is not None and (dated.start, dated.note) == ("2024-03-04", PASSING_DATE_NOTE)


def test_an_unpublished_article_dates_only_its_past_news_by_its_lead_day() -> None:
    doc = _lead_and_detail(None, ("2024-03-03", "2024-03-03"))
    assert lead_day(doc) == "2024-03-03"
    assert report_dates(doc).get(doc.events[1].id) is None  # nothing says the rescue is past
    past = TimeRef(start=None, end=None, note=UNPUBLISHED_PAST_NOTE, evidence=[doc.events[1].trigger])
    told = doc.model_copy(update={"events": [doc.events[0], doc.events[1].model_copy(update={"time": past})]})
    dated = report_dates(told).get(told.events[1].id)
    assert dated is not None and (dated.start, dated.note) == ("2024-03-03", LEAD_DAY_NOTE)
    without = told.model_copy(update={"events": [told.events[1]]})  # and no lead day: no date
    assert report_dates(without).get(without.events[0].id) is None


def test_a_report_leading_with_the_event_comes_first_whatever_dates_it() -> None:
    doc = _lead_and_detail("2024-03-05", ("2024-03-03", "2024-03-03"))
    passing = report_dates(doc).get(doc.events[1].id)  # the lead's day, told in passing
    lead = _report("q2", "2024-03-04", LEAD)
    leading = report_dates(lead).get(lead.events[0].id)
    earlier = _report("q3", "2024-03-02", LEAD)
    assert passing is not None and leading is not None
    assert earliest([passing, leading]) == leading
    assert earliest([leading, passing, report_dates(earlier).get(earlier.events[0].id)]).start == "2024-03-02"


def test_relinking_gives_a_lead_day_back_to_the_reports_it_can_come_from() -> None:
    doc = _lead_and_detail("2024-03-04", ("2024-03-03", "2024-03-03"))
    dated = report_dates(doc).get(doc.events[1].id)
    report = _report("r1", "2024-03-04", LEAD)
    published = report_dates(report).get(report.events[0].id)
    assert given_by(dated, "2024-03-04") and given_by(dated, "2024-03-03") and not given_by(dated, "2024-03-02")
    assert given_by(published, "2024-03-04") and not given_by(published, "2024-03-05")
    assert given_by(dated, None) and not given_by(published, None)  # undated: states a day, publishes none
    assert not given_by(doc.events[0].time, "2024-03-04")
