"""A town named like its province: one outlet's bare "Kaduna" may be the state holding the other's town.

Outlets write the bare name of a province named after its capital ("gunmen abduct 40 in Kaduna",
"an airstrike in Idlib", "a blast in Kandahar") and the gazetteer reads it as the town; another
outlet names the town of the province where it happened (Kajuru, Maarat al-Numan, Spin Boldak).
Such a pair says nothing about place either way; the other terms decide. Near misses: a strip is
no province ("Gaza" against Khan Younis), two towns of a province named otherwise stay apart, and
within one article two towns told further down keep the gate. Written for sitreps: fiction in
news style (several conflicts) with real places and their gazetteer points.
"""

from __future__ import annotations

import numpy as np
import pytest
from link_helpers import make_doc, strike

from sitreps.extract.agreement import province_namesake
from sitreps.link.nodes import LinkNode, document_nodes
from sitreps.link.place_similarity import place_similarity
from sitreps.link.scoring import LINK_THRESHOLD, NEUTRAL, TOWNS_APART, score_pair
from sitreps.models import Place, PlacePrecision

KADUNA = {"name": "Kaduna", "country": "Nigeria", "admin1": "Kaduna State", "lat": 10.52, "lon": 7.44}
KAJURU = {"name": "Kajuru", "country": "Nigeria", "admin1": "Kaduna State", "lat": 10.32, "lon": 7.68}
IDLIB = {"name": "Idlib", "country": "Syria", "admin1": "Idlib Governorate", "lat": 35.93, "lon": 36.63}
MAARAT = {"name": "Maarat al-Numan", "country": "Syria", "admin1": "Idlib Governorate", "lat": 35.64, "lon": 36.67}
KANDAHAR = {"name": "Kandahar", "country": "Afghanistan", "admin1": "Kandahar Province", "lat": 31.61, "lon": 65.71}
SPIN_BOLDAK = {"name": "Spin Boldak", "country": "Afghanistan", "admin1": "Kandahar Province", "lat": 31.01,
               "lon": 66.40}
GAZA = {"name": "Gaza", "country": "Palestinian Territory", "admin1": "Gaza Strip", "lat": 31.50, "lon": 34.47}
KHAN_YUNIS = {"name": "Khan Yunis", "country": "Palestinian Territory", "admin1": "Gaza Strip", "lat": 31.34,
              "lon": 34.31}
QUETTA = {"name": "Quetta", "country": "Pakistan", "admin1": "Balochistan", "lat": 30.18, "lon": 67.00}
MASTUNG = {"name": "Mastung", "country": "Pakistan", "admin1": "Balochistan", "lat": 29.80, "lon": 66.85}

PAIRS = [
    ("Gunmen abducted about 40 worshippers from a church in Kaduna on Sunday, police said.", KADUNA,
     "Bandits kidnapped 38 members of a congregation in Kajuru on Sunday, a local official said.", KAJURU,
     "abduction"),
    ("An airstrike hit a vegetable market in Idlib on Tuesday, killing nine, rescuers said.", IDLIB,
     "Nine people were killed when a warplane struck the market in Maarat al-Numan on Tuesday.", MAARAT,
     "air_drone_strike"),
    ("A car bomb exploded outside a police post in Kandahar on Friday, killing six officers.", KANDAHAR,
     "Six policemen died when a car bomb went off at a checkpoint in Spin Boldak on Friday.", SPIN_BOLDAK,
     "remote_explosive"),
]


def _place(spec: dict) -> Place:
    return Place(text=spec["name"], precision=PlacePrecision.EXACT, evidence=[], **spec)


def _node(doc_id: str, text: str, place: dict, event_type: str, published: str = "2025-10-06") -> LinkNode:
    spec = strike(trigger=text.split()[3], place=place, actors=[], type=event_type, counts=[],
                  time=("2025-10-05", "day"))
    node = document_nodes(make_doc(doc_id, text, published, doc_id.upper(), spec))[0]
    node.vector = node.story_vector = np.array([1.0, 0.0])
    return node


@pytest.mark.parametrize(("text_a", "town_a", "text_b", "town_b", "event_type"), PAIRS,
                         ids=["kaduna-kajuru", "idlib-maarat", "kandahar-spin-boldak"])
