"""Two outlets' alike leads whose tolls lie far apart are one toll revised only at one town and day.

A look-alike raid in the next town, or in the same district three days later, reads like the first
(the lead bonus rewards alike stories), so the far toll must still count against it there; a wire
and a later local report of one strike at one town (or its suburb) on one or consecutive days give
the toll as it stood when each was written. Fiction in the style of news, written for sitreps.
"""

from __future__ import annotations

import numpy as np
import pytest
from link_helpers import make_doc, strike

from sitreps.link.nodes import LinkNode, document_nodes
from sitreps.link.scoring import FAR_COUNT_PENALTY, score_pair

POKROVSK = {"name": "Pokrovsk", "country": "UA", "admin1": "Donetsk", "lat": 48.28, "lon": 37.18}
KOSTIANTYNIVKA = {"name": "Kostiantynivka", "country": "UA", "admin1": "Donetsk", "lat": 48.53, "lon": 37.71}
ZURMI = {"name": "Zurmi", "country": "NG", "admin1": "Zamfara", "lat": 12.78, "lon": 6.79}
BABANUSA = {"name": "Babanusa", "country": "SD", "admin1": "West Kordofan", "lat": 11.33, "lon": 27.81}
MUGLAD = {"name": "El Muglad", "country": "SD", "admin1": "West Kordofan", "lat": 11.03, "lon": 27.73}
BELEDWEYNE = {"name": "Beledweyne", "country": "SO", "admin1": "Hiraan", "lat": 4.74, "lon": 45.2}
PORT_AU_PRINCE = {"name": "Port-au-Prince", "country": "HT", "admin1": "Ouest", "lat": 18.54, "lon": -72.34}
PETION_VILLE = {"name": "Petion-Ville", "country": "HT", "admin1": "Ouest", "lat": 18.51, "lon": -72.29}

# (first place, day, toll), (second place, day, toll), type, the two leads
APART = {
    "two towns of one region, one day": (
        (POKROVSK, "2024-04-30", 2), (KOSTIANTYNIVKA, "2024-04-30", 9), "air_drone_strike",
        "Russian drones struck the town of Pokrovsk on Tuesday, killing two people, the governor said.",
        "Russian drones struck Kostiantynivka on Tuesday, killing nine residents, officials said.",
    ),
    "one district, two days apart": (  # three days apart is a gate since round 15 (``FAR_DAYS``)
        (ZURMI, "2024-04-29", 7), (ZURMI, "2024-04-27", 20), "attack_on_civilians",
        "Bandits killed seven villagers in Zurmi on Monday, residents said.",
        "Gunmen killed 20 farmers in Zurmi on Saturday as they worked on their fields, an official said.",
    ),
    "two towns of one state, one day": (
        (BABANUSA, "2024-04-28", 20), (MUGLAD, "2024-04-28", 3), "attack_on_civilians",
        "RSF fighters attacked Babanusa on Sunday, killing 20 people, residents said.",
        "Paramilitary fighters attacked El Muglad on Sunday, killing three traders, a local doctor said.",
    ),
    "one town, two days apart": (
        (BELEDWEYNE, "2024-04-25", 15), (BELEDWEYNE, "2024-04-27", 2), "remote_explosive",
        "A car bomb killed 15 people at a checkpoint in Beledweyne on Thursday, police said.",
        "A roadside bomb killed two soldiers near Beledweyne on Saturday, a commander said.",
    ),
}
REVISED = {
    "one town, next day's toll": (
        (POKROVSK, "2024-04-30", 2), (POKROVSK, "2024-05-01", 9), "air_drone_strike",
        "Russian drones struck the town of Pokrovsk on Tuesday, killing two people, the governor said.",
        "The toll from Tuesday's drone strike on Pokrovsk rose to nine, rescuers said on Wednesday.",
    ),
    "a city and its suburb, the next day's toll": (  # one day's far tolls there are two sites since round 22
        (PORT_AU_PRINCE, "2024-04-29", 4), (PETION_VILLE, "2024-04-29", 12, "2024-04-30"), "attack_on_civilians",
        "Gang members killed four people in Port-au-Prince on Monday, police said.",
        "At least 12 people were killed when gangs attacked Petion-Ville on Monday, residents said on Tuesday.",
    ),
}


def _lead(doc_id: str, text: str, spot: tuple, kind: str) -> LinkNode:
    """A lead report at (place, day, toll), published on the day told or on a given later day."""
    place, day, toll = spot[:3]
    published = spot[3] if len(spot) > 3 else day
    trigger = next(w for w in ("struck", "killed", "attacked", "rose") if w in text)
    spec = strike(type=kind, trigger=trigger, place=place, time=(day, "day"), counts=[("killed", toll)],
                  actors=[], source=None)
    node = document_nodes(make_doc(doc_id, text, published, doc_id.upper(), spec))[0]
    node.vector = node.story_vector = np.array([1.0, 0.0])  # leads that read alike
    node.lead = True
    return node


def _far_toll(case: tuple) -> float:
    first, second, kind, text_a, text_b = case
    return dict(score_pair(_lead("a", text_a, first, kind), _lead("b", text_b, second, kind)).terms)["far toll"]


@pytest.mark.parametrize("name", sorted(APART))
def test_far_tolls_of_alike_leads_count_against_one_event_when_place_or_day_is_apart(name):
    assert _far_toll(APART[name]) == -FAR_COUNT_PENALTY


@pytest.mark.parametrize("name", sorted(REVISED))
def test_far_tolls_of_alike_leads_at_one_place_and_day_are_a_revised_toll(name):
    assert _far_toll(REVISED[name]) == 0.0
