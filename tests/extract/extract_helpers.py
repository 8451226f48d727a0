"""Helpers for extraction tests: run the real pipeline over texts written for the tests."""

from __future__ import annotations

from collections.abc import Callable

from sitreps import pipeline
from sitreps.ingest import document_id
from sitreps.models import Document, DocumentStatus, EventMention

Extract = Callable[[str], list[EventMention]]


def run(texts: list[str]) -> list[Document]:
    """Processed documents for plain texts (published on a fixed date so relative times resolve)."""
    documents = [Document(id=document_id(t), text=t, published_at="2024-05-01", language="en",
                          status=DocumentStatus.PENDING) for t in texts]
    return list(pipeline.process(documents))


def only(events: list[EventMention], type_id: str) -> EventMention:
    """The single mention of a type; fails listing what was found instead."""
    found = [m for m in events if m.type == type_id]
    assert len(found) == 1, [(m.type, m.trigger.text) for m in events]
    return found[0]


def roles(mention: EventMention) -> dict[str, list[str]]:
    """Role -> evidence texts of a mention's actors."""
    table: dict[str, list[str]] = {}
    for actor in mention.actors:
        table.setdefault(actor.role.value, []).append(actor.evidence[0].text)
    return table
