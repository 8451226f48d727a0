"""Manual merges and splits: applied after automatic linking, surviving a re-run."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from sitreps.link.assemble import event_id_for
from sitreps.link.decisions import DecisionKind, LinkDecision, apply_decisions


def _run(linker_factory, docs, decisions):
    linker = linker_factory(decisions=decisions)
    returned = [linker.add(doc) for doc in docs]
    return linker.events(), returned


def _groups(events):
    return {frozenset(ref.mention_id for ref in e.mentions) for e in events}


def test_a_split_takes_mentions_out_and_survives_a_rerun(linker_factory, strike_reports):
    split = LinkDecision(kind=DecisionKind.SPLIT, mention_ids=["a3:m0"], note="different building")
    events, _ = _run(linker_factory, strike_reports, [split])
    assert _groups(events) == {frozenset({"a1:m0", "a2:m0"}), frozenset({"a3:m0"}), frozenset({"a4:m0"})}
    again, _ = _run(linker_factory, list(reversed(strike_reports)), [split])
    assert [e.model_dump() for e in again] == [e.model_dump() for e in events]


def test_a_merge_by_event_ids_survives_a_rerun(linker_factory, strike_reports):
    merge = LinkDecision(kind=DecisionKind.MERGE, event_ids=[event_id_for("a1:m0"), event_id_for("a4:m0")])
    events, returned = _run(linker_factory, strike_reports, [merge])
    assert len(events) == 1 and events[0].n_documents == 4
    assert returned[-1] == [events[0].id]  # add() reports ids after decisions
    again, _ = _run(linker_factory, strike_reports[::-1], [merge])
    assert [e.id for e in again] == [e.id for e in events]


def test_decisions_apply_in_order():
    partition = {"m1": "c1", "m2": "c1", "m3": "c2"}
    decisions = [
        LinkDecision(kind=DecisionKind.MERGE, mention_ids=["m1", "m3"]),
        LinkDecision(kind=DecisionKind.SPLIT, mention_ids=["m2"]),
    ]
    result = apply_decisions(partition, decisions)
    assert result["m1"] == result["m3"] != result["m2"]


def test_decisions_naming_unknown_mentions_are_kept_but_ignored():
    partition = {"m1": "c1"}
    decision = LinkDecision(kind=DecisionKind.MERGE, mention_ids=["m1", "gone"])
    assert apply_decisions(partition, [decision]) == partition


def test_decisions_must_name_enough():
    with pytest.raises(ValidationError):
        LinkDecision(kind=DecisionKind.MERGE, mention_ids=["m1"])
    with pytest.raises(ValidationError):
        LinkDecision(kind=DecisionKind.SPLIT, event_ids=["ev_1"])
