"""Two outlets' reports whose stated days lie more than two days apart are two events, however alike.

A city struck by drones on a Tuesday and again on a Saturday: both outlets lead with it, the
sentences read alike and name one attacker, so the days-apart penalty alone left them linked by
text, story and the lead bonus. A day or two apart (a weekday read against another outlet's
publication date, a night told by its evening and its morning) only scores. Fiction in the style of
news, written for sitreps.
"""

from __future__ import annotations

import numpy as np
import pytest
from link_helpers import make_doc, strike

from sitreps.link.nodes import LinkNode, document_nodes
from sitreps.link.scoring import OUTLETS_DAYS_APART, score_pair

KHARKIV = {"name": "Kharkiv", "country": "UA", "admin1": "Kharkiv", "lat": 49.99, "lon": 36.23}
GAZA = {"name": "Gaza City", "country": "PS", "admin1": "Gaza", "lat": 31.5, "lon": 34.47}
MAIDUGURI = {"name": "Maiduguri", "country": "NG", "admin1": "Borno", "lat": 11.85, "lon": 13.16}

FIRST = "Russian drones struck residential buildings in Kharkiv overnight into Tuesday, the mayor said."
AGAIN = "Russian drones hit a residential district of Kharkiv on Saturday, regional officials said."
STRIKES = {
    "ukraine": (KHARKIV, FIRST, AGAIN),
    "gaza": (GAZA, "An Israeli air strike hit a school sheltering families in Gaza City on Monday, medics said.",
             "An Israeli strike hit a school used as a shelter in Gaza City on Friday, civil defence said."),
    "nigeria": (MAIDUGURI, "A suicide bomber struck a market in Maiduguri on Sunday, police said.",
                "A suicide bomber attacked a crowded market in Maiduguri on Thursday, officials said."),
}


def _node(doc_id: str, text: str, place: dict, day: str | None, published: str) -> LinkNode:
    trigger = next(word for word in ("struck", "hit", "attacked") if word in text)
    spec = strike(place=place, time=(day, "day") if day else None, counts=[], source=None, trigger=trigger)
    node = document_nodes(make_doc(doc_id, text, published, doc_id.upper(), spec))[0]
    node.vector = node.story_vector = np.array([1.0, 0.0])  # sentences and leads read alike
    return node


@pytest.mark.parametrize("name", sorted(STRIKES))
def test_two_outlets_days_four_apart_are_two_events(name):
    place, first, again = STRIKES[name]
    a = _node("a", first, place, "2025-06-10", "2025-06-10")
    b = _node("b", again, place, "2025-06-14", "2025-06-14")
    assert score_pair(a, b).gate == OUTLETS_DAYS_APART


@pytest.mark.parametrize("gap", [0, 1, 2])
def test_a_day_or_two_apart_still_scores(gap):
    a = _node("a", FIRST, KHARKIV, "2025-06-10", "2025-06-10")
    b = _node("b", AGAIN, KHARKIV, f"2025-06-{10 + gap:02d}", "2025-06-12")
    assert score_pair(a, b).gate is None


def test_an_undated_outlet_and_one_article_keep_their_own_rules():
    undated = _node("b", AGAIN, KHARKIV, None, "2025-06-14")
    assert score_pair(_node("a", FIRST, KHARKIV, "2025-06-10", "2025-06-10"), undated).gate is None
    spec = strike(place=KHARKIV, time=("2025-06-10", "day"), counts=[], source=None)
    later = strike(place=KHARKIV, time=("2025-06-14", "day"), counts=[], source=None, trigger="hit")
    one, two = document_nodes(make_doc("c", f"{FIRST} {AGAIN}", "2025-06-14", "C", spec, later))
    assert score_pair(one, two).gate != OUTLETS_DAYS_APART  # one article's own gate names it
