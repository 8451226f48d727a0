"""Typed rows the store hands back besides the shared models: metadata, raw inputs, decisions, stats.

They are pydantic models (like ``sitreps.models``) so the REST API and the CLI
serialise them with ``model_dump(mode="json")`` instead of hand-built dicts.
"""

from __future__ import annotations

from typing import Any

from sitreps.models import DatePrecision, DocumentStatus, Frozen


class DocumentMeta(Frozen):
    """A document without its text and results: what lists and mention queries carry.

    A separate model rather than ``Document`` with empty lists, so that code
    receiving one cannot mistake "not loaded" for "nothing was extracted".
    """

    id: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published_at: str | None = None
    published_precision: DatePrecision = DatePrecision.UNKNOWN
    language: str | None = None
    status: DocumentStatus = DocumentStatus.PENDING
    status_reason: str | None = None
    ingested_at: str | None = None
    processed_at: str | None = None
    source_path: str | None = None


class RawInput(Frozen):
    """One distinct arrival of raw bytes (content and source), kept even when its document was already stored."""

    id: int
    document_id: str
    source: str
    sha256: str
    received_at: str
    data: bytes


class Decision(Frozen):
    """A manual decision (link merge/split, actor merge/rename) that survives reprocessing."""

    id: int
    kind: str
    payload: dict[str, Any]
    created_at: str


class StoreStats(Frozen):
    """A summary of the database for the dashboard and ``sitreps stats``."""

    documents_by_status: dict[str, int]
    documents_by_language: dict[str, int]
    mentions_by_type: dict[str, int]
    quotes: int
    claims: int
    events: int
    events_with_contradiction: int
