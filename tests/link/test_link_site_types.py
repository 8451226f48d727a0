"""One raid typed in two families by two outlets is still one site: the linkable group decides.

"Gunmen torched shops" and "a gunfight" in one town on one day, an attack on villagers and a clash
with the hunters defending them, helicopters and troops storming a camp: outlets type one incident
in different taxonomy families of one linkable group, and ACLED's unit (a type, a place, a day)
would still place them together. Types of no shared group, days apart and named actors that
disagree still earn nothing. Written for sitreps (fiction in news style, real places).
"""

from __future__ import annotations

import numpy as np
import pytest
from link_helpers import make_doc, strike

from sitreps.link.nodes import LinkNode, document_nodes
from sitreps.link.scoring import WEIGHT_SITE, same_site, score_pair

BUNIA = {"name": "Bunia", "country": "CD", "admin1": "Ituri", "lat": 1.57, "lon": 30.25}
KALAY = {"name": "Kalay", "country": "MM", "admin1": "Sagaing Region", "lat": 23.19, "lon": 94.05}
BANKASS = {"name": "Bankass", "country": "ML", "admin1": "Mopti", "lat": 14.08, "lon": -3.52}

RAIDS = {
    "bunia": (
        BUNIA,
        ("Militiamen torched shops in the central market of Bunia on Monday, traders said.", "torched",
         "looting_property_destruction"),
        ("A gunfight between militiamen and soldiers shook Bunia on Monday, the army said.", "gunfight",
         "armed_clash"),
    ),
    "kalay": (
        KALAY,
        ("Junta helicopters fired on a resistance camp outside Kalay on Monday, a local group said.", "fired",
         "air_drone_strike"),
        ("Resistance fighters said they fought off troops near Kalay on Monday.", "fought", "armed_clash"),
    ),
    "bankass": (
        BANKASS,
        ("Gunmen killed 14 villagers near Bankass on Monday, a local official said.", "killed",
         "attack_on_civilians"),
        ("Armed men clashed with Dozo hunters near Bankass on Monday, residents said.", "clashed", "armed_clash"),
    ),
}


def _node(doc_id: str, text: str, trigger: str, kind: str, place: dict, day: str = "2025-10-06",
          actors: list | None = None) -> LinkNode:
    spec = strike(trigger=trigger, type=kind, place=place, actors=actors or [], counts=[], time=(day, "day"))
    node = document_nodes(make_doc(doc_id, text, "2025-10-07", doc_id.upper(), spec))[0]
    node.vector = node.story_vector = np.array([1.0, 0.0])
    return node


@pytest.mark.parametrize("name", sorted(RAIDS))
def test_one_raid_typed_in_two_families_is_one_site(name):
    place, (text_a, trigger_a, kind_a), (text_b, trigger_b, kind_b) = RAIDS[name]
    a, b = _node("a", text_a, trigger_a, kind_a, place), _node("b", text_b, trigger_b, kind_b, place)
    assert a.family != b.family and a.groups & b.groups
    assert same_site(a, b)
    assert dict(score_pair(a, b).terms)["site"] == WEIGHT_SITE


def test_types_of_no_shared_group_are_no_site():
    protest = _node("a", "Hundreds marched peacefully through Bunia on Monday.", "marched", "peaceful_protest", BUNIA)
    strike_ = _node("b", RAIDS["bunia"][2][0], "gunfight", "armed_clash", BUNIA)
    assert not protest.groups & strike_.groups
    assert not same_site(protest, strike_)


def test_two_families_on_days_apart_are_no_site():
    place, (text_a, trigger_a, kind_a), (text_b, trigger_b, kind_b) = RAIDS["kalay"]
    a = _node("a", text_a, trigger_a, kind_a, place, day="2025-10-06")
    b = _node("b", text_b, trigger_b, kind_b, place, day="2025-10-09")
    assert not same_site(a, b)


def test_two_families_by_named_groups_that_disagree_earn_no_site():
    place, (text_a, trigger_a, kind_a), (text_b, trigger_b, kind_b) = RAIDS["bunia"]
    a = _node("a", text_a, trigger_a, kind_a, place, actors=[("initiator", "CODECO", "new:codeco")])
    b = _node("b", text_b, trigger_b, kind_b, place, actors=[("initiator", "Zaire militia", "new:zaire-militia")])
    assert same_site(a, b)  # one site on its own ...
    assert dict(score_pair(a, b).terms)["site"] == 0.0  # ... but the named actors disagree
