"""Linking against a real SQLite store: a merge applied in place equals a full relink with it."""

from __future__ import annotations

from pathlib import Path

from sitreps import api
from sitreps.link.assemble import event_id_for
from sitreps.link.decisions import DecisionKind
from sitreps.link.embedding import lexical_embedder
from sitreps.link.persist import link_documents
from sitreps.models import DocumentStatus
from sitreps.store import open_store


def _dumps(db: Path) -> list[dict]:
    with open_store(db) as store:
        return [e.model_dump(mode="json") for e in sorted(store.query_events(limit=None), key=lambda e: e.id)]


def test_a_merge_is_applied_in_place_as_a_relink_would(tmp_path, strike_reports, monkeypatch):
    monkeypatch.setattr("sitreps.link.linker.default_embedder", lambda: lexical_embedder)
    db = tmp_path / "link.db"
    with open_store(db) as store:
        store.add_documents((d.model_copy(update={"status": DocumentStatus.PENDING}), d.text.encode())
                            for d in strike_reports)
        store.save_results(d.model_copy(update={"status": DocumentStatus.PROCESSED}) for d in strike_reports)
        link_documents(store)
    before = len(_dumps(db))
    total = api.decide(DecisionKind.MERGE, event_ids=[event_id_for("a1:m0"), event_id_for("a4:m0")], db=db)
    assert total == before - 1
    merged = _dumps(db)
    assert api.link(db=db) == total
    assert _dumps(db) == merged
