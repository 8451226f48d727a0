"""An article whose lead dates only what was said: its undated details take the day its body states.

Fiction in the style of several outlets and conflicts, written for these tests. The lead dates a
statement ("confirmed on Wednesday"), the body the incident ("stormed the depot on Tuesday"); an
undated detail ("eleven passengers were killed") is the incident's day, not the publication's.
"""

from __future__ import annotations

import pytest
from link_helpers import make_doc, strike

from sitreps.export.records import STATED_DAY_NOTES
from sitreps.link.report_dates import (
    BODY_DAY_NOTE,
    LEAD_DAY_NOTE,
    PASSING_DATE_NOTE,
    body_day,
    given_by,
    report_dates,
)
from sitreps.models import DatePrecision, Document, TimeRef

# (headline, lead, dated paragraph, its trigger, its day, undated detail, its trigger, published)
STORIES = [
    ("Army says depot siege over",
     "The army spokesman confirmed on Wednesday that all the attackers had been killed.",
     "Gunmen had stormed the bus depot near Quetta on Tuesday afternoon.", "stormed", "2025-04-08",
     "Eleven passengers were shot dead before the operation began.", "shot", "2025-04-09"),
    ("Mali army says it repelled jihadists",
     "Mali's army said on Saturday that it had pushed back a jihadist assault in the centre of the country.",
     "The fighters attacked the garrison at Boni on Thursday evening, residents said.", "attacked", "2024-02-08",
     "Six soldiers died and two trucks were burned.", "burned", "2024-02-10"),
    ("Colombia vows to find kidnapped mayor",
     "Colombian authorities vowed on Monday to find the kidnappers of a border town's mayor.",
     "Armed men seized the mayor on Sunday on a rural road near the Venezuelan border.", "seized", "2023-11-12",
     "The gunmen also abducted his driver, police said.", "abducted", "2023-11-13"),
]


def _story(headline: str, lead: str, dated: str, dated_trigger: str, day: str, detail: str,
           detail_trigger: str, published: str | None, *, background: bool = False) -> Document:
    """Headline, a lead that dates only a statement, a paragraph that dates the incident, a detail."""
    text = f"{headline}\n\n{lead}\n\n{dated}\n\n{detail}"
    doc = make_doc("b1", text, published or "", "Outlet b1", strike(trigger=dated_trigger, time=(day, "day")),
                   strike(type="attack_on_civilians", trigger=detail_trigger, time=None))
    end = published[:10] if published else None
    undated = TimeRef(start=None, end=end, precision=DatePrecision.UNKNOWN, evidence=[doc.events[1].trigger])
    events = [doc.events[0].model_copy(update={"background": background}),
              doc.events[1].model_copy(update={"time": undated})]
    return doc.model_copy(update={"events": events, "published_at": published})


@pytest.mark.parametrize("story", STORIES, ids=["pakistan-wire", "sahel-afp-style", "colombia-local"])
def test_an_undated_detail_takes_the_day_the_body_states(story):
    doc = _story(*story)
    _, _, _, _, day, _, _, published = story
    assert body_day(doc) == day
    dated = report_dates(doc).get(doc.events[1].id)
    assert dated is not None and (dated.start, dated.note, dated.precision) == (day, BODY_DAY_NOTE,
                                                                             DatePrecision.MONTH)
    assert given_by(dated, published) and BODY_DAY_NOTE in STATED_DAY_NOTES


def test_a_day_older_than_the_window_is_another_incident_recalled():
    # Near miss: "the garrison at Boni was attacked on 1 February" in a report of the 10th.
    story = list(STORIES[1])
    story[4] = "2024-02-01"
    doc = _story(*story)
    assert body_day(doc) is None
    dated = report_dates(doc).get(doc.events[1].id)
    assert dated is not None and (dated.start, dated.note) == ("2024-02-10", PASSING_DATE_NOTE)


def test_a_day_the_lead_states_comes_before_the_body_day():
    # Near miss: the lead itself dates the news ("clashed on Monday"); the body's Sunday is not used.
    text = ("Clashes in the hills\n\nRebels and soldiers clashed on Monday in the hills above the town.\n\n"
            "Gunmen had stormed a checkpoint on Sunday.\n\nFour people were killed, a medic said.")
    doc = make_doc("b2", text, "2024-05-07", "Outlet b2", strike(trigger="clashed", time=("2024-05-06", "day")),
                   strike(trigger="stormed", time=("2024-05-05", "day")),
                   strike(type="attack_on_civilians", trigger="killed", time=None))
    undated = TimeRef(start=None, end="2024-05-07", evidence=[doc.events[2].trigger])
    doc = doc.model_copy(update={"events": [*doc.events[:2], doc.events[2].model_copy(update={"time": undated})]})
    dated = report_dates(doc).get(doc.events[2].id)
    assert dated is not None and (dated.start, dated.note) == ("2024-05-06", LEAD_DAY_NOTE)


def test_background_and_undated_articles_give_no_body_day():
    background = _story(*STORIES[2], background=True)
    assert body_day(background) is None
    unpublished = _story(*STORIES[0][:7], None)
    assert body_day(unpublished) is None
