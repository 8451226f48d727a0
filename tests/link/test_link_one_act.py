"""Types that tell one act from its sides (``one_act`` in ``data/link_groups.yaml``): a place changing hands.

One side's capture of a town is the other side's withdrawal from it or surrender there, and the fight for
the town is the act whose outcome the change is. An outlet types the change by the side it reports from,
so two such types score as one family, and one article's body telling the fight and the withdrawal is not
gated apart as two incidents of two families. Near misses keep their gates: two families outside the set
(a bombing and a shooting, a clash and a protest) and a withdrawal from another town. Every text is fiction
written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest
from link_helpers import make_doc

from sitreps.link.families import one_act
from sitreps.link.nodes import document_nodes
from sitreps.link.scoring import FAMILIES_APART, TOWNS_APART, score_pair
from sitreps.link.similarities import FAMILY_SIMILARITY, type_similarity

FILLER = ("The defence ministry said on Monday that new recruits would finish their training before the rainy "
          "season, and that more armoured vehicles were on their way to the front, a spokesman told reporters. ")

KURAKHOVE = {"name": "Kurakhove", "country": "UA", "admin1": "Donetsk", "lat": 47.98, "lon": 37.28}
BARA = {"name": "Bara", "country": "SD", "admin1": "North Kordofan", "lat": 13.70, "lon": 30.37}
KAWLIN = {"name": "Kawlin", "country": "MM", "admin1": "Sagaing", "lat": 23.79, "lon": 95.68}
MOQOKORI = {"name": "Moqokori", "country": "SO", "admin1": "Hiiraan", "lat": 4.05, "lon": 45.42}
SAKE = {"name": "Sake", "country": "CD", "admin1": "North Kivu", "lat": -1.57, "lon": 29.04}
GOMA = {"name": "Goma", "country": "CD", "admin1": "North Kivu", "lat": -1.68, "lon": 29.22}

# (first type, its trigger, second type, its trigger, the body telling both, the place)
ONE_CHANGE = [
    ("armed_clash", "fought", "withdrawal", "withdrew",
     "Russian and Ukrainian troops fought for Kurakhove all day. Late that night Ukrainian units withdrew "
     "from Kurakhove, a brigade spokesman said.", KURAKHOVE),
    ("armed_clash", "clashed", "withdrawal", "pulled out",
     "Soldiers and paramilitary fighters clashed in Bara for hours. The army pulled out of Bara in the "
     "evening, two residents said.", BARA),
    ("armed_clash", "battled", "surrender_capture", "surrendered",
     "Resistance fighters battled junta troops inside Kawlin. About forty soldiers surrendered in Kawlin "
     "at dusk, a commander said.", KAWLIN),
    ("non_state_overtakes_territory", "took over", "withdrawal", "left",
     "The militants took over the police station in Moqokori on Wednesday. Government troops and clan "
     "fighters had left Moqokori hours earlier, elders said.", MOQOKORI),
    ("surrender_capture", "captured", "government_regains_territory", "retook",
     "Dozens of rebels were captured in Sake, the army said. Troops retook Sake after the rebels "
     "fled, a local official added.", SAKE),
]


def _spec(type_id: str, trigger: str, place: dict[str, Any]) -> dict[str, Any]:
    return {"type": type_id, "trigger": trigger, "actors": [], "place": place, "time": ("2026-03-03", "day")}


def _body_pair(first: dict[str, Any], second: dict[str, Any], body: str) -> tuple[Any, Any]:
    text = FILLER * 3 + body
    doc = make_doc("r", text, "2026-03-04", "Front Line Daily", first, second)
    a, b = document_nodes(doc)
    assert not (a.lead or b.lead)
    return a, b


@pytest.mark.parametrize(("type_a", "trigger_a", "type_b", "trigger_b", "body", "place"), ONE_CHANGE)
def test_one_change_of_hands_in_one_body_is_not_gated(
        type_a: str, trigger_a: str, type_b: str, trigger_b: str, body: str, place: dict[str, Any]) -> None:
    a, b = _body_pair(_spec(type_a, trigger_a, place), _spec(type_b, trigger_b, place), body)
    assert a.family != b.family
    assert score_pair(a, b).gate is None
    assert type_similarity(a, b) == FAMILY_SIMILARITY


def test_a_withdrawal_from_another_town_stays_apart() -> None:
    a, b = _body_pair(_spec("armed_clash", "fought", SAKE), _spec("withdrawal", "withdrew", GOMA),
                      "Rebels and soldiers fought in Sake all morning. Soldiers withdrew from Goma in the "
                      "afternoon, residents said.")
    assert score_pair(a, b).gate == TOWNS_APART


def test_other_families_of_one_body_keep_their_gate() -> None:
    a, b = _body_pair(_spec("armed_clash", "clashed", BARA), _spec("attack_on_civilians", "shot dead", BARA),
                      "Soldiers and paramilitary fighters clashed in Bara on Saturday. Gunmen shot dead a "
                      "trader in Bara on the same day, residents said.")
    assert score_pair(a, b).gate == FAMILIES_APART


@pytest.mark.parametrize(("type_a", "type_b", "expected"), [
    ("withdrawal", "non_state_overtakes_territory", True),
    ("surrender_capture", "government_regains_territory", True),
    ("armed_clash", "withdrawal", True),
    ("non_violent_territory_transfer", "withdrawal", True),
    ("withdrawal", "arrest", False),
    ("armed_clash", "attack_on_civilians", False),
    ("negotiation", "agreement", False),
])
def test_one_act_pairs(type_a: str, type_b: str, expected: bool) -> None:
    assert one_act(type_a, type_b) is expected
    assert one_act(type_b, type_a) is expected
