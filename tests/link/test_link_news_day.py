"""An undated detail of an article's lead is its lead's day when compared with another outlet's report.

A report dates its main incident once, in its lead, and tells what came with it undated ("air
defences shot down several drones", "traders said stalls were torched"). Read as undated, such a
detail scored neutral on time against every report of its city within the widened windows, and
bridged two strikes two days apart into one row (round 11's fiction batch: a Kharkiv missile
strike on Monday and a drone strike on Wednesday night). Its article's lead day
(``report_dates.lead_day``) is what pair scoring now compares; the gate between two reports of
one article still reads only stated times. Written for sitreps (fiction, several conflicts).
"""

from __future__ import annotations

import numpy as np
import pytest
from link_helpers import make_doc, strike

from sitreps.link.nodes import LinkNode, document_nodes
from sitreps.link.scoring import NEUTRAL, same_site, score_pair
from sitreps.link.similarities import DAYS_APART_SIMILARITY, time_similarity

KHARKIV = {"name": "Kharkiv", "country": "UA", "admin1": "Kharkiv", "lat": 49.99, "lon": 36.23}
OMDURMAN = {"name": "Omdurman", "country": "SD", "admin1": "Khartoum", "lat": 15.64, "lon": 32.48}
MOGADISHU = {"name": "Mogadishu", "country": "SO", "admin1": "Banaadir", "lat": 2.04, "lon": 45.34}

# (place, the other outlet's dated report and its day, the article's lead and its day, its undated detail)
CASES = {
    "kharkiv-drones": (
        KHARKIV, "A Russian missile struck an apartment block in Kharkiv on Monday, killing five.", "2025-02-10",
        "Russian drones hit an industrial district of Kharkiv on Wednesday night, killing two workers.",
        "2025-02-12", "Air defences shot down several drones over the city, the governor said.", "shot down",
    ),
    "omdurman-market": (
        OMDURMAN, "Paramilitary shells struck the main market of Omdurman on Tuesday, killing nine.", "2025-04-01",
        "Fighters stormed the main market of Omdurman on Friday, residents said.", "2025-04-04",
        "Traders said dozens of stalls were torched during the raid.", "torched",
    ),
    "mogadishu-hotel": (
        MOGADISHU, "A car bomb exploded near a hotel in Mogadishu on Thursday, police said.", "2025-09-04",
        "A car bomb exploded outside a seafront hotel in Mogadishu on Sunday, police said.", "2025-09-07",
        "Gunmen then stormed the building and exchanged fire with guards.", "stormed",
    ),
}


def _vectors(*nodes: LinkNode) -> None:
    for node in nodes:
        node.vector = node.story_vector = np.array([1.0, 0.0])


def _pair(name: str, detail_day: str | None = None, filler: str = "") -> tuple[LinkNode, LinkNode]:
    """The other outlet's dated report and the article's undated detail (dated ``detail_day`` when given)."""
    place, other, other_day, lead, lead_day, detail, trigger = CASES[name]
    first = make_doc("o", other, other_day, "Other Outlet", strike(trigger=other.split()[3], place=place,
                                                                     time=(other_day, "day")))
    text = f"{lead} {filler}{detail}"
    lead_trigger = lead.split()[2]
    article = make_doc("a", text, lead_day, "Article Outlet",
                       strike(trigger=lead_trigger, place=place, time=(lead_day, "day")),
                       strike(trigger=trigger, place=place, time=(detail_day, "day") if detail_day else None))
    a, b = document_nodes(first)[0], document_nodes(article)[1]
    _vectors(a, b)
    return a, b


@pytest.mark.parametrize("name", sorted(CASES))
def test_an_undated_lead_detail_two_days_from_another_report_counts_against_one_event(name):
    a, b = _pair(name)
    assert b.stated is None and b.news_day is not None
    assert time_similarity(a, b) == DAYS_APART_SIMILARITY < NEUTRAL
    assert not same_site(a, b)


@pytest.mark.parametrize("name", sorted(CASES))
def test_an_undated_lead_detail_on_the_other_report_s_day_counts_for_one_event(name):
    a, b = _pair(name)
    a.stated = b.news_day
    assert time_similarity(a, b) == 1.0


def test_a_detail_further_down_stays_undated():
    """Near miss: told past the lead, a detail may be another incident the article recalls."""
    filler = "Officials gave no further details. " * 12
    a, b = _pair("kharkiv-drones", filler=filler)
    assert not b.lead and b.news_day is None
    assert time_similarity(a, b) == NEUTRAL


def test_a_lead_stating_no_day_leaves_its_details_undated():
    """Near miss: an article whose lead states no day gives its details none."""
    place = KHARKIV
    text = "Russian drones hit an industrial district of Kharkiv, killing two. Air defences shot down drones."
    article = make_doc("a", text, "2025-02-12", "Article Outlet",
                       strike(trigger="hit", place=place, time=None),
                       strike(trigger="shot down", place=place, time=None))
    assert all(n.news_day is None for n in document_nodes(article))


def test_one_article_s_undated_detail_is_not_gated_from_its_own_dated_reports():
    """The gate between two reports of one article reads stated times only: the lead's day given to
    a detail must not rule it apart from the article's own report of another stated day."""
    text = ("Fighters stormed the main market of Omdurman on Friday, residents said. "
            "Traders said stalls were torched. Shells had hit the market on Tuesday.")
    article = make_doc("a", text, "2025-04-04", "Article Outlet",
                       strike(trigger="torched", place=OMDURMAN, time=None),
                       strike(trigger="hit", place=OMDURMAN, time=("2025-04-01", "day")),
                       strike(trigger="stormed", place=OMDURMAN, time=("2025-04-04", "day")))
    detail, earlier, _ = document_nodes(article)
    _vectors(detail, earlier)
    assert detail.news_day is not None
    assert score_pair(detail, earlier).gate is None
