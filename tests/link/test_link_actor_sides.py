"""Each outlet's own name for one state's side: a registry id on one side, a minted name on the other.

The resolver maps "Sudanese troops" to ``sd-armed-forces`` but mints names it cannot place
("hundreds of Sudanese soldiers", "Chad's Defence Ministry"); those still stand for their state's
side when they hold a state noun, and never when they name a union, a company or a people.
"""

from __future__ import annotations

import numpy as np
import pytest
from link_helpers import make_doc, strike

from sitreps.link.actors import SIDE_MATCH, actor_similarity, sides
from sitreps.link.nodes import document_nodes
from sitreps.link.scoring import WEIGHT_ACTORS, score_pair

EL_FASHER = {"name": "El Fasher", "country": "SD", "admin1": "North Darfur", "lat": 13.63, "lon": 25.35}


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("id:sd-armed-forces", {"sd"}),
        ("id:new:hundreds-of-sudanese-soldiers", {"sd"}),
        ("id:new:chads-defence-ministry", {"td"}),
        ("name:kenyan police", {"ke"}),
        ("id:new:chadian-and-sudanese-troops", {"td", "sd"}),
        ("id:new:rebels", set()),  # no country: whose rebels is the registry's call, not the words'
        ("id:new:sudanese-doctors-union", set()),  # a union of one country is not its state
        ("name:kenya ports authority", set()),
        ("id:un-ocha", set()),  # UN agencies are no country's side
        ("id:new:rapid-support-forces", set()),  # a force without a country word
        ("id:sd-saf", {"sd"}),
        ("id:sd-rsf", set()),  # an armed group fighting the state its id's prefix names
        ("id:cd-m23", set()),
        ("id:mm-pdf", set()),
        ("id:et-tplf", set()),  # a party is no state side either
        ("id:au-aussom", set()),  # "au" here is the African Union, not Australia
        ("id:ua-civilians", {"ua"}),  # a state's people, made on the fly, stay its side
    ],
)
def test_the_sides_an_actor_key_stands_for(key: str, expected: set[str]) -> None:
    assert set(sides(key)) == expected


def test_a_minted_state_name_is_half_a_match_with_the_registry_side_of_its_state() -> None:
    army = frozenset({"id:sd-armed-forces"})
    assert actor_similarity(army, frozenset({"id:new:hundreds-of-sudanese-soldiers"})) == SIDE_MATCH
    assert actor_similarity(army, frozenset({"id:new:chadian-border-guards"})) == 0.0
    assert actor_similarity(army, frozenset({"id:new:sudanese-doctors-union"})) == 0.0


def test_two_unions_of_one_country_are_not_one_side() -> None:
    teachers = frozenset({"name:kenya national union of teachers"})
    dockers = frozenset({"name:kenya ports authority"})
    assert actor_similarity(teachers, dockers) == 0.0


def test_one_shelling_told_with_each_outlets_name_for_the_army_scores_the_side_match() -> None:
    first = make_doc(
        "s1",
        "Sudanese army artillery pounded a market in El Fasher on Tuesday, killing nine, medics said.",
        "2024-06-04", "Nile Wire",
        strike(trigger="pounded", type="shelling_missile_attack", place=EL_FASHER,
               time=("2024-06-04", "day"), counts=[("killed", 9)],
               actors=[("initiator", "Sudanese army", "sd-armed-forces")]),
    )
    second = make_doc(
        "s2",
        "Shells fired by hundreds of Sudanese soldiers dug in east of El Fasher hit a busy market.",
        "2024-06-05", "Sahel Courier",
        strike(trigger="Shells", type="shelling_missile_attack", place=EL_FASHER,
               time=("2024-06-04", "day"), counts=[("killed", 9)],
               actors=[("initiator", "hundreds of Sudanese soldiers", "new:hundreds-of-sudanese-soldiers")]),
    )
    a, b = document_nodes(first)[0], document_nodes(second)[0]
    for node in (a, b):
        node.vector = node.story_vector = np.array([1.0, 0.0])
    actors = dict(score_pair(a, b).terms)["actors"]
    assert actors == pytest.approx(WEIGHT_ACTORS * SIDE_MATCH)


@pytest.mark.parametrize(
    ("minted", "registry"),
    [
        ("id:new:moscows-forces", "id:ru-armed-forces"),  # "Moscow's forces" against "Russian troops"
        ("id:new:kyivs-soldiers", "id:ua-armed-forces"),  # "Kyiv's soldiers" against "the Ukrainian army"
        ("id:new:khartoums-army", "id:sd-government"),  # "Khartoum's army" against "the Sudanese government"
    ],
)
def test_a_capital_with_a_state_noun_stands_for_its_state(minted, registry):
    """Outlets name a state by its capital ("Moscow's forces", "Kyiv's troops"); with a state noun
    beside it the capital says whose side the actor is on, as a country word does."""
    assert actor_similarity(frozenset({minted}), frozenset({registry})) == SIDE_MATCH


@pytest.mark.parametrize(
    "key",
    ["id:new:male-soldiers",  # Male is a capital, of a state too small to be listed: an English word
     "id:new:kyiv-residents",  # a capital's people are not its state's side
     "id:new:kyiv"],  # nor is the city itself
)
def test_a_capital_without_a_state_noun_or_a_word_like_one_is_no_side(key):
    assert sides(key) == frozenset()
