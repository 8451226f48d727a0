"""Two towns' names and two tolls on one day are two sites, though the towns lie a suburb's distance apart.

``place_similarity.TWO_TOWNS_KM`` lets two outlets' towns within 15 km pass as one place (a suburb told by its
city's name), and alike leads excuse a far toll (a toll revised). Each alone is weak evidence of two
events; both on one day are two strikes of one area (round 22). One town, or alike tolls, still link.
Fiction in the style of news, written for these tests; the coordinates are the towns' own.
"""

from __future__ import annotations

import numpy as np
import pytest
from link_helpers import make_doc, strike

from sitreps.link.nodes import LinkNode, document_nodes
from sitreps.link.scoring import LINK_THRESHOLD, PLACE_APART_PENALTY, score_pair


def _town(name: str, country: str, admin1: str, lat: float, lon: float) -> dict:
    return {"name": name, "country": country, "admin1": admin1, "lat": lat, "lon": lon}


KRAMATORSK = _town("Kramatorsk", "UA", "Donetsk", 48.731, 37.568)
SLOVIANSK = _town("Sloviansk", "UA", "Donetsk", 48.850, 37.597)
HASAHEISA = _town("Al Hasaheisa", "SD", "Al Jazirah", 14.753, 33.298)
RUFAA = _town("Rufaa", "SD", "Al Jazirah", 14.760, 33.368)
KHAN_YOUNIS = _town("Khan Younis", "PS", "Gaza", 31.344, 34.306)
RAFAH = _town("Rafah", "PS", "Gaza", 31.297, 34.245)
DEIR_AL_BALAH = _town("Deir al-Balah", "PS", "Gaza", 31.418, 34.351)
NUSEIRAT = _town("Nuseirat", "PS", "Gaza", 31.449, 34.393)
ISLAMABAD = _town("Islamabad", "PK", "Islamabad", 33.721, 73.043)
RAWALPINDI = _town("Rawalpindi", "PK", "Punjab", 33.600, 73.068)

ALIKE = 0.7
"""Cosine of the two leads' sentence and story vectors: reworded leads of one outlet's wire and another's."""

# (first town, toll), (second town, toll), type, the two leads: all told of one day, published that day
TWO_SITES = {
    "two cities of one oblast": (
        (KRAMATORSK, 4), (SLOVIANSK, 1), "shelling_missile_attack",
        "A Russian missile struck a residential block in Kramatorsk on Thursday, killing four people.",
        "A Russian missile hit a school in Sloviansk on Thursday, killing one person, the mayor said.",
    ),
    "villages by two towns of one state": (
        (HASAHEISA, 15), (RUFAA, 3), "attack_on_civilians",
        "RSF fighters killed 15 people in a village near Hasaheisa on Thursday, a committee said.",
        "Three farmers were killed by RSF paramilitaries near Rufaa on Thursday, a medic said.",
    ),
    "two towns of one strip": (
        (KHAN_YOUNIS, 9), (RAFAH, 2), "air_drone_strike",
        "An air strike on a house in Khan Younis on Thursday killed nine people, medics said.",
        "Two people were killed on Thursday when a strike hit a tent in Rafah, civil defence said.",
    ),
    "a camp and the next town": (
        (DEIR_AL_BALAH, 11), (NUSEIRAT, 2), "shelling_missile_attack",
        "Shelling killed 11 people in Deir al-Balah on Thursday, the hospital said.",
        "Tank shells killed two residents of Nuseirat camp on Thursday, a local journalist wrote.",
    ),
    "a capital and its twin city": (
        (ISLAMABAD, 6), (RAWALPINDI, 1), "remote_explosive",
        "A bomb outside a court in Islamabad killed six people on Thursday, police said.",
        "A small bomb went off in a Rawalpindi market on Thursday, killing a vendor, police said.",
    ),
}


def _lead(doc_id: str, text: str, spot: tuple[dict, int], kind: str) -> LinkNode:
    place, toll = spot
    trigger = next(w for w in ("struck", "killed", "hit", "went off") if w in text)
    spec = strike(type=kind, trigger=trigger, place=place, time=("2024-05-02", "day"), counts=[("killed", toll)],
                  actors=[], source=None)
    node = document_nodes(make_doc(doc_id, text, "2024-05-02", doc_id.upper(), spec))[0]
    # leads about as alike as two outlets' reworded leads read (cosine 0.7), not identical copies
    other = np.array([ALIKE, (1 - ALIKE**2) ** 0.5])
    node.vector = node.story_vector = np.array([1.0, 0.0]) if doc_id == "a" else other
    node.lead = True
    return node


def _pair(case: tuple, first_toll: int | None = None) -> tuple[dict[str, float], float]:
    first, second, kind, text_a, text_b = case
    if first_toll is not None:
        first = (first[0], first_toll)
    scored = score_pair(_lead("a", text_a, first, kind), _lead("b", text_b, second, kind))
    return dict(scored.terms), scored.score


@pytest.mark.parametrize("name", sorted(TWO_SITES))
def test_two_towns_and_two_tolls_of_one_day_are_two_sites(name):
    terms, score = _pair(TWO_SITES[name])
    assert terms["place"] == 0.0
    assert terms["places apart"] == -PLACE_APART_PENALTY
    assert score < LINK_THRESHOLD


@pytest.mark.parametrize("name", sorted(TWO_SITES))
def test_two_towns_with_alike_tolls_stay_one_place(name):
    second = TWO_SITES[name][1]
    terms, score = _pair(TWO_SITES[name], first_toll=second[1])
    assert terms["place"] > 0.0
    assert terms["places apart"] == 0.0
    assert score >= LINK_THRESHOLD


def test_one_town_with_two_tolls_is_left_to_the_tolls():
    case = ((KRAMATORSK, 4), (KRAMATORSK, 11), "shelling_missile_attack",
            "A Russian missile struck Kramatorsk on Thursday, killing four people.",
            "Eleven people were killed when a missile struck Kramatorsk on Thursday, rescuers said.")
    terms, _ = _pair(case)
    assert terms["place"] > 0.0
    assert terms["places apart"] == 0.0
