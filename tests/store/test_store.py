"""The Store contract, run against SQLite and PostgreSQL alike (the ``store`` fixture)."""

from __future__ import annotations

import pytest
from store_builders import (
    BLACK_SEA,
    CONGO,
    GERMAN,
    SUDAN,
    black_sea_processed,
    congo_processed,
    document,
    sudan_processed,
)

from sitreps.errors import ConfigError, NotFoundError
from sitreps.models import Document, DocumentStatus
from sitreps.store import MentionFilter, Store
from sitreps.store import sql_store as sql_store_module


def pending(doc: Document) -> Document:
    """The document as ingest hands it over: metadata, no results yet."""
    return doc.model_copy(update={"status": DocumentStatus.PENDING, "events": [], "quotes": [], "claims": []})


def load_all(store: Store) -> list[Document]:
    docs = [sudan_processed(), congo_processed(), black_sea_processed()]
    store.add_documents((pending(d), d.text.encode()) for d in docs)
    store.save_results(docs)
    return docs


def test_round_trip_keeps_every_field(store: Store) -> None:
    full = sudan_processed()
    [outcome] = store.add_documents([(pending(full), b"<html>raw</html>")])
    assert outcome.new and outcome.document_id == full.id and outcome.source == "feeds/nile.xml"
    store.save_results([full])
    assert store.get_document(full.id) == full
    assert store.get_document("missing") is None


def test_document_added_with_results_keeps_them(store: Store) -> None:
    full = congo_processed()
    store.add_documents([(full, b"x")])
    assert store.get_document(full.id) == full


def test_duplicates_detected_and_every_raw_arrival_kept(store: Store) -> None:
    doc = document(SUDAN, source_path="a.html")
    again = document(SUDAN, source_path="b.html")
    outcomes = store.add_documents([(doc, b"first"), (again, b"second")])
    outcomes += store.add_documents([(doc, b"third")])
    assert [o.new for o in outcomes] == [True, False, False]
    assert [o.source for o in outcomes] == ["a.html", "b.html", "a.html"]
    raws = store.raw_inputs(doc.id)
    assert sorted(r.data for r in raws) == [b"first", b"second", b"third"]
    assert {r.sha256 for r in raws} == {__import__("hashlib").sha256(r.data).hexdigest() for r in raws}
    assert store.count_documents() == {"pending": 1}


def test_pending_ids_oldest_first_with_limit(store: Store) -> None:
    old = document(CONGO, ingested_at="2024-01-01T00:00:00+00:00")
    new = document(BLACK_SEA, ingested_at="2024-02-01T00:00:00+00:00")
    done = document(SUDAN, status=DocumentStatus.PROCESSED)
    store.add_documents([(new, b""), (old, b""), (done, b"")])
    assert store.pending_ids() == [old.id, new.id]
    assert store.pending_ids(limit=1) == [old.id]


def test_list_documents_newest_first_without_text(store: Store) -> None:
    old = document(CONGO, ingested_at="2024-01-01T00:00:00+00:00", title="Rubaya")
    new = document(BLACK_SEA, ingested_at="2024-02-01T00:00:00+00:00", status=DocumentStatus.PROCESSED)
    store.add_documents([(old, b""), (new, b"")])
    listed = store.list_documents()
    assert [m.id for m in listed] == [new.id, old.id] and listed[1].title == "Rubaya"
    assert [m.id for m in store.list_documents(DocumentStatus.PENDING)] == [old.id]
    assert [m.id for m in store.list_documents(limit=1, offset=1)] == [old.id]


def test_iter_documents_pages_through_all_by_status(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sql_store_module, "ITER_PAGE", 2)
    docs = load_all(store)
    german = document(GERMAN, language="de", status=DocumentStatus.UNSUPPORTED, status_reason="language de")
    store.add_documents([(german, b"")])
    assert sorted(d.id for d in store.iter_documents()) == sorted([*(d.id for d in docs), german.id])
    assert [d.id for d in store.iter_documents(DocumentStatus.UNSUPPORTED)] == [german.id]
    processed = {d.id: d for d in store.iter_documents(DocumentStatus.PROCESSED)}
    assert processed == {d.id: d for d in docs}


