"""A claim told in the sentence of its article's report does not keep that report from another
outlet's, and alike leads whose tolls differ are one event with a revised toll.

Fiction in the style of news, written for these tests.
"""

from __future__ import annotations

import numpy as np
from link_helpers import make_doc, strike

from sitreps.link.clustering import CANNOT_LINK
from sitreps.link.nodes import LinkNode, document_nodes
from sitreps.link.scoring import CLAIM_WITHOUT_ACTOR, FAR_COUNT_PENALTY, PairScore, score_pair
from sitreps.models import Document

BLAMED = (
    "A drone struck the Kharkiv market on Sunday, killing five traders, "
    "and village elders blamed the air force for the raid."
)
HIT = "Five traders died when a drone struck the crowded Kharkiv market on Sunday, rescuers said."
LATER = "Elders in the district later accused smugglers of hiding arms near the market."

AIR_FORCE = ("initiator", "the air force", None)
ELDERS = ("initiator", "village elders", None)


def _blamed() -> Document:
    return make_doc(
        "a", BLAMED, "2024-03-03", "Wire One",
        strike(actors=[AIR_FORCE]),
        strike(type="accusation", trigger="blamed", actors=[ELDERS, ("target", "the air force", None)], source=None),
    )


def _hit() -> Document:
    return make_doc("b", HIT, "2024-03-03", "Eastern Post", strike(actors=[("target", "traders", None)]))


def test_a_claim_retold_beside_its_report_does_not_split_the_event(linker_factory):
    blamed, hit = _blamed(), _hit()
    claim, other = document_nodes(blamed)[1], document_nodes(hit)[0]
    assert score_pair(claim, other).gate == CLAIM_WITHOUT_ACTOR  # the claim alone is not compared
    linker = linker_factory()
    for document in (blamed, hit):
        linker.add(document)
    events = linker.events()
    strikes = [e for e in events if {"a:m0", "b:m0"} <= {m.mention_id for m in e.mentions}]
    assert strikes, [sorted(m.mention_id for m in e.mentions) for e in events]


def test_a_claim_gate_still_vetoes_unless_the_claim_is_told_with_a_linked_report():
    gated = PairScore(0.0, CLAIM_WITHOUT_ACTOR)
    assert gated.contradicts(CANNOT_LINK)
    assert not gated.contradicts(CANNOT_LINK, claim_told_with_report=True)
    apart = PairScore(0.0, "time windows do not meet")
    assert apart.contradicts(CANNOT_LINK, claim_told_with_report=True)  # only the claim gate is excused
    assert PairScore(0.1).contradicts(CANNOT_LINK, claim_told_with_report=True)


def test_a_claim_in_another_sentence_keeps_its_veto(linker_factory):
    text = f"{HIT} {LATER}"
    later = make_doc(
        "c", text, "2024-03-03", "Eastern Post",
        strike(actors=[("target", "traders", None)]),
        strike(type="accusation", trigger="accused", actors=[("initiator", "Elders", None),
                                                             ("target", "smugglers", None)], source=None),
    )
    linker = linker_factory()
    for document in (later, _blamed()):
        linker.add(document)
    assert not linker._claim_told_with("c:m1", "a:m0")  # told in a sentence of its own
    assert linker._claim_told_with("a:m1", "c:m0")  # told beside a:m0, which links to c:m0


def _lead(document: Document) -> LinkNode:
    node = document_nodes(document)[0]
    node.vector = node.story_vector = np.array([1.0, 0.0])
    node.lead = True
    return node


def test_alike_leads_with_tolls_apart_are_a_revised_toll_not_two_events():
    first = _lead(make_doc("a", HIT, "2024-03-03", "Wire One", strike(counts=[("killed", 14)])))
    revised = _lead(make_doc("b", HIT, "2024-03-04", "Eastern Post", strike(counts=[("killed", 21)])))
    assert dict(score_pair(first, revised).terms)["far toll"] == 0.0
    first.lead = False  # a report further down its article: the far toll still tells two events
    assert dict(score_pair(first, revised).terms)["far toll"] == -FAR_COUNT_PENALTY