def test_a_province_named_town_and_a_town_of_that_province_link_across_outlets(
        text_a, town_a, text_b, town_b, event_type):
    a = _node("a", text_a, town_a, event_type)
    b = _node("b", text_b, town_b, event_type)
    assert province_namesake(a.place, b.place) and not province_namesake(b.place, a.place)
    assert place_similarity(a.place, b.place) in (None, 0.0)  # as towns they lie apart
    scored = score_pair(a, b)
    assert dict(scored.terms)["place"] == pytest.approx(0.05 * NEUTRAL)
    assert dict(scored.terms)["places apart"] == 0.0
    assert scored.score >= LINK_THRESHOLD


def test_a_strip_is_no_province_named_after_its_city():
    """Near miss: Gaza and Khan Yunis, struck on one day, stay two places ("Strip" is no unit word)."""
    assert not province_namesake(_place(GAZA), _place(KHAN_YUNIS))
    a = _node("a", "An airstrike hit a school sheltering families in Gaza on Tuesday, medics said.", GAZA,
              "air_drone_strike")
    b = _node("b", "An airstrike hit a tent camp sheltering families in Khan Yunis on Tuesday.", KHAN_YUNIS,
              "air_drone_strike")
    assert dict(score_pair(a, b).terms)["places apart"] < 0.0


def test_two_towns_of_a_province_named_otherwise_stay_apart():
    """Near miss: Quetta and Mastung lie in Balochistan, which no town is named after."""
    assert not province_namesake(_place(QUETTA), _place(MASTUNG))
    assert not province_namesake(_place(MASTUNG), _place(QUETTA))


def test_the_same_town_twice_is_no_namesake_pair():
    assert not province_namesake(_place(KADUNA), _place(KADUNA))


def test_within_one_article_towns_told_further_down_keep_the_gate():
    """Near miss: a round-up moving from Kaduna city to Kajuru below its lead tells two raids."""
    lead = "Police said on Monday that gangs had been active across the state over the weekend."
    text = (f"{lead} {' '.join(['Residents described a tense weekend.'] * 12)} "
            "Gunmen robbed a bank in Kaduna on Saturday. Bandits seized 12 farmers in Kajuru on Sunday.")
    doc = make_doc("r", text, "2025-10-06", "Northern Desk",
                   strike(trigger="robbed", place=KADUNA, type="looting_property_destruction", actors=[]),
                   strike(trigger="seized", place=KAJURU, type="abduction", actors=[]))
    a, b = document_nodes(doc)
    assert not (a.lead or b.lead)
    assert score_pair(a, b).gate == TOWNS_APART


def test_within_one_article_two_lead_towns_keep_the_gate():
    """Near miss: two sentences of one lead, Kaduna city then Kajuru, are the writer moving on."""
    text = "Gunmen robbed a bank in Kaduna on Saturday. Bandits seized 12 farmers in Kajuru on Sunday."
    doc = make_doc("l", text, "2025-10-06", "Northern Desk",
                   strike(trigger="robbed", place=KADUNA, type="looting_property_destruction", actors=[]),
                   strike(trigger="seized", place=KAJURU, type="abduction", actors=[]))
    a, b = document_nodes(doc)
    assert a.lead and b.lead
    assert score_pair(a, b).gate == TOWNS_APART


def test_within_one_article_a_headline_province_and_the_lead_town_are_one_place():
    text = ("Gunmen abduct 40 worshippers in Kaduna church raid.\n\n"
            "Gunmen stormed a church in Kajuru on Sunday and kidnapped about 40 worshippers, police said.")
    doc = make_doc("h", text, "2025-10-06", "Lagos Desk",
                   strike(trigger="abduct", place=KADUNA, type="abduction", actors=[]),
                   strike(trigger="kidnapped", place=KAJURU, type="abduction", actors=[]))
    a, b = document_nodes(doc.model_copy(update={"title": text.split("\n")[0]}))
    assert a.lead and b.lead and a.headline and not b.headline
    scored = score_pair(a, b)
    assert scored.gate is None
    assert dict(scored.terms)["place"] == pytest.approx(0.05 * NEUTRAL)
