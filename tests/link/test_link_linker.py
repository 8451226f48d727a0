"""Linking decisions of the Linker: joins, splits, order independence, stable ids, blocking."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from link_helpers import BELGOROD, ODESA, make_doc, strike

from sitreps.link import linker as linker_module
from sitreps.link.assemble import event_id_for
from sitreps.link.families import groups_of
from sitreps.link.linker import Linker
from sitreps.models import Document, Event

Factory = Callable[..., Linker]


def _groups(events: list[Event]) -> set[frozenset[str]]:
    return {frozenset(ref.mention_id for ref in e.mentions) for e in events}


def _link(factory: Factory, docs: list[Document]) -> list[Event]:
    linker = factory()
    for doc in docs:
        linker.add(doc)
    return linker.events()


def test_reports_of_one_strike_join_and_a_protest_stays_apart(linker_factory, strike_reports):
    events = _link(linker_factory, strike_reports)
    assert _groups(events) == {frozenset({"a1:m0", "a2:m0", "a3:m0"}), frozenset({"a4:m0"})}


def test_add_returns_the_event_the_mentions_joined(linker_factory, strike_reports):
    linker = linker_factory()
    first = linker.add(strike_reports[0])
    assert linker.add(strike_reports[2]) == first == [event_id_for("a1:m0")]


@pytest.mark.parametrize(
    "change",
    [
        {"place": ODESA},  # 440 km away
        {"place": BELGOROD},  # another country
        {"time": ("2024-03-09", "day")},  # six days later, beyond the ±2 day tolerance
        {"type": "peaceful_protest"},  # another family
    ],
)
def test_incompatible_reports_never_join(linker_factory, change):
    text = "A Russian drone struck a building, killing five people."
    docs = [
        make_doc("b1", text, "2024-03-03", "One", strike()),
        make_doc("b2", text, "2024-03-10", "Two", strike(**change)),
    ]
    assert len(_link(linker_factory, docs)) == 2


def test_two_strikes_in_one_city_on_one_day_stay_apart(linker_factory):
    docs = [
        make_doc(
            "c1",
            "A drone struck the power station in Kharkiv, the energy ministry said.",
            "2024-03-03",
            "One",
            strike(actors=[("target", "power station", None)], counts=[]),
        ),
        make_doc(
            "c2",
            "Police said shells struck a crowded market, wounding eleven traders.",
            "2024-03-03",
            "Two",
            strike(
                type="shelling_missile_attack",
                actors=[("target", "market traders", None)],
                counts=[("wounded", 11)],
            ),
        ),
    ]
    assert len(_link(linker_factory, docs)) == 2


def test_mentions_of_one_document_with_different_types_stay_apart(linker_factory):
    text = "A drone struck Kharkiv at night. Residents rallied in Kharkiv the next morning."
    doc = make_doc(
        "d1",
        text,
        "2024-03-03",
        "One",
        strike(),
        {"type": "peaceful_protest", "trigger": "rallied", "place": strike()["place"]},
    )
    assert len(_link(linker_factory, [doc])) == 2


def test_one_sentence_extracted_twice_is_one_event(linker_factory):
    text = "A drone struck and destroyed a block in Kharkiv, killing five."
    doc = make_doc("e1", text, "2024-03-03", "One", strike(), strike(trigger="destroyed"))
    assert len(_link(linker_factory, [doc])) == 1


def test_arrival_order_does_not_change_the_events(linker_factory, strike_reports):
    batch = _link(linker_factory, strike_reports)
    for seed in range(5):
        shuffled = strike_reports[:]
        random.Random(seed).shuffle(shuffled)
        assert [e.model_dump() for e in _link(linker_factory, shuffled)] == [e.model_dump() for e in batch]


def test_event_ids_are_the_hash_of_the_earliest_mention_and_stable(linker_factory, strike_reports):
    first = _link(linker_factory, strike_reports)
    again = _link(linker_factory, list(reversed(strike_reports)))
    assert [e.id for e in first] == [e.id for e in again]
    strike_event = next(e for e in first if e.type == "air_drone_strike")
    assert strike_event.id == event_id_for("a1:m0")


def test_a_document_added_twice_is_linked_once(linker_factory, strike_reports):
    linker = linker_factory()
    for doc in strike_reports + strike_reports[:2]:
        linker.add(doc)
    assert _groups(linker.events()) == _groups(_link(linker_factory, strike_reports))


def test_new_reports_join_stored_events(linker_factory, strike_reports):
    stored = _link(linker_factory, strike_reports[:2] + strike_reports[3:])
    linker = linker_factory(existing=stored)
    joined = linker.add(strike_reports[2])
    events = linker.events()
    strike_event = next(e for e in events if e.type == "air_drone_strike")
    assert joined == [strike_event.id] == [event_id_for("a1:m0")]
    assert strike_event.n_documents == 3
    assert [e.model_dump() for e in events] == [e.model_dump() for e in _link(linker_factory, strike_reports)]


def test_readding_stored_documents_gives_the_same_events(linker_factory, strike_reports):
    stored = _link(linker_factory, strike_reports)
    linker = linker_factory(existing=stored)
    for doc in strike_reports:
        linker.add(doc)
    assert [e.model_dump() for e in linker.events()] == [e.model_dump() for e in stored]


def test_blocking_never_compares_across_groups(linker_factory, monkeypatch):
    compared: list[tuple[str, str]] = []
    real = linker_module.score_pair

    def spy(a, b):
        compared.append((a.type, b.type))
        return real(a, b)

    monkeypatch.setattr(linker_module, "score_pair", spy)
    types = ["air_drone_strike", "shelling_missile_attack", "peaceful_protest", "armed_clash", "defection"]
    text = "Something happened in Kharkiv on Sunday, officials said."
    docs = [
        make_doc(f"f{i}", text, "2024-03-03", f"O{i}", strike(type=types[i % len(types)], trigger="happened"))
        for i in range(20)
    ]
    _link(linker_factory, docs)
    assert compared
    assert all(groups_of(a) & groups_of(b) for a, b in compared)
    assert ("peaceful_protest", "armed_clash") not in compared and ("defection", "air_drone_strike") not in compared
