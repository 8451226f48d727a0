"""People taken, told as an arrest by one outlet and an abduction by another (``taking`` in
``data/link_groups.yaml``), or a raid told by the fighters it captured, are compared as one event could be;
two types of no common group (an abduction and a ceasefire) stay gated apart.

Round 28, issue #16: the real-news test split's ``--kinds`` counted an abduction and an arrest, and a special
operation and a capture of fighters, kept apart by the types gate. Every text is fiction written for this test.
"""

from __future__ import annotations

from typing import Any

import pytest
from link_helpers import make_doc

from sitreps.link.nodes import document_nodes
from sitreps.link.scoring import TYPES_APART, score_pair

CARACAS = {"name": "Caracas", "country": "VE", "admin1": "Capital District", "lat": 10.49, "lon": -66.88}


def _spec(type_id: str, trigger: str) -> dict[str, Any]:
    return {"type": type_id, "trigger": trigger, "actors": [], "place": CARACAS, "time": ("2026-03-03", "day")}


def _gate(first: tuple[str, str, str], second: tuple[str, str, str]) -> str | None:
    (type_a, trigger_a, text_a), (type_b, trigger_b, text_b) = first, second
    a = document_nodes(make_doc("a", text_a, "2026-03-04", "Caracas Wire", _spec(type_a, trigger_a)))[0]
    b = document_nodes(make_doc("b", text_b, "2026-03-04", "Andes Daily", _spec(type_b, trigger_b)))[0]
    return score_pair(a, b).gate


@pytest.mark.parametrize(("first", "second"), [
    (("arrest", "arrested", "Intelligence agents arrested the opposition leader in Caracas on Tuesday."),
     ("abduction", "abducted", "Hooded men abducted the opposition leader from his car in Caracas on Tuesday.")),
    (("special_operation", "raid", "Special forces carried out a raid on a rebel hideout near Caracas on Tuesday."),
     ("surrender_capture", "captured", "Troops captured six rebels at a hideout near Caracas on Tuesday.")),
])
def test_people_taken_are_compared_across_their_types(first: tuple[str, str, str],
                                                      second: tuple[str, str, str]) -> None:
    assert _gate(first, second) != TYPES_APART


def test_a_taking_and_a_truce_stay_apart() -> None:
    first = ("abduction", "abducted", "Hooded men abducted a union leader in Caracas on Tuesday.")
    second = ("ceasefire", "truce", "The two gangs agreed a truce in Caracas on Tuesday.")
    assert _gate(first, second) == TYPES_APART
