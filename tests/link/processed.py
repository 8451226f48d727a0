"""One fiction text through the whole per-document pipeline, for link tests that judge its mentions."""

from __future__ import annotations

from sitreps import pipeline
from sitreps.ingest.identity import document_id
from sitreps.link.own_claims import claims_own_act
from sitreps.models import Document, DocumentStatus, EventMention

PUBLISHED = "2025-03-04"
"""Any fixed day: these tests judge who tells an act, never its date."""


def mentions_of(text: str) -> list[EventMention]:
    """The event mentions the pipeline gives ``text`` published on :data:`PUBLISHED`."""
    document = Document(id=document_id(text), text=text, published_at=PUBLISHED, language="en",
                        status=DocumentStatus.PENDING)
    (processed,) = pipeline.process([document])
    return processed.events


def claims_its_act(text: str, trigger: str) -> bool:
    """Whether any mention of ``trigger`` in ``text`` is told by the party that did it (``own_claims``)."""
    found = [m for m in mentions_of(text) if m.trigger.text == trigger]
    assert found, f"no mention of {trigger!r}"
    return any(claims_own_act(m) for m in found)
