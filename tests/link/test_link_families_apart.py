"""Two incidents of one article's body in two type families, which extraction kept apart, stay apart in
linking: a shooting told "the same day" as two bombings of the province is another incident, not a
retelling the linker should join to them by their shared day, province and article.

A lead told in one family and retold lower in another stays linkable (an outlet's "attack" in the lead and
"clashes" in the body), and so are two words of one sentence. Every text is fiction written for these tests.
"""

from __future__ import annotations

from typing import Any

from link_helpers import make_doc

from sitreps.link.nodes import document_nodes
from sitreps.link.scoring import FAMILIES_APART, score_pair

PATTANI = {"name": "Pattani", "country": "TH", "admin1": "Pattani", "lat": 6.76, "lon": 101.32}
FILLER = ("Officials in Bangkok met provincial governors on Monday to review security along the border, a "
          "government spokesman said, and promised more patrols before the new school term begins next month. ")
BODY = ("On Sunday two bombs wounded three rangers and a soldier in Pattani province, police said. "
        "A rubber tapper was shot dead on the Nong Chik road in Pattani province on the same day, police said.")


def _incident(type_id: str, trigger: str, place: dict[str, Any]) -> dict[str, Any]:
    return {"type": type_id, "trigger": trigger, "actors": [("initiator", "insurgents", None)], "place": place,
            "time": ("2024-03-03", "day")}


def test_two_body_incidents_of_two_families_never_link() -> None:
    text = FILLER * 3 + BODY
    doc = make_doc("r", text, "2024-03-04", "Deep South Daily",
                   _incident("remote_explosive", "bombs", PATTANI),
                   _incident("attack_on_civilians", "shot dead", PATTANI))
    a, b = document_nodes(doc)
    assert not (a.lead or b.lead)
    assert score_pair(a, b).gate == FAMILIES_APART


def test_a_lead_retold_in_another_family_is_not_gated() -> None:
    text = "Insurgents attacked a ranger base in Pattani province on Sunday, police said. " + FILLER * 3 + \
           "The clashes at the base lasted two hours, a ranger said."
    doc = make_doc("r", text, "2024-03-04", "Deep South Daily",
                   _incident("attack_on_civilians", "attacked", PATTANI),
                   _incident("armed_clash", "clashes", PATTANI))
    a, b = document_nodes(doc)
    assert a.lead and a.family != b.family
    assert score_pair(a, b).gate != FAMILIES_APART


def test_two_families_of_one_body_sentence_are_not_gated() -> None:
    text = FILLER * 3 + ("On Sunday a bomb wounded two rangers and gunmen shot dead a rubber tapper in Pattani "
                         "province, police said.")
    doc = make_doc("r", text, "2024-03-04", "Deep South Daily",
                   _incident("remote_explosive", "bomb", PATTANI),
                   _incident("attack_on_civilians", "shot dead", PATTANI))
    a, b = document_nodes(doc)
    assert score_pair(a, b).gate != FAMILIES_APART
