"""Two outlets dating one event a day apart: publication against event day, "overnight", time zones.

A night strike is "late on Saturday" to one outlet and "early on Sunday" to another; a wire in
another time zone dates an evening protest by the next day; a weekly dates a raid by the day it
learned of it. Consecutive stated days are evidence for one event (weaker than one day); two days
or more apart count against one event (``test_link_days_apart.py``). Written for sitreps (fiction).
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from link_helpers import make_doc, strike

from sitreps.link.nodes import LinkNode, document_nodes
from sitreps.link.scoring import NEUTRAL, same_site
from sitreps.link.similarities import DAYS_APART_SIMILARITY, NEXT_DAY_SIMILARITY, time_similarity
from sitreps.link.windows import day_gap

KHARTOUM = {"name": "Khartoum", "country": "SD", "admin1": "Khartoum", "lat": 15.55, "lon": 32.53}
NAIROBI = {"name": "Nairobi", "country": "KE", "admin1": "Nairobi", "lat": -1.28, "lon": 36.82}
MAIDUGURI = {"name": "Maiduguri", "country": "NG", "admin1": "Borno", "lat": 11.85, "lon": 13.16}

PAIRS = {
    "night-strike": (
        KHARTOUM, "air_drone_strike",
        "A drone struck a fuel depot in Khartoum late on Saturday, setting tanks ablaze, residents said.",
        "A fuel depot in the capital burned after a drone struck it early on Sunday, the army said.",
    ),
    "time-zone": (
        NAIROBI, "peaceful_protest",
        "Thousands marched through Nairobi on Tuesday evening against the new levy, organisers said.",
        "Protesters marched in the Kenyan capital on Wednesday against a planned tax, a wire reported.",
    ),
    "weekly": (
        MAIDUGURI, "armed_clash",
        "Insurgents attacked an army base on the edge of Maiduguri on Thursday, the military said.",
        "Soldiers repelled insurgents who attacked a base outside Maiduguri on Friday, a weekly reported.",
    ),
}


def _node(doc_id: str, text: str, place: dict, kind: str, day: str) -> LinkNode:
    trigger = next(w for w in ("struck", "marched", "attacked") if w in text)
    spec = strike(trigger=trigger, type=kind, place=place, actors=[], counts=[], time=(day, "day"))
    node = document_nodes(make_doc(doc_id, text, "2025-05-12", doc_id.upper(), spec))[0]
    node.vector = node.story_vector = np.array([1.0, 0.0])
    return node


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_consecutive_days_are_weaker_evidence_than_one_day_and_one_site(name):
    place, kind, first, second = PAIRS[name]
    a = _node("a", first, place, kind, "2025-05-10")
    b = _node("b", second, place, kind, "2025-05-11")
    assert day_gap(a.stated, b.stated) == 1
    assert NEUTRAL < time_similarity(a, b) == NEXT_DAY_SIMILARITY < 1.0
    assert same_site(a, b)
    same_day = _node("c", second, place, kind, "2025-05-10")
    assert time_similarity(a, same_day) == 1.0


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_two_days_apart_stay_two_events_of_one_town(name):
    place, kind, first, second = PAIRS[name]
    a = _node("a", first, place, kind, "2025-05-10")
    b = _node("b", second, place, kind, "2025-05-12")
    assert time_similarity(a, b) == DAYS_APART_SIMILARITY < NEUTRAL
    assert not same_site(a, b)


def test_day_gap_counts_whole_days_between_windows():
    may = (date(2025, 5, 1), date(2025, 5, 31))
    assert day_gap(may, (date(2025, 5, 20), date(2025, 5, 20))) == 0
    assert day_gap(may, (date(2025, 6, 1), date(2025, 6, 1))) == 1
    assert day_gap((date(2025, 6, 3), date(2025, 6, 3)), may) == 3
