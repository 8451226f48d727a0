"""A round-up sentence gives one event per place: its mentions, split by place, must not link again.

``extract.roundups`` turns "drones struck Kharkiv and Izium" into one mention per town, as ACLED
codes one event per location; two mentions of one sentence normally count as one extraction twice,
so the linker tells them apart by place first.
"""

from __future__ import annotations

from link_helpers import IZIUM, KHARKIV, ODESA, make_doc, strike

from sitreps.link.nodes import document_nodes
from sitreps.link.scoring import SAME_SENTENCE, score_pair

ROUND_UP = "Drones struck Kharkiv and Izium overnight, officials said."


def test_one_sentences_towns_apart_never_link() -> None:
    doc = make_doc("r", ROUND_UP, "2024-03-03", "Wire One", strike(place=KHARKIV), strike(place=IZIUM))
    first, second = document_nodes(doc)
    scored = score_pair(first, second)
    assert scored.score == 0.0
    assert scored.gate == "one sentence's list of places apart"


def test_one_sentences_reports_of_one_town_are_one_extraction() -> None:
    doc = make_doc("r", ROUND_UP, "2024-03-03", "Wire One", strike(place=KHARKIV), strike(place=KHARKIV))
    first, second = document_nodes(doc)
    assert score_pair(first, second).score == SAME_SENTENCE


def test_towns_of_two_sentences_are_scored_as_before() -> None:
    text = "Drones struck Kharkiv overnight. Shells also struck Odesa on Sunday, officials said."
    doc = make_doc("r", text, "2024-03-03", "Wire One", strike(place=KHARKIV),
                   strike(trigger="Shells also struck", place=ODESA))
    first, second = document_nodes(doc)
    assert score_pair(first, second).gate != "one sentence's list of places apart"
