"""Two outlets' places apart count against one event only when both reports name their own place.

A local paper's headline "Teacher shot dead during clash between police and protesters" names no
town; extraction lends it the one town its article names, in a background line ("the protests began
last week in Nairobi"), while the wire places the shooting in Homa Bay. The lent town must not take
the places-apart penalty against the wire. Near misses: two outlets each naming their own town keep
it, and within one article a lent town still counts. Fiction in the style of news, written for sitreps.
"""

from __future__ import annotations

import numpy as np
from link_helpers import make_doc

from sitreps.link.inherited_places import inherited
from sitreps.link.nodes import LinkNode, document_nodes
from sitreps.link.scoring import score_pair

NAIROBI = {"name": "Nairobi", "country": "KE", "admin1": "Nairobi", "lat": -1.29, "lon": 36.82}
HOMA_BAY = {"name": "Homa Bay", "country": "KE", "admin1": "Homa Bay", "lat": -0.53, "lon": 34.46}
LENT = "not named in its sentence; the story's place written earlier or later (Nairobi)"

LOCAL = "Teacher shot dead during clash between police and protesters on Wednesday."
WIRE = "Police opened fire on protesters in Homa Bay on Wednesday, killing a teacher, witnesses said."


def _node(doc_id: str, text: str, trigger: str, place: dict, note: str | None = None) -> LinkNode:
    spec = {"type": "attack_on_civilians", "trigger": trigger, "place": place, "actors": [], "counts": [],
            "time": ("2026-06-24", "day")}
    doc = make_doc(doc_id, text, "2026-06-25", doc_id.upper(), spec)
    if note is not None:
        first = doc.events[0]
        doc.events[0] = first.model_copy(update={"place": first.place.model_copy(update={"note": note})})
    node = document_nodes(doc)[0]
    node.vector = node.story_vector = np.array([1.0, 0.0])
    return node


def _terms(a: LinkNode, b: LinkNode) -> dict[str, float]:
    return dict(score_pair(a, b).terms)


def test_a_lent_town_takes_no_places_apart_penalty_against_another_outlet():
    local = _node("local", LOCAL, "shot dead", NAIROBI, LENT)
    assert inherited(local.place)
    terms = _terms(local, _node("wire", WIRE, "opened fire", HOMA_BAY))
    assert terms["places apart"] == 0.0
    assert terms["place"] > 0.0


def test_two_outlets_naming_their_own_towns_keep_the_penalty():
    terms = _terms(_node("local", LOCAL, "shot dead", NAIROBI), _node("wire", WIRE, "opened fire", HOMA_BAY))
    assert terms["places apart"] < 0.0


def test_within_one_article_a_lent_town_still_counts():
    text = f"{LOCAL} {WIRE}"
    spec_a = {"type": "attack_on_civilians", "trigger": "shot dead", "place": NAIROBI, "actors": [], "counts": []}
    spec_b = {"type": "attack_on_civilians", "trigger": "opened fire", "place": HOMA_BAY, "actors": [], "counts": []}
    doc = make_doc("one", text, "2026-06-25", "ONE", spec_a, spec_b)
    first = doc.events[0]
    doc.events[0] = first.model_copy(update={"place": first.place.model_copy(update={"note": LENT})})
    a, b = document_nodes(doc)
    a.vector = a.story_vector = b.vector = b.story_vector = np.array([1.0, 0.0])
    scored = score_pair(a, b)
    assert scored.gate is not None or dict(scored.terms)["place"] == 0.0
