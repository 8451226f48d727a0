"""A later outlet's higher toll is the first toll risen; a later victims' count by a country's people is
no other victims (round 22). Fiction in the style of news, written for these tests.
"""

from __future__ import annotations

import pytest
from link_helpers import make_doc, strike

from sitreps.link.actors import GENERIC_MATCH, actor_similarity
from sitreps.link.nodes import LinkNode, document_nodes
from sitreps.link.tolls import NEUTRAL, toll_similarity

# (day told, first published, first toll), (second published, second toll), the two leads
RISEN = {
    "a Tillaberi village, two days on": (("2026-01-12", "2026-01-13", 8), ("2026-01-15", 21),
                                         "Gunmen killed eight villagers in Tera on Monday.",
                                         "The toll of Monday's attack in Tera has climbed to 21."),
    "a Beni village, the next day": (("2026-02-03", "2026-02-04", 6), ("2026-02-05", 18),
                                     "Rebels killed six people overnight in a Beni village.",
                                     "The toll from the rebel raid on a Beni village rose to 18."),
    "a Kurram convoy, the next day": (("2026-03-16", "2026-03-17", 11), ("2026-03-18", 30),
                                      "Gunmen killed eleven passengers on a Kurram convoy on Monday.",
                                      "The toll from Monday's convoy attack in Kurram has reached 30."),
    "a Macomia village, the next day": (("2026-04-19", "2026-04-21", 5), ("2026-04-22", 14),
                                        "Insurgents killed five civilians in a Macomia village on Sunday.",
                                        "The number killed in Sunday's Macomia raid has risen to 14."),
    "a Haitian town, two days on": (("2026-05-25", "2026-05-26", 9), ("2026-05-28", 25),
                                    "Gang members killed nine people in Croix-des-Bouquets on Monday.",
                                    "A rights group said 25 people were killed in Monday's gang raid."),
}


def _lead(doc_id: str, text: str, told: str, published: str, toll: int, lead: bool = True) -> LinkNode:
    trigger = next(w for w in ("killed", "rose", "reached", "climbed", "risen") if w in text)
    spec = strike(type="attack_on_civilians", trigger=trigger, time=(told, "day"), counts=[("killed", toll)],
                  actors=[], source=None)
    node = document_nodes(make_doc(doc_id, text, published, doc_id.upper(), spec))[0]
    node.lead = lead
    return node


def _pair(case: tuple, later: str | None = None, toll: int | None = None, told: str | None = None,
          lead: bool = True) -> float:
    (day, first_published, first_toll), (second_published, second_toll), text_a, text_b = case
    a = _lead("a", text_a, day, first_published, first_toll, lead)
    b = _lead("b", text_b, told or day, later or second_published, second_toll if toll is None else toll, lead)
    return toll_similarity(a, b)


@pytest.mark.parametrize("name", sorted(RISEN))
def test_a_later_outlets_higher_toll_is_the_toll_risen(name):
    assert _pair(RISEN[name]) == NEUTRAL


@pytest.mark.parametrize("name", sorted(RISEN))
def test_far_tolls_keep_counting_when_no_update_explains_them(name):
    case = RISEN[name]
    first_published = case[0][1]
    assert _pair(case, later=first_published) == 0.0  # one day of writing: two tolls
    assert _pair(case, toll=1) == 0.0  # the later outlet counts fewer
    assert _pair(case, later="2026-12-30") == 0.0  # weeks on: as likely the next raid
    assert _pair(case, lead=False) == 0.0  # reports lower down may be another incident recalled


def test_a_higher_toll_told_of_another_day_is_no_revision():
    case = RISEN["a Tillaberi village, two days on"]
    assert _pair(case, told="2026-01-15") == 0.0  # Monday and Thursday: two raids


@pytest.mark.parametrize("country", ["ng", "cd", "ml", "mm", "ht"])
def test_a_countrys_unnamed_victims_match_any_description_across_outlets(country):
    victims = frozenset({f"id:{country}-civilians"})
    other = frozenset({"id:new:bandit", "name:village"})
    assert actor_similarity(victims, other, across_outlets=True, people_described=True) == GENERIC_MATCH
    assert actor_similarity(victims, other, across_outlets=True) == 0.0  # a crowd's event: the people are the party
    assert actor_similarity(victims, other, people_described=True) == 0.0  # one writer: two parties


def test_a_named_party_is_still_evidence():
    assert actor_similarity(frozenset({"id:sd-rsf"}), frozenset({"id:new:bandit"}), across_outlets=True,
                            people_described=True) == 0.0
