"""The review audit trail in the store, on SQLite and PostgreSQL alike (the ``store`` fixture)."""

from __future__ import annotations

import pytest

from sitreps.errors import ConfigError, NotFoundError
from sitreps.store import Store


def test_audit_undo_and_edits(store: Store) -> None:
    merge = store.add_link_decision("merge", {"kind": "merge", "event_ids": ["ev_a", "ev_b"]})
    store.set_review_audit(merge, author="ana", reason="same strike", before=[{"id": "ev_a"}, {"id": "ev_b"}],
                           after=[{"id": "ev_a"}])
    edit = store.add_field_edit({"mention_id": "m1", "field": "date", "value": "2024-01-02"})
    assert edit > merge
    assert [d.kind for d in store.link_decisions()] == ["merge"]  # edits are not the linker's to replay
    assert [d.payload["value"] for d in store.field_edits()] == ["2024-01-02"]
    entry = store.undo_link_decision(merge, author="ben", reason="wrong pair")
    assert entry.undone_by == "ben" and entry.undo_reason == "wrong pair" and not entry.active
    assert store.link_decisions() == []
    log = store.review_log()
    assert [(e.id, e.author, e.reason, e.active) for e in log] == [(merge, "ana", "same strike", False),
                                                                    (edit, None, None, True)]
    assert log[0].before == [{"id": "ev_a"}, {"id": "ev_b"}]
    with pytest.raises(ConfigError, match="already undone"):
        store.undo_link_decision(merge, author=None, reason=None)
    with pytest.raises(NotFoundError, match="sitreps review list"):
        store.undo_link_decision(999, author=None, reason=None)


def test_known_ids_and_owners(store: Store) -> None:
    assert store.known_ids("events", ["ev_x"]) == set()
    assert store.known_ids("documents", ["x"]) == set()  # only events and mentions are looked up
    assert store.events_of_mentions(["m_x"]) == {}
    assert store.all_ids("mentions") == []
