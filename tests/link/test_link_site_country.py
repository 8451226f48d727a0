"""Reports placed in one town on days that may be one are one site; articles of two countries never link.

ACLED's unit of an event is a type, a place and a day: two outlets placing one kind of event in
one town in one window of days mostly tell one event, unless they name different actors or
different stated days. A report placed nowhere is news of its article's country.
"""

from __future__ import annotations

import numpy as np
from link_helpers import IZIUM, KHARKIV, make_doc, strike

from sitreps.link.nodes import LinkNode, article_country, document_nodes
from sitreps.link.scoring import WEIGHT_SITE, pair_score, same_site
from sitreps.models import Document, PlacePrecision

QUETTA = {"name": "Quetta", "country": "PK", "admin1": "Balochistan", "lat": 30.18, "lon": 66.99}

MARKET = "Shelling hit the central market in Kharkiv on Sunday, killing five traders, the governor said."
MARKET_AGAIN = "Five people died at a Kharkiv bazaar when shells landed on Sunday morning, rescuers reported."
TRAIN = (
    "Gunmen stormed a passenger train near Quetta and held travellers for hours before troops freed them. "
    "Security forces said the attackers had blown up the track."
)
FRONT = (
    "Fighting raged around a village east of Izium as troops held their positions. "
    "A drone later struck a fuel depot in Kharkiv, officials said."
)


def _node(document: Document, index: int = 0) -> LinkNode:
    node = document_nodes(document)[index]
    node.vector = node.story_vector = np.array([1.0, 0.0])
    return node


def test_one_kind_of_event_in_one_town_on_one_day_is_one_site():
    shelling = strike(trigger="Shelling", type="shelling_missile_attack")
    a = _node(make_doc("a", MARKET, "2024-03-03", "Wire One", shelling))
    b = _node(make_doc("b", MARKET_AGAIN, "2024-03-03", "Eastern Post", strike(trigger="shells landed")))
    assert a.family == b.family  # shelling and an air strike are one family of the taxonomy
    assert same_site(a, b)


def test_stated_days_apart_are_two_events_of_one_town():
    a = _node(make_doc("a", MARKET, "2024-03-03", "Wire One", strike(trigger="Shelling")))
    b = _node(make_doc("b", MARKET_AGAIN, "2024-03-04", "Eastern Post",
                       strike(trigger="shells landed", time=("2024-03-01", "day"))))
    assert not same_site(a, b)  # the widened windows still meet, the stated days do not


def test_a_town_and_the_region_holding_it_are_one_site_but_two_bare_regions_are_not():
    a = _node(make_doc("a", MARKET, "2024-03-03", "Wire One", strike(trigger="Shelling")))
    b = _node(make_doc("b", MARKET_AGAIN, "2024-03-03", "Eastern Post", strike(trigger="shells landed")))
    assert a.place is not None and b.place is not None
    b.place = b.place.model_copy(update={"name": "Kharkiv Oblast", "precision": PlacePrecision.REGION})
    assert same_site(a, b)  # one outlet names the town, the other its oblast
    a.place = a.place.model_copy(update={"name": "Kharkiv Oblast", "precision": PlacePrecision.REGION})
    assert not same_site(a, b)  # an oblast holds many strikes of a week


def test_the_site_bonus_needs_actors_that_do_not_disagree():
    spec = strike(trigger="Shelling", counts=[])
    a = _node(make_doc("a", MARKET, "2024-03-03", "Wire One", spec))
    b = _node(make_doc("b", MARKET_AGAIN, "2024-03-03", "Eastern Post", {**spec, "trigger": "shells landed"}))
    agreeing = pair_score(a, b)
    rival = {**spec, "trigger": "shells landed", "actors": [("initiator", "partisans", None)]}
    c = _node(make_doc("c", MARKET_AGAIN, "2024-03-03", "Eastern Post", rival))
    # the rival actor costs the actor weight and the site bonus, nothing else
    assert agreeing - pair_score(a, c) > WEIGHT_SITE


def test_an_article_whose_places_lie_in_one_country_is_news_of_that_country():
    train = make_doc("t", TRAIN, "2025-03-11", "Frontier Times",
                     strike(trigger="stormed", type="attack_on_civilians", place=QUETTA),
                     strike(trigger="blown up", type="remote_explosive", place=None))
    assert article_country(train) == "PK"
    assert _node(train, 1).where == "PK"


def test_an_article_of_two_countries_has_none():
    both = make_doc("m", FRONT, "2024-03-03", "Mixed Wire",
                    strike(trigger="Fighting", type="armed_clash", place=IZIUM),
                    strike(trigger="struck", place=QUETTA))
    assert article_country(both) is None


def test_placeless_reports_of_articles_in_two_countries_never_link():
    clash = make_doc("u", FRONT, "2024-03-03", "Eastern Post",
                     strike(trigger="Fighting", type="armed_clash", place=None, actors=[]),
                     strike(trigger="struck", place=KHARKIV))
    train = make_doc("t", TRAIN, "2024-03-03", "Frontier Times",
                     strike(trigger="stormed", type="armed_clash", place=None, actors=[]),
                     strike(trigger="blown up", type="remote_explosive", place=QUETTA))
    placeless_train = _node(train, 0)
    placeless_train.story_vector = np.array([0.0, 1.0])  # stories of two wars
    assert pair_score(_node(clash, 0), placeless_train) == 0.0
    unplaced = make_doc("v", FRONT, "2024-03-03", "Wire Two",
                        strike(trigger="Fighting", type="armed_clash", place=None, actors=[]))
    assert _node(unplaced).where is None  # an article placing nothing gates nothing
    assert pair_score(_node(clash, 0), _node(unplaced)) > 0.0



def test_articles_of_two_countries_telling_one_story_are_still_compared():
    """One cross-border strike told by an outlet on each side: the stories read alike."""
    fired = make_doc("f", FRONT, "2024-03-03", "Eastern Post",
                     strike(trigger="struck", place=None, actors=[]), strike(trigger="Fighting", place=IZIUM))
    hit = make_doc("h", TRAIN, "2024-03-03", "Frontier Times",
                   strike(trigger="blown up", place=None, actors=[]), strike(trigger="stormed", place=QUETTA))
    a, b = document_nodes(fired)[0], document_nodes(hit)[0]
    assert (a.where, b.where) == ("UA", "PK")
    a.vector = b.vector = a.story_vector = b.story_vector = np.array([1.0, 0.0])
    assert pair_score(a, b) > 0.0
    b.story_vector = np.array([0.0, 1.0])  # stories of two wars
    assert pair_score(a, b) == 0.0
