"""One writer's "no casualties" beside another report's dead keeps the two reports in two rows.

An exile outlet tells a jet bombing a monastery on Sunday night (17 killed), then "the jet dropped two
bombs" (no toll, no day), then "on Monday troops also shelled villages of the next township, no
casualties were reported". The undated detail scores above the threshold with both, and the pair of
tolls only lost the far-toll penalty, so the shelling joined the bombing's row. Five paraphrases
(other conflicts and words for none: "no one was hurt", "without casualties", "no deaths", "no
injuries") and near misses: two far tolls above zero in one article (parts of one incident: the dead
"among them six children"), a zero across two outlets, zero against zero, and a zero of another kind.
Fiction in the style of news, written for sitreps.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from link_helpers import make_doc

from sitreps.link.linker import Linker
from sitreps.link.nodes import document_nodes
from sitreps.link.toll_contradiction import tolls_contradict

# (text, the deadly report's trigger and toll, the detail's trigger, the harmless report's trigger and kind)
PARAPHRASES = [
    ("A junta jet bombed a monastery in Depayin on Sunday night, killing 17. The jet dropped two bombs on the hall. "
     "Troops also shelled villages nearby, but no casualties were reported.",
     ("bombed", "killed", 17), "dropped two bombs", ("shelled", "killed")),
    ("Drones struck a fuel depot in Kherson on Tuesday, killing three workers. The drones hit two tanks. "
     "Another drone struck a field outside the city; no one was hurt.",
     ("struck a fuel", "killed", 3), "hit two tanks", ("struck a field", "injured")),
    ("Al-Shabaab fighters attacked a base in Hiraan, killing 12 soldiers. The fighters stormed the gate. "
     "A second assault on a checkpoint was repelled without casualties.",
     ("attacked", "killed", 12), "stormed the gate", ("assault on a checkpoint", "killed")),
    ("RSF shells hit a market in El Fasher, killing 21 people. The shells landed near the stalls. "
     "Shells also fell on an empty school, causing no deaths.",
     ("shells hit", "killed", 21), "landed near", ("Shells also fell", "killed")),
    ("A roadside bomb wounded seven policemen in Khyber on Friday. The bomb went off under a van. "
     "A second device exploded near a bridge but caused no injuries.",
     ("roadside bomb", "injured", 7), "went off", ("second device", "injured")),
]


def _vectors(sentences: Sequence[str]) -> np.ndarray:
    """Every sentence alike: only the gates and the other terms part two reports."""
    return np.ones((len(sentences), 2)) / np.sqrt(2)


def _article(text: str, deadly: tuple[str, str, int], detail: str, harmless: tuple[str, str],
             doc_id: str = "exile") -> list:
    specs = [
        {"type": "air_drone_strike", "trigger": deadly[0], "counts": [(deadly[1], deadly[2])],
         "time": ("2026-11-01", "day")},
        {"type": "air_drone_strike", "trigger": detail},
        {"type": "air_drone_strike", "trigger": harmless[0], "counts": [(harmless[1], 0)],
         "time": ("2026-11-02", "day")},
    ]
    return [make_doc(doc_id, text, "2026-11-03", "Frontier Voice", *specs)]


@pytest.mark.parametrize(("text", "deadly", "detail", "harmless"), PARAPHRASES)
def test_a_toll_of_none_contradicts_the_articles_dead(text, deadly, detail, harmless):
    documents = _article(text, deadly, detail, harmless)
    nodes = document_nodes(documents[0])
    same_kind = deadly[1] == harmless[1]
    assert tolls_contradict(nodes[0], nodes[2]) is same_kind
    assert not tolls_contradict(nodes[0], nodes[1])


@pytest.mark.parametrize(("text", "deadly", "detail", "harmless"), [p for p in PARAPHRASES if p[1][1] == p[3][1]])
def test_the_undated_detail_does_not_chain_the_harmless_report_into_the_deadly_row(text, deadly, detail, harmless):
    linker = Linker(embedder=_vectors)
    linker.add_many(_article(text, deadly, detail, harmless))
    rows = {frozenset(m.mention_id for m in event.mentions) for event in linker.events()}
    assert not any({"exile:m0", "exile:m2"} <= row for row in rows)


def test_two_tolls_above_zero_in_one_article_do_not_contradict():
    text = "Jets bombed a village in Sagaing, killing 17. Six children were killed in the bombing."
    doc = make_doc("one", text, "2026-11-03", "ONE",
                   {"trigger": "bombed", "counts": [("killed", 17)]}, {"trigger": "bombing", "counts": [("killed", 6)]})
    a, b = document_nodes(doc)
    assert not tolls_contradict(a, b)


def test_a_toll_of_none_across_two_outlets_does_not_contradict():
    deadly = make_doc("wire", "Jets bombed a village, killing 17.", "2026-11-03", "WIRE",
                      {"trigger": "bombed", "counts": [("killed", 17)]})
    early = make_doc("local", "Jets bombed a village; no casualties were reported.", "2026-11-02", "LOCAL",
                     {"trigger": "bombed", "counts": [("killed", 0)]})
    assert not tolls_contradict(document_nodes(deadly)[0], document_nodes(early)[0])


def test_zero_against_zero_and_another_kind_do_not_contradict():
    text = "A drone hit a depot; no one was killed. A second drone hit a truck; no one was killed. Two were hurt."
    doc = make_doc("one", text, "2026-11-03", "ONE", {"trigger": "drone hit", "counts": [("killed", 0)]},
                   {"trigger": "second drone", "counts": [("killed", 0)]},
                   {"trigger": "Two were hurt", "counts": [("injured", 2)]})
    a, b, c = document_nodes(doc)
    assert not tolls_contradict(a, b)
    assert not tolls_contradict(a, c)
