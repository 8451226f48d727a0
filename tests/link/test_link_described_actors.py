"""Outlets describe one unnamed party in their own words: a description matching nothing is no evidence.

One outlet's "gunmen" are another's "insurgents" or "jihadists"; one writes "12 soldiers", the other
"twelve soldiers". Such descriptions name no one, so across outlets one that matches nothing counts
as half (as when a side names no actor), not as a rival actor. Named groups still disagree, one
writer's two descriptions in one article still name two parties, and a claim must still share an
actor with the report it is compared with. Written for sitreps (fiction in news style).
"""

from __future__ import annotations

import numpy as np
import pytest
from link_helpers import make_doc, strike

from sitreps.link.actors import GENERIC_MATCH, actor_similarity, described_only, shares_actor
from sitreps.link.nodes import LinkNode, mention_node
from sitreps.link.scoring import pair_score, score_pair

DJIBO = {"name": "Djibo", "country": "BF", "admin1": "Sahel", "lat": 14.10, "lon": -1.63}
BORNO = {"name": "Gwoza", "country": "NG", "admin1": "Borno", "lat": 11.08, "lon": 13.69}
NANTERRE = {"name": "Nanterre", "country": "FR", "admin1": "Île-de-France", "lat": 48.89, "lon": 2.21}
CABO = {"name": "Macomia", "country": "MZ", "admin1": "Cabo Delgado", "lat": -12.24, "lon": 40.12}

PAIRS = {
    "burkina": (
        DJIBO,
        "Gunmen stormed an army post in Djibo on Thursday, killing 12 soldiers, security sources said.",
        [("initiator", "gunmen", "new:gunmen"), ("target", "12 soldiers", "new:12-soldiers")],
        "Twelve soldiers died in heavy fighting with insurgents around Djibo on Thursday, a resident said.",
        [("initiator", "insurgents", "new:insurgents"), ("target", "twelve soldiers", "new:twelve-soldiers")],
    ),
    "nigeria": (
        BORNO,
        "Gunmen attacked a market in Gwoza on Sunday, killing nine traders, a vigilante leader said.",
        [("initiator", "gunmen", "new:gunmen")],
        "Militants opened fire on shoppers in the Borno town of Gwoza on Sunday, officials said.",
        [("initiator", "militants", "new:militants")],
    ),
    "mozambique": (
        CABO,
        "Rebels raided Macomia overnight and torched homes, dozens of residents told aid workers.",
        [("initiator", "rebels", "new:rebels"), ("target", "dozens of residents", "new:dozens-of-residents")],
        "Insurgents burned houses in the district capital Macomia on Tuesday night, the police said.",
        [("initiator", "insurgents", "new:insurgents")],
    ),
}


def _node(doc_id: str, text: str, place: dict, actors: list, **extra) -> LinkNode:
    trigger = extra.pop("trigger", None) or next(
        w for w in ("stormed", "fighting", "attacked", "opened fire", "raided", "burned", "accused") if w in text
    )
    spec = strike(trigger=trigger, type=extra.pop("type", "armed_clash"), place=place, actors=actors, counts=[],
                  **extra)
    document = make_doc(doc_id, text, "2025-10-03", doc_id.upper(), spec)
    node = mention_node(document.events[-1], document)
    node.vector = node.story_vector = np.array([1.0, 0.0])
    return node


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_two_outlets_describing_one_party_differently_do_not_disagree(name):
    place, first, first_actors, second, second_actors = PAIRS[name]
    a, b = _node("a", first, place, first_actors), _node("b", second, place, second_actors)
    assert actor_similarity(a.actors, b.actors) == 0.0  # the words match nowhere
    assert actor_similarity(a.actors, b.actors, across_outlets=True) >= GENERIC_MATCH
    assert dict(score_pair(a, b).terms)["actors"] > 0.0


def test_counted_and_described_names_name_no_one():
    assert described_only("id:new:12-soldiers") and described_only("id:new:twelve-soldiers")
    assert described_only("id:new:dozens-of-gunmen") and described_only("name:three people")
    assert not described_only("id:new:tuareg-rebels")
    assert not described_only("id:new:kessa-valley-liberation-front")
    assert not described_only("id:bf-armed-forces")  # a registry id names its actor


def test_two_named_groups_still_disagree():
    a = frozenset({"id:new:kessa-valley-liberation-front"})
    b = frozenset({"id:new:northern-highlands-defence-brigade"})
    assert actor_similarity(a, b, across_outlets=True) == 0.0


def test_one_writers_two_descriptions_name_two_parties():
    riot = "Protesters torched cars in Nanterre overnight. Police arrested dozens of youths near the town hall."
    a = _node("a", riot, NANTERRE, [("initiator", "protesters", "new:protesters")], type="violent_demonstration",
              trigger="torched")
    b = _node("a", riot, NANTERRE, [("initiator", "police", "new:police")], type="arrest", trigger="arrested")
    assert dict(score_pair(a, b).terms).get("actors", 0.0) == 0.0
    assert actor_similarity(a.actors, b.actors, across_outlets=True) == GENERIC_MATCH  # two outlets: no evidence


def test_a_claim_must_still_share_an_actor_with_the_report():
    report = _node("a", PAIRS["nigeria"][1], BORNO, [("initiator", "gunmen", "new:gunmen")],
                   type="attack_on_civilians")
    claim = _node("b", "The army accused militants of attacking the Gwoza market on Sunday.", BORNO,
                  [("initiator", "militants", "new:militants")], type="accusation", source=None)
    assert not shares_actor(report.actors, claim.actors)
    assert pair_score(report, claim) == 0.0
