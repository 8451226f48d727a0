"""Linking against the database: new documents join the stored events, decisions replayed.

Relies on: a Store holding processed documents, linked events and manual
decisions. Gives: the stored events replaced by the linker's result in one
transaction. Incremental by default (stored events take part as single nodes
and only the given documents are compared against them); ``rebuild`` relinks
every processed document from scratch.
"""

from __future__ import annotations

from collections.abc import Iterable

from sitreps.link.decisions import LinkDecision
from sitreps.link.embedding import Embedder
from sitreps.link.linker import Linker, Progress
from sitreps.link.regroup import regroup
from sitreps.models import Document, DocumentStatus
from sitreps.review.edits import FieldEdit, apply_edits
from sitreps.store import Store


def stored_decisions(store: Store) -> list[LinkDecision]:
    """Manual merge/split decisions in the order they were made."""
    return [LinkDecision.model_validate(d.payload) for d in store.link_decisions()]


def record_decision(store: Store, decision: LinkDecision) -> int:
    """Store a manual decision; it is replayed on every later linking run."""
    return store.add_link_decision(decision.kind.value, decision.model_dump(mode="json"))


def link_documents(store: Store, documents: Iterable[Document] | None = None, *,
                   embedder: Embedder | None = None, on_progress: Progress | None = None) -> int:
    """Link documents into the stored events; None relinks every processed document.

    ``on_progress(n)`` is called as documents are linked (in batches).
    Reviewers' field edits (``sitreps.review.edits``) are applied to the result.
    Returns the number of events stored afterwards.
    """
    decisions = stored_decisions(store)
    if documents is None:
        linker = Linker(decisions=decisions, embedder=embedder)
        documents = store.iter_documents(DocumentStatus.PROCESSED)
    else:
        linker = Linker(existing=store.query_events(limit=None), decisions=decisions, embedder=embedder)
    linker.add_many((d for d in documents if d.status == DocumentStatus.PROCESSED), on_progress)
    events = apply_edits(linker.events(), (FieldEdit.model_validate(d.payload) for d in store.field_edits()))
    store.save_events(events, replace_all=True)
    return len(events)


def apply_decision(store: Store, decision: LinkDecision) -> tuple[int, int]:
    """Record a merge or split and apply it to the stored events, without relinking anything.

    The stored events are taken apart into their mentions' contributions, the
    decision regroups the mentions, and only the events it touches are rebuilt
    (consensus, contradictions and originators from what was stored). Returns the
    stored decision's id and the number of events stored afterwards.
    """
    decision_id = record_decision(store, decision)
    events = store.query_events(limit=None)
    changed = regroup(events, decision)
    if changed is not None:
        store.save_events(changed, replace_all=True)
        return decision_id, len(changed)
    return decision_id, len(events)
