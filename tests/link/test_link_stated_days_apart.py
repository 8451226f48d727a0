"""Two outlets' reports that state days two or more apart count against one event, not only lack its time.

A city struck on Monday and its port on Wednesday, a camp shelled on Friday and again on Sunday: the
reports read alike and name one attacker, so withholding the time weight was not enough to keep them
apart. Consecutive days (a night told by its evening and its morning) and an undated report stay free
of the penalty. Fiction in the style of news, written for sitreps.
"""

from __future__ import annotations

import numpy as np
import pytest
from link_helpers import make_doc, strike

from sitreps.link.nodes import LinkNode, document_nodes
from sitreps.link.scoring import DAYS_APART_PENALTY, score_pair

ODESA = {"name": "Odesa", "country": "UA", "admin1": "Odesa", "lat": 46.48, "lon": 30.72}
ZAMZAM = {"name": "Zamzam", "country": "SD", "admin1": "North Darfur", "lat": 13.48, "lon": 25.31}
GAO = {"name": "Gao", "country": "ML", "admin1": "Gao", "lat": 16.27, "lon": -0.04}

PAIRS = {
    "ukraine port": (ODESA, "2024-04-29", "2024-05-01",
                     "Russian missiles struck Odesa on Monday, killing three people, the governor said.",
                     "A Russian drone struck the port of Odesa on Wednesday, damaging grain silos, officials said."),
    "sudan camp": (ZAMZAM, "2024-04-26", "2024-04-28",
                   "RSF shells struck the Zamzam camp on Friday, aid workers said.",
                   "Shells struck the Zamzam displacement camp on Sunday, a camp official said."),
    "mali town": (GAO, "2024-04-22", "2024-04-24",
                  "Jihadists fired rockets that struck Gao on Monday, the army said.",
                  "Rockets struck the airport area of Gao on Wednesday, residents said."),
}


def _node(doc_id: str, text: str, place: dict, day: str | None, published: str = "2024-05-02") -> LinkNode:
    spec = strike(place=place, time=(day, "day") if day else None, counts=[], source=None)
    node = document_nodes(make_doc(doc_id, text, published, doc_id.upper(), spec))[0]
    node.vector = node.story_vector = np.array([1.0, 0.0])
    return node


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_stated_days_two_or_more_apart_count_against_one_event(name):
    place, first_day, second_day, first, second = PAIRS[name]
    terms = dict(score_pair(_node("a", first, place, first_day), _node("b", second, place, second_day)).terms)
    assert terms["days apart"] == -DAYS_APART_PENALTY


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_consecutive_or_unstated_days_take_no_penalty(name):
    place, first_day, second_day, first, second = PAIRS[name]
    a = _node("a", first, place, first_day)
    next_day = str(np.datetime64(first_day) + np.timedelta64(1, "D"))
    assert dict(score_pair(a, _node("b", second, place, next_day)).terms)["days apart"] == 0.0
    undated = _node("c", second, place, None, published=second_day)  # published on the second day
    assert dict(score_pair(a, undated).terms)["days apart"] == 0.0
