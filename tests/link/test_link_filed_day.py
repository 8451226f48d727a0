"""A wire report filed on one day and run later: its undated news takes the day its dateline states.

Fiction in the style of several wires and conflicts, written for these tests. The dateline names a day
before publication ("KABUL, April 28 (Wire) -"); the incident it leads with states no day of its own, so
the day it was filed stands for it, not the day the outlet published it.
"""

from __future__ import annotations

import pytest
from link_helpers import make_doc, strike

from sitreps.export.records import STATED_DAY_NOTES
from sitreps.link.report_dates import DATELINE_DAY_NOTE, filed_day, given_by, report_dates
from sitreps.models import DatePrecision, Document, TimeRef

PUBLISHED = "2024-05-01"
# (text, trigger, the dateline's day)
STORIES = [
    ("KABUL, April 28 (Wire) - A roadside bomb killed two policemen in Helmand province, officials said.",
     "killed", "2024-04-28"),
    ("MOGADISHU, April 29 (Wire) — Fighters attacked an army base in Lower Shabelle, killing four soldiers.",
     "attacked", "2024-04-29"),
    ("KINSHASA, 27 April – Militiamen killed 12 civilians in an attack on a village in Ituri province.",
     "killed", "2024-04-27"),
]


def _story(text: str, trigger: str) -> Document:
    doc = make_doc("w1", text, PUBLISHED, "Outlet w1", strike(trigger=trigger, time=None))
    undated = TimeRef(start=None, end=PUBLISHED, precision=DatePrecision.UNKNOWN, evidence=[doc.events[0].trigger])
    return doc.model_copy(update={"events": [doc.events[0].model_copy(update={"time": undated})]})


@pytest.mark.parametrize("story", STORIES, ids=["afghanistan", "somalia", "congo"])
def test_undated_news_takes_the_day_its_dateline_states(story: tuple[str, str, str]) -> None:
    text, trigger, day = story
    doc = _story(text, trigger)
    assert filed_day(doc) == day
    dated = report_dates(doc)[doc.events[0].id]
    assert (dated.start, dated.note) == (day, DATELINE_DAY_NOTE)
    assert DATELINE_DAY_NOTE in STATED_DAY_NOTES and given_by(dated, PUBLISHED)


@pytest.mark.parametrize("text", [
    # filed the day it was published: the publication date, as before
    "LAGOS, May 1 (Wire) - Gunmen kidnapped three students from a school in Ogun state, police said.",
    # no dateline at all
    "Gunmen kidnapped three students from a school in Ogun state, police said.",
])
def test_no_earlier_dateline_leaves_the_publication_date(text: str) -> None:
    doc = _story(text, "kidnapped")
    assert filed_day(doc) is None
    assert report_dates(doc)[doc.events[0].id].start == PUBLISHED
