"""Two mentions of one article at two towns (neither the other) are two incidents: the
linker must not join them again, directly or through another outlet's report.

Every text here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from link_helpers import make_doc, strike

from sitreps.link.linker import Linker
from sitreps.link.nodes import document_nodes
from sitreps.link.scoring import TOWNS_APART, score_pair
from sitreps.models import Place, PlacePrecision

NANTERRE = {"name": "Nanterre", "country": "FR", "admin1": "Île-de-France", "lat": 48.89, "lon": 2.21}
PARIS = {"name": "Paris", "country": "FR", "admin1": "Île-de-France", "lat": 48.86, "lon": 2.35}
KHAN_YOUNIS = {"name": "Khan Younis", "country": "PS", "admin1": "Gaza Strip", "lat": 31.34, "lon": 34.31}
HAIFA = {"name": "Haifa", "country": "IL", "admin1": "Haifa", "lat": 32.79, "lon": 34.99}
CHUHUIV = {"name": "Chuhuiv", "country": "UA", "admin1": "Kharkiv", "lat": 49.84, "lon": 36.69}

TWO_RIOTS = "Rioters torched cars in Nanterre overnight. In Paris, youths looted shops on the boulevard."
TWO_FRONTS = ("Israeli jets struck a house in Khan Younis on Sunday, medics said. "
              "Hezbollah rockets struck Haifa later that day, police said.")
TWO_TOWNS = "Drones struck Kharkiv overnight, the governor said. Shelling struck Chuhuiv on Sunday, he added."


def _riot(trigger: str, place: dict[str, Any]) -> dict[str, Any]:
    return {"type": "violent_demonstration", "trigger": trigger, "actors": [("initiator", "rioters", None)],
            "place": place, "time": ("2024-03-03", "day")}


@pytest.mark.parametrize(("text", "first", "second"), [
    (TWO_RIOTS, _riot("torched", NANTERRE), _riot("looted", PARIS)),  # two towns 11 km apart
    (TWO_FRONTS, strike(place=KHAN_YOUNIS, actors=[]), strike(trigger="rockets struck", place=HAIFA, actors=[])),
    (TWO_TOWNS, strike(), strike(trigger="Shelling struck", place=CHUHUIV, type="shelling_missile_attack")),
])
def test_one_articles_two_towns_never_link(text: str, first: dict[str, Any], second: dict[str, Any]) -> None:
    a, b = document_nodes(make_doc("r", text, "2024-03-03", "Wire One", first, second))
    assert score_pair(a, b).gate == TOWNS_APART




def test_a_town_and_its_province_or_district_still_link() -> None:
    text = "Drones struck Kharkiv overnight, the governor said. A drone strike hit the Kharkiv region, he added."
    doc = make_doc("r", text, "2024-03-03", "Wire One", strike(), strike(trigger="drone strike"))
    province = Place(text="Kharkiv Oblast", name="Kharkiv", country="UA", admin1="Kharkiv", lat=49.5, lon=36.5,
                     precision=PlacePrecision.REGION, evidence=[])
    district = Place(text="Kyivskyi", name="Kyivskyi", country="UA", admin1="Kharkiv", lat=50.0, lon=36.27,
                     precision=PlacePrecision.DISTRICT, evidence=[])
    country = Place(text="Ukraine", name="Ukraine", country="UA", precision=PlacePrecision.COUNTRY, evidence=[])
    for other in (province, district, country):
        events = [doc.events[0], doc.events[1].model_copy(update={"place": other})]
        a, b = document_nodes(doc.model_copy(update={"events": events}))
        assert score_pair(a, b).gate != TOWNS_APART, other.name


def test_another_outlet_does_not_chain_one_articles_two_towns(linker_factory: Callable[..., Linker]) -> None:
    """A second outlet's report of the riots "in Nanterre and Paris", placed at Paris, scores well against
    both mentions of the first article; the two must still end in two events."""
    round_up = make_doc("r1", TWO_RIOTS, "2024-03-03", "Wire One", _riot("torched", NANTERRE),
                        _riot("looted", PARIS))
    other = make_doc("r2", "Rioters torched cars and looted shops in Paris and Nanterre overnight, police said.",
                     "2024-03-03", "Paris Daily", _riot("torched", PARIS))
    linker = linker_factory()
    linker.add_many([round_up, other])
    groups = [{ref.mention_id for ref in event.mentions} for event in linker.events()]
    assert not any({"r1:m0", "r1:m1"} <= group for group in groups), groups
