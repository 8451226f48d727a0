"""A linked event's day: the one a headline or lead states ranks before a day told further down.

Fiction in the style of several outlets. A row that holds a report from deep in an article often
holds an earlier incident the article recalls; the day the lead gives is the one the outlet dates
its news by. Finer days still rank first, and with no lead day the earliest day wins as before.
"""

from __future__ import annotations

import pytest
from link_helpers import ODESA, make_doc, strike

from sitreps.link.consensus import build_fields
from sitreps.link.contributions import Contribution
from sitreps.link.regroup import catalog_of
from sitreps.models import Event, MentionRef


def _refs(*ids: str) -> dict[str, MentionRef]:
    return {m: MentionRef(mention_id=m, document_id=m, outlet=f"Outlet {m}", published_at="2024-06-30",
                          originator=f"text:{m}") for m in ids}


def _day(day: str, mention_id: str, label: str | None = None) -> Contribution:
    return Contribution("time", f"{day}/{day}", label or day, mention_id, None)


def _time(event: Event) -> str:
    return str(next(f for f in event.fields if f.field == "time").value)


@pytest.mark.parametrize(("lead_day", "later_day"), [
    ("2023-06-01", "2023-05-29"),  # a pre-dawn strike on Thursday; "a daytime attack on Monday" recalled below
    ("2025-05-14", "2025-05-12"),  # fighting flared again on Wednesday; "clashes broke out late on Monday"
    ("2019-11-08", "2019-11-02"),  # police fired tear gas on Friday; "a march last Saturday" told further down
])
def test_the_day_a_lead_states_ranks_before_an_earlier_day_told_further_down(lead_day, later_day):
    contributions = [_day(later_day, "deep"), _day(lead_day, "lead")]
    (time,) = build_fields(contributions, _refs("deep", "lead"), leads=frozenset({"lead"}))
    assert time.value == f"{lead_day}/{lead_day}"


def test_without_a_lead_day_the_earliest_day_still_wins():
    # Near miss: two reports further down, "broke out late on Monday" and "calmed on Wednesday".
    contributions = [_day("2025-05-14", "m1"), _day("2025-05-12", "m2")]
    (time,) = build_fields(contributions, _refs("m1", "m2"), leads=frozenset())
    assert time.value == "2025-05-12/2025-05-12"


def test_a_lead_range_does_not_beat_a_single_day_told_further_down():
    # Near miss: the lead says "over the weekend", the body "on Saturday night": the day is finer.
    contributions = [Contribution("time", "2015-07-11/2015-07-12", "over the weekend", "lead", None),
                     _day("2015-07-11", "deep", "on Saturday night")]
    (time,) = build_fields(contributions, _refs("lead", "deep"), leads=frozenset({"lead"}))
    assert time.value == "2015-07-11/2015-07-11"


def test_a_lead_that_recalls_background_does_not_date_the_news():
    contributions = [_day("2024-06-26", "news"), _day("2024-05-02", "recalled")]
    (time,) = build_fields(contributions, _refs("news", "recalled"), background=frozenset({"recalled"}),
                           leads=frozenset({"recalled"}))
    assert time.value == "2024-06-26/2024-06-26"


def test_the_linker_dates_a_row_by_the_report_that_leads_with_it(linker_factory):
    # A wire's lead dates the strike Tuesday; a local paper tells it in its third paragraph under
    # Sunday's date (an earlier strike on the same block it runs together with this one).
    wire = "A Russian drone struck an apartment block in Kharkiv on Tuesday, killing five, the governor said."
    local = ("Kharkiv residents swept glass from the streets.\n\nThe mayor asked for calm.\n\n"
             "A Russian drone struck the block on Sunday, killing five, the governor said.")
    docs = [make_doc("w1", wire, "2024-03-05", "Wire One", strike(time=("2024-03-05", "day"))),
            make_doc("l1", local, "2024-03-05", "Kharkiv Local", strike(time=("2024-03-03", "day")))]
    linker = linker_factory()
    for doc in docs:
        linker.add(doc)
    assert linker.catalog.leads >= {"w1:m0"} and "l1:m0" not in linker.catalog.leads
    (event,) = [e for e in linker.events() if e.type == "air_drone_strike"]
    assert _time(event) == "2024-03-05/2024-03-05"
    assert event.time is not None and event.time.start == "2024-03-05"


def test_a_stored_event_keeps_the_standing_its_day_was_chosen_with(linker_factory):
    text = "A drone struck the port of Odesa on Friday, killing five, the governor said."
    linker = linker_factory()
    linker.add(make_doc("o1", text, "2024-04-06", "Black Sea Wire", strike(place=ODESA, time=("2024-04-05", "day"))))
    (stored,) = linker.events()
    catalog = catalog_of([stored])
    assert catalog.leads == {"o1:m0"}


def test_a_later_batch_gives_the_same_day_as_one_batch(linker_factory):
    # The wire's lead (Tuesday) is stored first; the local paper's deep report (Sunday) arrives in a
    # later batch and joins the stored event: its day stays the lead's, as when both came at once.
    wire = "A Russian drone struck an apartment block in Kharkiv on Tuesday, killing five, the governor said."
    local = ("Kharkiv residents swept glass from the streets.\n\nThe mayor asked for calm.\n\n"
             "A Russian drone struck the block on Sunday, killing five, the governor said.")
    first = linker_factory()
    first.add(make_doc("w2", wire, "2024-03-05", "Wire One", strike(time=("2024-03-05", "day"))))
    later = linker_factory(existing=first.events())
    later.add(make_doc("l2", local, "2024-03-05", "Kharkiv Local", strike(time=("2024-03-03", "day"))))
    (event,) = [e for e in later.events() if e.type == "air_drone_strike"]
    assert len(event.mentions) == 2 and _time(event) == "2024-03-05/2024-03-05"