def test_reprocessing_replaces_results_under_the_same_ids(store: Store) -> None:
    full = sudan_processed()
    store.add_documents([(pending(full), b"")])
    store.save_results([full])
    fewer = full.model_copy(update={"events": full.events[:1], "quotes": [], "claims": full.claims[1:]})
    store.save_results([fewer])
    store.save_results([fewer])
    assert store.get_document(full.id) == fewer
    mentions = store.query_mentions(MentionFilter(document_id=full.id))
    assert [m.id for _, m in mentions] == [full.events[0].id]
    assert store.stats().quotes == 0 and store.stats().claims == 1


def test_failed_batch_rolls_back_and_keeps_what_was_stored(store: Store) -> None:
    first = sudan_processed()
    store.add_documents([(pending(first), b"ok")])
    store.save_results([first])
    # Rows go in id order: make the failing document (a mention id that is already taken) the later one.
    other, failing = sorted((document(CONGO), document(BLACK_SEA)), key=lambda d: d.id)
    failing = failing.model_copy(update={"events": first.events})
    with pytest.raises(Exception):  # noqa: B017 - the driver's own unique-constraint error
        store.add_documents([(failing, b"bad"), (other, b"fine")])
    assert store.get_document(other.id) is None
    assert store.get_document(first.id) == first
    assert [r.data for r in store.raw_inputs(first.id)] == [b"ok"]
    stripped = first.model_copy(update={"events": [], "status": DocumentStatus.FAILED})
    with pytest.raises(NotFoundError):
        store.save_results([stripped, document(GERMAN)])
    assert store.get_document(first.id) == first


def test_stats_summarise_documents_mentions_and_events(store: Store) -> None:
    load_all(store)
    store.add_documents([(document(GERMAN, language="de", status=DocumentStatus.UNSUPPORTED), b"")])
    stats = store.stats()
    assert stats.documents_by_status == {"processed": 3, "unsupported": 1}
    assert stats.documents_by_language == {"en": 3, "de": 1}
    assert stats.mentions_by_type == {"shelling": 2, "capture_territory": 1, "attack": 1, "strike": 1}
    assert (stats.quotes, stats.claims, stats.events) == (1, 2, 0)


def test_search_documents_full_text(store: Store) -> None:
    sudan, congo, sea = load_all(store)
    assert [d.id for d in store.search_documents("Omdurman")] == [sudan.id]
    assert [d.id for d in store.search_documents("shelling market")] == [sudan.id]  # stemmed: shelled
    assert [d.id for d in store.search_documents('"landing ship"')] == [sea.id]
    assert [d.id for d in store.search_documents('"ship landing"')] == []
    assert sorted(d.id for d in store.search_documents("Rubaya OR Sevastopol")) == sorted([congo.id, sea.id])
    assert [d.id for d in store.search_documents("army -Omdurman")] == [congo.id]
    assert [d.id for d in store.search_documents("takes", limit=5)] == [congo.id]  # the title is indexed
    assert store.search_documents('"market', limit=1)[0].id == sudan.id  # unbalanced quote is no error
    with pytest.raises(ConfigError):
        store.search_documents(" ?! ")


def test_link_decisions_and_actor_overrides_are_kept_in_order(store: Store) -> None:
    first = store.add_link_decision("merge", {"events": ["e1", "e2"]})
    second = store.add_link_decision("split", {"event": "e3", "mentions": ["m1"]})
    assert second > first
    assert [(d.kind, d.payload) for d in store.link_decisions()] == [
        ("merge", {"events": ["e1", "e2"]}),
        ("split", {"event": "e3", "mentions": ["m1"]}),
    ]
    with pytest.raises(ConfigError):
        store.add_link_decision("delete", {})
    store.add_actor_override("rename", {"actor_id": "RSF", "name": "Rapid Support Forces"})
    assert [d.payload["actor_id"] for d in store.actor_overrides()] == ["RSF"]
