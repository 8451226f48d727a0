"""A target that only counts the struck ranks after one that says who or what was struck.

Texts written for these tests (fiction in the style of news).
"""

from __future__ import annotations

import pytest

from conftest import make_doc, strike
from sitreps.link.consensus import contributions_of
from sitreps.resolve.normalise import counts_only


@pytest.mark.parametrize(("name", "counts"), [
    ("at least seven people", True), ("hundreds", True), ("More than 1,200 others", True),
    ("dozens of people", True), ("hundreds of civilians", False), ("several of his allies", False),
    ("Saint Varo hospital", False), ("Vanguard Brigade", False), ("", False),
])
def test_names_that_only_count(name: str, counts: bool) -> None:
    assert counts_only(name) is counts


def test_the_struck_hospital_ranks_before_the_toll() -> None:
    text = "Airstrike on Saint Varo hospital kills hundreds in Dellin."
    doc = make_doc("h1", text, "2024-03-03", "Wire One", strike(trigger="Airstrike", actors=[
        ("initiator", "Kordan", None), ("target", "hundreds", None), ("target", "Saint Varo hospital", None)]))
    ranked = [(c.label, c.order) for c in contributions_of(doc.events[0]) if c.field == "actor:target"]
    assert ranked == [("Saint Varo hospital", 0), ("hundreds", 1)]


def test_a_toll_alone_stays_the_target() -> None:
    text = "A drone strike killed at least seven people in Dellin."
    toll = [("target", "at least seven people", None)]
    doc = make_doc("h2", text, "2024-03-03", "Wire One", strike(trigger="drone strike", actors=toll))
    assert [c.label for c in contributions_of(doc.events[0]) if c.field == "actor:target"] == ["at least seven people"]
