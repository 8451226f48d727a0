"""A region's radius holds only its own province: a town's riot and a neighbouring province's stay apart.

A region is given a 250 km radius, as wide as a large province, so a town and the name of the
province next door fell within it and scored as one place and one site. The gazetteer's
first-level unit decides instead (fictional country, towns and provinces; fiction in news style).
"""

from __future__ import annotations

import numpy as np
from link_helpers import make_doc, strike

from sitreps.link.nodes import LinkNode, document_nodes
from sitreps.link.scoring import LINK_THRESHOLD, PLACE_APART_PENALTY, WEIGHT_PLACE, WEIGHT_SITE, pair_score, score_pair
from sitreps.models import Document, PlacePrecision

# Port Vessa lies in Coast Province; Hill Province's seat is about 140 km inland
PORT_VESSA = {"name": "Port Vessa", "country": "NL", "admin1": "Coast Province", "lat": 6.45, "lon": 3.40}
HILL_SEAT = {"name": "Hill Province", "country": "NL", "admin1": "Hill Province", "lat": 7.40, "lon": 4.20}
COAST_SEAT = {"name": "Coast Province", "country": "NL", "admin1": "Coast Province", "lat": 6.60, "lon": 3.60}

STATION = "Protesters set fire to the Harbour Road police station in Port Vessa on Tuesday, witnesses said."
HILL_RIOT = "Protesters burnt a police station in Hill Province on Tuesday as unrest spread, officials said."
COAST_RIOT = "Protesters torched a police station in Coast Province on Tuesday, the state governor said."


def _riot(trigger: str, place: dict[str, object]) -> dict[str, object]:
    return strike(type="violent_demonstration", trigger=trigger, counts=[], place=place,
                  actors=[("initiator", "protesters", None)], time=("2024-06-04", "day"))


def _node(document: Document, region: bool = False) -> LinkNode:
    node = document_nodes(document)[0]
    # the town's report and each province's share the story's words, not its details (cosine 0.3)
    node.vector = node.story_vector = np.array([0.3, 0.91**0.5]) if region else np.array([1.0, 0.0])
    if region and node.place is not None:
        node.place = node.place.model_copy(update={"precision": PlacePrecision.REGION})
    return node


def test_a_town_s_riot_and_the_neighbouring_province_s_are_two_events():
    town = _node(make_doc("a", STATION, "2024-06-04", "Coast Courier", _riot("set fire", PORT_VESSA)))
    hill = _node(make_doc("b", HILL_RIOT, "2024-06-04", "Inland Times", _riot("burnt", HILL_SEAT)), region=True)
    coast = _node(make_doc("c", COAST_RIOT, "2024-06-04", "Inland Times", _riot("torched", COAST_SEAT)), region=True)
    assert dict(score_pair(town, coast).terms)["site"] == WEIGHT_SITE
    assert dict(score_pair(town, hill).terms)["site"] == 0.0
    # the neighbour loses the place term, the site term, and takes the places-apart penalty
    lost = pair_score(town, coast) - pair_score(town, hill)
    assert abs(lost - (WEIGHT_PLACE + WEIGHT_SITE + PLACE_APART_PENALTY)) < 1e-9
    assert pair_score(town, coast) >= LINK_THRESHOLD > pair_score(town, hill)
