"""A place its own article disagrees with (a namesake abroad) neither gates nor blocks a pair apart."""

from __future__ import annotations

import numpy as np
from link_helpers import BELGOROD, KHARKIV, ODESA, make_doc, strike

from sitreps.link.nodes import LinkNode, mention_node, place_agrees
from sitreps.link.scoring import pair_score
from sitreps.models import Document

WIRE = "A Russian drone struck an apartment block in Kharkiv overnight, killing five, the governor said."
MISREAD = (
    "A drone struck a block of flats overnight, killing five, the governor said. "
    "Rescuers searched the rubble in Kharkiv while sirens sounded again in Odesa."
)


def _misread() -> Document:
    """One strike placed by the geocoder across the border, while the article's other reports are Ukrainian."""
    return make_doc(
        "b",
        MISREAD,
        "2024-03-03",
        "Border Courier",
        strike(place=BELGOROD),
        strike(trigger="searched", type="other_strategic_development", place=KHARKIV),
        strike(trigger="sirens", type="other_strategic_development", place=ODESA),
    )


def _node(document: Document, index: int) -> LinkNode:
    node = mention_node(document.events[index], document)
    node.vector = node.story_vector = np.array([1.0, 0.0])
    return node


def test_a_place_in_a_country_no_other_report_of_its_article_names_is_doubtful():
    document = _misread()
    assert not place_agrees(document.events[0], document)
    assert place_agrees(document.events[1], document)


def test_a_place_is_trusted_when_the_article_names_no_other_country():
    alone = make_doc("c", WIRE, "2024-03-03", "Wire One", strike(place=BELGOROD))
    assert place_agrees(alone.events[0], alone)
    unplaced = make_doc(
        "d", MISREAD, "2024-03-03", "Wire Two", strike(place=BELGOROD), strike(trigger="searched", place=None)
    )
    assert place_agrees(unplaced.events[0], unplaced)


def test_two_reports_that_disagree_on_the_country_trust_neither():
    document = make_doc("e", MISREAD, "2024-03-03", "Wire Three", strike(place=BELGOROD), strike(trigger="searched"))
    assert not place_agrees(document.events[0], document)
    assert not place_agrees(document.events[1], document)


def test_a_doubtful_place_abroad_does_not_rule_out_the_report_of_the_same_strike():
    wire = _node(make_doc("a", WIRE, "2024-03-03", "Wire One", strike()), 0)
    misread = _node(_misread(), 0)
    assert misread.country is None  # filed with every country's block, so the pair is compared
    assert pair_score(wire, misread) > 0.0


def test_a_trusted_place_abroad_still_rules_the_pair_out():
    wire = _node(make_doc("a", WIRE, "2024-03-03", "Wire One", strike()), 0)
    across = _node(make_doc("c", WIRE, "2024-03-03", "Border Courier", strike(place=BELGOROD)), 0)
    assert across.country == "RU"
    assert pair_score(wire, across) == 0.0
