"""Two articles leading with alike stories lead with one event; an incident further down does not."""

from __future__ import annotations

import numpy as np
from link_helpers import KHARKIV, make_doc, strike

from sitreps.link.nodes import STORY_CHARS, LinkNode, mention_node, tells_lead
from sitreps.link.scoring import WEIGHT_LEAD
from sitreps.link.similarities import FAMILY_SIMILARITY, LEAD_STORY_FLOOR, lead_similarity, type_similarity

LEAD = "Shelling hit a market in Kharkiv on Sunday, killing five, the governor said."
FILLER = " Officials gave no further detail about the repairs planned for the tram depot." * 5
DEEP = LEAD + FILLER + " Separately, a drone struck a warehouse near the ring road overnight."


def _node(doc_id: str, text: str, spec: dict, story: tuple[float, float]) -> LinkNode:
    document = make_doc(doc_id, text, "2024-03-03", doc_id.upper(), spec)
    node = mention_node(document.events[0], document)
    node.story_vector = np.array(story) / np.linalg.norm(story)
    return node


def test_a_mention_in_the_lead_tells_the_main_news_and_one_further_down_does_not():
    lead = make_doc("a", DEEP, "2024-03-03", "A", strike(trigger="Shelling"))
    deep = make_doc("b", DEEP, "2024-03-03", "B", strike(trigger="drone struck"))
    assert tells_lead(lead.events[0], lead)
    assert not tells_lead(deep.events[0], deep)


def test_a_long_lead_sentence_tells_the_main_news_even_when_its_trigger_falls_past_the_cut():
    byline = "By Amina Roble, Coastal Herald, Kismayo. Updated at noon local time after officials briefed reporters. "
    opening = (
        "Residents of the river town said on Tuesday that a convoy of heavily armed men, some wearing "
        "uniforms taken from a police post, had arrived at dawn and, after a tense standoff lasting several hours, "
        "finally ambushed the district commissioner's escort on the bridge road, killing four guards."
    )
    text = byline + opening + FILLER + " Separately, a drone struck a warehouse near the ring road."
    assert text.index("ambushed") > STORY_CHARS > text.index("Residents")
    lead = make_doc("a", text, "2024-03-03", "A", strike(trigger="ambushed", type="armed_clash"))
    deep = make_doc("b", text, "2024-03-03", "B", strike(trigger="drone struck"))
    assert tells_lead(lead.events[0], lead)  # its sentence begins in the lead
    assert not tells_lead(deep.events[0], deep)


def test_alike_leads_add_up_to_the_lead_weight():
    a = _node("a", LEAD, strike(trigger="Shelling", place=KHARKIV), (1.0, 0.0))
    b = _node("b", LEAD.replace("five", "six"), strike(trigger="Shelling"), (1.0, 0.0))
    assert lead_similarity(a, b) == 1.0  # identical stories: the full weight
    c = _node("c", LEAD, strike(trigger="Shelling"), (1.0, 1.0))  # cosine 0.71
    assert 0.0 < lead_similarity(a, c) < 1.0
    assert WEIGHT_LEAD > 0


def test_stories_alike_only_as_two_events_of_one_city_get_nothing():
    a = _node("a", LEAD, strike(trigger="Shelling"), (1.0, 0.0))
    cosine = LEAD_STORY_FLOOR - 0.05
    b = _node("b", LEAD, strike(trigger="Shelling"), (cosine, float(np.sqrt(1 - cosine**2))))
    assert lead_similarity(a, b) == 0.0


def test_an_incident_further_down_gets_nothing_from_an_alike_lead():
    a = _node("a", LEAD, strike(trigger="Shelling"), (1.0, 0.0))
    b = _node("b", DEEP, strike(trigger="drone struck"), (1.0, 0.0))
    assert lead_similarity(a, b) == 0.0


def test_two_mentions_of_one_document_get_nothing():
    a = _node("a", DEEP, strike(trigger="Shelling"), (1.0, 0.0))
    b = _node("a", DEEP, strike(trigger="Shelling"), (1.0, 0.0))
    assert lead_similarity(a, b) == 0.0


def test_alike_leads_typed_in_two_families_of_one_group_count_as_one_family():
    raid = strike(trigger="Shelling", type="attack_on_civilians")
    a = _node("a", LEAD, raid, (1.0, 0.0))
    b = _node("b", LEAD, strike(trigger="Shelling", type="armed_clash"), (1.0, 0.0))
    assert a.family != b.family and a.groups & b.groups
    assert type_similarity(a, b) == FAMILY_SIMILARITY
    deep = _node("c", DEEP, strike(trigger="drone struck", type="armed_clash"), (1.0, 0.0))
    assert type_similarity(a, deep) == 0.0  # an incident further down keeps its own type
    # (a capture and a withdrawal are one act told from its two sides, lead or not: test_link_one_act)
