"""Two outlets naming different sides of one event: one who acted, the other whom it was done to.

One outlet leads with the attacker ("RSF fighters shelled the camp"), the other with the victims
("twelve displaced people were killed", "workers of the power station"); each side's statement
names its own men. Their actors cannot match, and scoring that as evidence against one event split
reports of one incident. Only the same side named differently by two outlets is evidence of two
events (two unions striking on one day). Written for sitreps (fiction in the style of wire copy).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from link_helpers import make_doc, strike

from sitreps.link.actors import NEUTRAL, complementary, sides_named
from sitreps.link.linker import Linker
from sitreps.link.nodes import LinkNode, document_nodes, event_node
from sitreps.link.scoring import WEIGHT_ACTORS, score_pair

EL_FASHER = {"name": "El Fasher", "country": "SD", "admin1": "North Darfur", "lat": 13.63, "lon": 25.35}
KHARKIV = {"name": "Kharkiv", "country": "UA", "admin1": "Kharkiv", "lat": 49.99, "lon": 36.23}
KADUNA = {"name": "Kaduna", "country": "NG", "admin1": "Kaduna", "lat": 10.52, "lon": 7.44}
BOGOTA = {"name": "Bogota", "country": "CO", "admin1": "Bogota D.C.", "lat": 4.61, "lon": -74.08}

Report = tuple[str, str, dict[str, Any]]
"""One outlet's sentence, its trigger and its actors (role, name, registry id)."""

# name: place, day, type, the first outlet's report, the second outlet's report
PAIRS: dict[str, tuple[dict[str, Any], str, str, Report, Report]] = {
    "camp-shelled": (
        EL_FASHER, "2025-06-10", "shelling_missile_attack",
        ("RSF fighters shelled a displacement camp outside El Fasher on Tuesday, medics said.", "shelled",
         {"actors": [("initiator", "Rapid Support Forces", None)]}),
        ("Twelve displaced people were killed when shells hit their camp near El Fasher, a volunteer said.", "hit",
         {"actors": [("target", "Abu Shouk camp residents", None)]}),
    ),
    "power-station": (
        KHARKIV, "2025-01-14", "air_drone_strike",
        ("Russian drones struck a power station in Kharkiv overnight, the governor said.", "struck",
         {"actors": [("initiator", "Russian forces", "ru-armed-forces")]}),
        ("Two workers of the Kharkiv heating utility died in a drone strike on the plant, the utility said.",
         "strike", {"actors": [("target", "Kharkivteploenergo workers", None)]}),
    ),
    "village-raid": (
        KADUNA, "2025-03-02", "attack_on_civilians",
        ("Bandits stormed a village near Kaduna on Sunday, police said.", "stormed",
         {"actors": [("initiator", "Ansaru bandits", None)]}),
        ("Members of the Adara community mourned eight people killed in a raid near Kaduna, a chief said.", "raid",
         {"actors": [("target", "Adara community", None)]}),
    ),
}


def _spec(kind: str, trigger: str, place: dict[str, Any], day: str, extra: dict[str, Any]) -> dict[str, Any]:
    return strike(type=kind, trigger=trigger, place=place, time=(day, "day"), counts=[], source=None, **extra)


def _nodes(
    name: str, second_actors: list[tuple[str, str, str | None]] | None = None, one_document: bool = False
) -> tuple[LinkNode, LinkNode]:
    """The pair's two reports by two outlets (or one article telling both, ``one_document``)."""
    place, day, kind, (text_a, trigger_a, extra_a), (text_b, trigger_b, extra_b) = PAIRS[name]
    if second_actors is not None:
        extra_b = {"actors": second_actors}
    spec_a = _spec(kind, trigger_a, place, day, extra_a)
    spec_b = _spec(kind, trigger_b, place, day, extra_b)
    if one_document:
        first, second = document_nodes(make_doc("d", f"{text_a} {text_b}", day, "Wire One", spec_a, spec_b))
        return first, second
    first = document_nodes(make_doc("a", text_a, day, "Wire One", spec_a))[0]
    second = document_nodes(make_doc("b", text_b, day, "City Radio", spec_b))[0]
    return first, second


def _actors_term(a: LinkNode, b: LinkNode) -> float:
    return dict(score_pair(a, b).terms)["actors"]


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_attacker_against_victims_is_no_evidence_of_two_events(name: str) -> None:
    a, b = _nodes(name)
    assert a.actor_sides == {"initiator"} and b.actor_sides == {"target"}
    assert _actors_term(a, b) == pytest.approx(WEIGHT_ACTORS * NEUTRAL)


def test_two_outlets_naming_different_attackers_still_count_against() -> None:
    """Near miss: both name who struck, and the names differ (another armed group)."""
    a, b = _nodes("village-raid", second_actors=[("initiator", "Fulani herders", None)])
    assert _actors_term(a, b) == 0.0


def test_a_clash_party_against_another_attacker_still_counts_against() -> None:
    """Near miss: a participant may be either side, so it meets an initiator of another name."""
    a, b = _nodes("camp-shelled", second_actors=[("participant", "Darfur Joint Force", None)])
    assert _actors_term(a, b) == 0.0


def test_two_parties_to_talks_are_no_doer_and_victim() -> None:
    """Near miss: in talks the roles split no doer from a victim (``sided`` groups leave accord
    out), so one outlet's host and the other's delegation of another name still count against."""
    talks = make_doc("t1", "Qatar hosted talks in Doha on Monday, a ministry said.", "2025-07-14", "Gulf Wire",
                     {"type": "negotiation", "trigger": "talks", "place": None, "time": ("2025-07-14", "day"),
                      "actors": [("initiator", "Qatari foreign ministry", None)]})
    other = make_doc("t2", "Delegates of the Sudan People's Front met in Doha on Monday.", "2025-07-14", "Nile Wire",
                     {"type": "negotiation", "trigger": "met", "place": None, "time": ("2025-07-14", "day"),
                      "actors": [("target", "Sudan People's Front", None)]})
    a, b = document_nodes(talks)[0], document_nodes(other)[0]
    assert complementary(a.actor_sides, b.actor_sides)
    assert _actors_term(a, b) == 0.0


def test_within_one_article_the_two_sides_stay_two_parties() -> None:
    """Near miss: one writer naming an attacker in one sentence and victims in another keeps the old
    verdict (the article's own consolidation decides what its incidents are)."""
    a, b = _nodes("power-station", one_document=True)
    assert _actors_term(a, b) == 0.0


@pytest.mark.parametrize(
    ("roles", "expected"),
    [
        (["initiator"], {"initiator"}),
        (["target", "recipient"], {"target"}),
        (["participant"], {"initiator", "target"}),
        (["instrument"], set()),
    ],
)
def test_the_sides_a_role_names(roles: list[str], expected: set[str]) -> None:
    assert set(sides_named(roles)) == expected


def test_no_actor_on_one_side_is_not_complementary() -> None:
    assert not complementary(frozenset(), frozenset({"target"}))
    assert not complementary(frozenset({"initiator", "target"}), frozenset({"target"}))
    assert complementary(frozenset({"initiator"}), frozenset({"target"}))


def test_an_event_node_reads_its_sides_from_its_actor_fields(linker_factory: Callable[..., Linker]) -> None:
    """A stored event compared with a new report carries the sides of its actor fields too."""
    place, day, kind, (text_a, trigger_a, extra_a), _ = PAIRS["camp-shelled"]
    linker = linker_factory()
    linker.add(make_doc("a", text_a, day, "Wire One", _spec(kind, trigger_a, place, day, extra_a)))
    assert event_node(linker.events()[0]).actor_sides == {"initiator"}
