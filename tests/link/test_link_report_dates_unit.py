"""Which reports date an event no report dates: hand-built documents, fiction written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from conftest import KHARKIV, make_doc, strike
from sitreps.link.linker import Linker
from sitreps.link.report_dates import PASSING_DATE_NOTE, REPORT_DATE_NOTE, dated_by_report, report_date, stated_time
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
    dated = report_date(doc, doc.events[0])
    assert dated is not None and (dated.start, dated.end, dated.precision) == ("2024-03-04", "2024-03-04",
                                                                             DatePrecision.WEEK)
    assert dated_by_report(dated) and stated_time(dated) is None


def test_no_publication_date_no_report_date() -> None:
    doc = _report("d2", None, LEAD)
    assert report_date(doc, doc.events[0]) is None


def test_a_later_paragraph_is_dated_in_passing_and_background_not_at_all() -> None:
    later = _report("d3", "2024-03-04", f"{LATER}\n{LEAD}")
    passing = report_date(later, later.events[0])
    assert passing is not None and (passing.start, passing.precision) == ("2024-03-04", DatePrecision.MONTH)
    assert passing.note == PASSING_DATE_NOTE and dated_by_report(passing)
    lead = _report("d4", "2024-03-04", LEAD)
    background = lead.model_copy(update={"events": [lead.events[0].model_copy(update={"background": True})]})
    assert report_date(background, background.events[0]) is None


def test_a_stated_time_is_kept() -> None:
    doc = make_doc("d5", f"{HEADLINE}\n\n{LEAD}", "2024-03-04", "Wire", strike())
    assert report_date(doc, doc.events[0]) is None  # it states 3 March itself


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
