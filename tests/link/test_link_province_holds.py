"""A town and the province holding it are one place, however far the town lies from the province's point.

The gazetteer gives a province a single point (its centroid); a town of a large province can lie
further from it than the distance that rules two places apart. Outlets often name only the
province of an event another names the town of ("in Pakistan's Balochistan province" against
"outside Gwadar"), so the first-level unit the gazetteer places the town in decides, not the
distance. Written for sitreps: fiction in news style with real places and their gazetteer points.
"""

from __future__ import annotations

import numpy as np
import pytest
from link_helpers import make_doc, strike

from sitreps.link.nodes import LinkNode, document_nodes
from sitreps.link.place_similarity import holds, place_similarity
from sitreps.link.scoring import LINK_THRESHOLD, pair_score, same_site
from sitreps.models import Place, PlacePrecision

BALOCHISTAN = {"name": "Balochistan", "country": "PK", "admin1": "Balochistan", "lat": 28.51, "lon": 66.61}
GWADAR = {"name": "Gwadar", "country": "PK", "admin1": "Balochistan", "lat": 25.12, "lon": 62.33}
QUETTA = {"name": "Quetta", "country": "PK", "admin1": "Balochistan", "lat": 30.18, "lon": 67.00}
SINDH = {"name": "Sindh", "country": "PK", "admin1": "Sindh", "lat": 26.47, "lon": 68.56}
SOMALI = {"name": "Somali", "country": "ET", "admin1": "Somali", "lat": 7.38, "lon": 44.70}
JIJIGA = {"name": "Jijiga", "country": "ET", "admin1": "Somali", "lat": 9.35, "lon": 42.80}
KHYBER = {"name": "Khyber Pakhtunkhwa", "country": "PK", "admin1": "Khyber Pakhtunkhwa", "lat": 34.01, "lon": 71.85}
DERA = {"name": "Dera Ismail Khan", "country": "PK", "admin1": "Khyber Pakhtunkhwa", "lat": 31.83, "lon": 70.90}
MAKRAN = {"name": "Makran", "country": "PK", "admin1": "Balochistan", "lat": 26.0, "lon": 63.0}
"""A sub-provincial region (a coastal division read as a region): it names no first-level unit."""

BUS = "A roadside bomb tore through a passenger bus outside Gwadar on Wednesday, killing nine, police said."
BUS_PROVINCE = "Nine passengers died when a bomb struck a bus in Pakistan's Balochistan province on Wednesday."
MARKET = "Gunmen opened fire on a cattle market in Jijiga on Friday, killing six traders, residents said."
MARKET_REGION = "Six traders were shot dead at a livestock market in Ethiopia's Somali region on Friday."
CONVOY = "Militants ambushed a police convoy near Dera Ismail Khan on Monday, killing four officers."
CONVOY_PROVINCE = "Four policemen were killed in an ambush in Khyber Pakhtunkhwa province on Monday, officials said."
GRENADE = "Unidentified men threw a grenade at a phone shop in Quetta on Wednesday, wounding three, police said."


def _place(spec: dict, precision: PlacePrecision) -> Place:
    return Place(text=spec["name"], precision=precision, evidence=[], **spec)


def _node(doc_id: str, text: str, place: dict, precision: PlacePrecision, **extra) -> LinkNode:
    spec = strike(trigger=text.split()[2], place=place, actors=[], **extra)
    node = document_nodes(make_doc(doc_id, text, "2025-09-18", doc_id.upper(), spec))[0]
    assert node.place is not None
    node.place = node.place.model_copy(update={"precision": precision})
    node.vector = node.story_vector = np.array([1.0, 0.0])
    return node


@pytest.mark.parametrize(
    ("town", "province", "town_text", "province_text"),
    [(GWADAR, BALOCHISTAN, BUS, BUS_PROVINCE), (JIJIGA, SOMALI, MARKET, MARKET_REGION),
     (DERA, KHYBER, CONVOY, CONVOY_PROVINCE)],
    ids=["gwadar-570km", "jijiga-300km", "dera-ismail-khan-260km"],
)
def test_a_town_far_from_its_provinces_point_is_in_that_province(town, province, town_text, province_text):
    a = _node("a", town_text, town, PlacePrecision.EXACT)
    b = _node("b", province_text, province, PlacePrecision.REGION)
    assert holds(b.place, a.place) and not holds(a.place, b.place)
    assert place_similarity(a.place, b.place) == place_similarity(b.place, a.place) == 1.0
    assert same_site(a, b)  # one outlet names the town, the other its province
    assert pair_score(a, b) >= LINK_THRESHOLD


def test_two_towns_of_one_large_province_far_apart_stay_apart():
    """Gwadar and Quetta lie 640 km apart in one province: two places, still gated."""
    assert place_similarity(_place(GWADAR, PlacePrecision.EXACT), _place(QUETTA, PlacePrecision.EXACT)) is None
    a = _node("a", BUS, GWADAR, PlacePrecision.EXACT)
    b = _node("b", GRENADE, QUETTA, PlacePrecision.EXACT, counts=[("wounded", 3)])
    assert pair_score(a, b) == 0.0


def test_a_town_and_a_neighbouring_province_stay_apart():
    town, other = _place(QUETTA, PlacePrecision.EXACT), _place(SINDH, PlacePrecision.REGION)
    assert not holds(other, town)
    assert place_similarity(town, other) in (None, 0.0)  # gated, or apart at the least


def test_a_sub_provincial_region_keeps_the_distance_test():
    """A region whose name is not a first-level unit (a division, a district read as a region) may
    not hold a town of its province: 480 km from Quetta, it is another place."""
    region, town = _place(MAKRAN, PlacePrecision.REGION), _place(QUETTA, PlacePrecision.EXACT)
    assert not holds(region, town)
    assert place_similarity(region, town) is None
