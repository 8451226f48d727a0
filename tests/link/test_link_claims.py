"""Each side's claim about a strike (an accusation, a denial) links to the strike when they share an
actor, and never gives the event its type or actors."""

from __future__ import annotations

import numpy as np
from link_helpers import make_doc, strike

from sitreps.link.consensus import build_fields
from sitreps.link.contributions import Contribution
from sitreps.link.families import claim_types, groups_of
from sitreps.link.nodes import LinkNode, mention_node
from sitreps.link.scoring import pair_score
from sitreps.models import Document, MentionRef

STRIKE = "A Russian drone struck an apartment block in Kharkiv overnight, killing five, the governor said."
ACCUSED = "Kyiv accused Russian forces of striking a residential block in Kharkiv overnight, killing five."
DENIED = "Moscow denied that its forces struck civilian buildings in Kharkiv, calling the reports staged."
UNNAMED = "Officials accused the attackers of striking a residential block in Kharkiv overnight, killing five."

RUSSIA = ("initiator", "Russian forces", "ru-armed-forces")


def _accusation(doc_id: str, text: str, trigger: str, actors: list[tuple[str, str, str | None]]) -> Document:
    return make_doc(doc_id, text, "2024-03-03", doc_id.upper(), strike(type="accusation", trigger=trigger,
                                                                      actors=actors, source=None))


def _node(document: Document) -> LinkNode:
    node = mention_node(document.events[0], document)
    node.vector = node.story_vector = np.array([1.0, 0.0])
    return node


def test_accusations_and_denials_are_claims_compared_with_violent_types():
    assert {"accusation", "denial"} <= claim_types()
    assert groups_of("accusation") & groups_of("air_drone_strike")
    assert groups_of("denial") & groups_of("shelling_missile_attack")
    assert not groups_of("statement") & groups_of("air_drone_strike")


def test_an_accusation_and_a_denial_naming_the_striker_link_to_the_strike(linker_factory):
    report = make_doc("a", STRIKE, "2024-03-03", "Wire One", strike())
    accusation = _accusation("b", ACCUSED, "accused", [RUSSIA, ("target", "residential block", None)])
    denial = make_doc("c", DENIED, "2024-03-03", "C", strike(type="denial", trigger="denied", source=None))
    linker = linker_factory()
    for document in (denial, accusation, report):
        linker.add(document)
    (event,) = linker.events()
    assert event.type == "air_drone_strike"  # the claim is about the strike, not the event's type


def test_a_claim_sharing_no_actor_with_the_report_is_not_compared():
    report = _node(make_doc("a", STRIKE, "2024-03-03", "Wire One", strike()))
    unnamed = _node(_accusation("b", UNNAMED, "accused", [("initiator", "attackers", None)]))
    silent = _node(_accusation("c", UNNAMED, "accused", []))
    named = _node(_accusation("d", ACCUSED, "accused", [RUSSIA]))
    assert pair_score(report, unnamed) == 0.0
    assert pair_score(report, silent) == 0.0
    assert pair_score(report, named) > 0.0


def test_values_only_claims_give_rank_after_those_of_reports():
    refs = {
        m: MentionRef(mention_id=m, document_id=m[0], outlet=m[0], published_at=f"2024-03-0{i + 1}",
                      originator=f"text:{m[0]}")
        for i, m in enumerate(["d:m0", "s:m0"])
    }
    contributions = [  # the denial is published first and names the denier as initiator
        Contribution("type", "denial", "denial", "d:m0", None),
        Contribution("actor:initiator", "id:ru-government", "Moscow", "d:m0", None),
        Contribution("type", "air_drone_strike", "air_drone_strike", "s:m0", None),
        Contribution("actor:initiator", "id:ru-armed-forces", "Russian forces", "s:m0", None),
    ]
    fields = {f.field: f for f in build_fields(contributions, refs)}
    assert fields["type"].value == "air_drone_strike"
    assert fields["actor:initiator"].value == "id:ru-armed-forces"
    assert [c.value for c in fields["type"].candidates] == ["air_drone_strike", "denial"]


def test_an_event_told_only_by_claims_keeps_a_claim_type():
    refs = {"d:m0": MentionRef(mention_id="d:m0", document_id="d", outlet="d", published_at="2024-03-03",
                               originator="text:d")}
    (consensus,) = build_fields([Contribution("type", "denial", "denial", "d:m0", None)], refs)
    assert consensus.value == "denial"
