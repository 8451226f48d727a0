"""Merges and splits applied to stored events directly give what relinking with the decision gives."""

from __future__ import annotations

import pytest

from sitreps.link.assemble import event_id_for
from sitreps.link.decisions import DecisionKind, LinkDecision
from sitreps.link.regroup import regroup


def _linked(linker_factory, docs, decisions=()):
    linker = linker_factory(decisions=list(decisions))
    for doc in docs:
        linker.add(doc)
    return linker.events()


@pytest.mark.parametrize(
    "decision",
    [
        LinkDecision(kind=DecisionKind.SPLIT, mention_ids=["a3:m0"], note="another building"),
        LinkDecision(kind=DecisionKind.SPLIT, mention_ids=["a1:m0"]),
        LinkDecision(kind=DecisionKind.MERGE, event_ids=[event_id_for("a1:m0"), event_id_for("a4:m0")]),
        LinkDecision(kind=DecisionKind.MERGE, mention_ids=["a4:m0", "a2:m0"]),
    ],
)
def test_regrouping_stored_events_equals_relinking(linker_factory, strike_reports, decision):
    stored = _linked(linker_factory, strike_reports)
    relinked = _linked(linker_factory, strike_reports, [decision])
    regrouped = regroup(stored, decision)
    assert regrouped is not None
    assert [e.model_dump() for e in regrouped] == [e.model_dump() for e in relinked]


def test_a_decision_naming_nothing_stored_changes_nothing(linker_factory, strike_reports):
    stored = _linked(linker_factory, strike_reports)
    assert regroup(stored, LinkDecision(kind=DecisionKind.SPLIT, mention_ids=["nowhere:m0"])) is None
