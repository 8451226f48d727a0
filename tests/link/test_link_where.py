"""A country qualified by a bearing says where an event happened; a bare country does not.

Wire copy that names no town writes "in southwest Somalia", "in northern Mali", "eastern Congo":
the writer places the event in a part of that country, and no actor's nationality is written so.
Such a report must not link to an alike lead of another country, while a bare country (mostly
read off an actor: "the US military said") stays no evidence against a place abroad.
"""

from __future__ import annotations

import numpy as np
from link_helpers import make_doc, strike

from sitreps.link.nodes import LinkNode, article_country, document_nodes
from sitreps.link.place_similarity import place_similarity
from sitreps.link.scoring import NEUTRAL, score_pair
from sitreps.link.where import says_where
from sitreps.models import Document, Place, PlacePrecision

BANNU = Place(text="Bannu district", name="Bannu District", country="Pakistan", admin1="Khyber Pakhtunkhwa",
              lat=32.99, lon=70.6, precision=PlacePrecision.DISTRICT, evidence=[])
GAO = Place(text="Gao", name="Gao", country="Mali", admin1="Gao", lat=16.27, lon=-0.04,
            precision=PlacePrecision.EXACT, evidence=[])


def _country(text: str, country: str) -> Place:
    return Place(text=text, name=country, country=country, precision=PlacePrecision.COUNTRY, evidence=[])


def test_a_country_part_says_where_and_a_bare_country_does_not():
    assert says_where(_country("southwest Somalia", "Somalia"))
    assert says_where(_country("northern Mali", "Mali"))
    assert says_where(_country("north-eastern Congo", "Democratic Republic of the Congo"))
    assert says_where(BANNU)
    # near misses: a bare country, a country whose own name opens with a bearing, an actor's country
    assert not says_where(_country("Somalia", "Somalia"))
    assert not says_where(_country("South Sudan", "South Sudan"))
    assert not says_where(_country("North Korea", "North Korea"))
    assert not says_where(_country("US", "United States"))
    assert not says_where(None)


def _missing(text: str, name: str, country: str) -> Place:
    """A spot the gazetteer lacks, put at its country's centre (``resolve.missing_places``)."""
    return Place(text=text, name=name, country=country, precision=PlacePrecision.COUNTRY, approximate=True,
                 note=f"not in gazetteer; placed at the centre of {country}", evidence=[])


def test_a_missing_spot_put_at_its_country_says_where():
    # round 24: "the Adewui neighbourhood" of a Togolese story is the writer naming a spot, not a nationality
    assert says_where(_missing("the Adewui neighbourhood", "Adewui", "Togo"))
    assert says_where(_missing("the village of Warhole", "Warhole", "Somalia"))
    assert place_similarity(_missing("the Adewui neighbourhood", "Adewui", "Togo"), BANNU) is None
    # near misses: a bare country, and a country flagged approximate under its own name, say no more than before
    assert not says_where(_country("Togo", "Togo"))
    assert not says_where(_missing("Togo", "Togo", "Togo"))
    assert place_similarity(_missing("Togo", "Togo", "Togo"), BANNU) == NEUTRAL


def test_a_country_part_abroad_is_a_place_apart_and_a_bare_country_abroad_is_neutral():
    assert place_similarity(_country("southwest Somalia", "Somalia"), BANNU) is None
    assert place_similarity(_country("eastern Afghanistan", "Afghanistan"), BANNU) is None
    assert place_similarity(_country("Somalia", "Somalia"), BANNU) == NEUTRAL
    assert place_similarity(_country("the United States", "United States"), BANNU) == NEUTRAL
    # a part of the same country holding the town is no evidence against it
    assert place_similarity(_country("northern Mali", "Mali"), GAO) is not None


BLAST = "Several people were killed when a car bomb blew up at a checkpoint in southwest Somalia, witnesses said."
TWIN = "At least 12 people were killed when suicide bombers struck a compound in Bannu, officials said."
TWIN_BARE = "At least 12 people were killed when suicide bombers struck a compound, the US military said."


def _node(document: Document) -> LinkNode:
    node = document_nodes(document)[0]
    node.vector = node.story_vector = np.array([1.0, 0.0])  # the two leads read alike
    return node


def _blast(doc_id: str, text: str, place: Place | None) -> Document:
    """One outlet's lead report of the text, placed at ``place`` (each text its own article)."""
    spec = strike(trigger="blew up" if "blew" in text else "struck", type="suicide_bomb", place=None, counts=[])
    document = make_doc(doc_id, text, "2025-03-03", "Horn Report", spec)
    mention = document.events[0].model_copy(update={"place": place})
    return document.model_copy(update={"events": [mention]})


def test_a_report_in_a_country_part_is_news_of_that_country_and_gated_from_another():
    somali = _node(_blast("somali", BLAST, _country("southwest Somalia", "Somalia")))
    pakistani = _node(_blast("bannu", TWIN, BANNU))
    assert somali.country == somali.where == "Somalia"
    assert score_pair(somali, pakistani).score == 0.0


def test_a_bare_country_abroad_still_neither_gates_nor_names_the_article():
    bare = _blast("bare", TWIN_BARE, _country("US", "United States"))
    assert article_country(bare) is None
    assert _node(bare).country is None
    somali = _node(_blast("somali", BLAST, _country("Somalia", "Somalia")))
    assert somali.where is None
    assert score_pair(somali, _node(_blast("bannu", TWIN, BANNU))).gate is None
