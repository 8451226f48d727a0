"""The explanation of a pair names the gate that ruled it out, or the terms its score adds up from."""

from __future__ import annotations

from link_helpers import BELGOROD, make_doc, strike

from sitreps.link.embedding import lexical_embedder
from sitreps.link.explain import explain_pair, nodes_of
from sitreps.link.scoring import pair_score, score_pair

WIRE = "A Russian drone struck an apartment block in Kharkiv overnight, killing five, the governor said."
AGAIN = "Five people died when a drone struck a high-rise in Kharkiv, rescuers said."
BORDER = "A drone struck a fuel depot in Belgorod overnight, the regional governor said."


def _nodes():
    documents = [
        make_doc("a", WIRE, "2024-03-03", "Wire One", strike()),
        make_doc("b", AGAIN, "2024-03-03", "Eastern Post", strike()),
        make_doc("c", BORDER, "2024-03-03", "Border Courier", strike(place=BELGOROD, counts=[])),
    ]
    return nodes_of(documents, lexical_embedder)


def test_a_scored_pair_lists_terms_that_add_up_to_its_score():
    nodes = _nodes()
    scored = score_pair(nodes["a:m0"], nodes["b:m0"])
    assert scored.gate is None
    assert abs(sum(v for _, v in scored.terms) - scored.score) < 1e-9
    assert scored.score == pair_score(nodes["a:m0"], nodes["b:m0"])
    text = explain_pair(nodes["a:m0"], nodes["b:m0"])
    assert "Kharkiv (UA, exact)" in text and f"score {scored.score:.3f}" in text and "site +0.050" in text


def test_a_gated_pair_names_its_gate():
    nodes = _nodes()
    scored = score_pair(nodes["a:m0"], nodes["c:m0"])
    assert scored.score == 0.0 and scored.gate is not None and not scored.terms
    assert f"gate: {scored.gate}" in explain_pair(nodes["a:m0"], nodes["c:m0"])
