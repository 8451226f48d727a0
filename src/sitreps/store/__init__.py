"""Persistence: one small interface, SQLite by default, PostgreSQL for shared deployments."""

from sitreps.store.base import IngestOutcome, Store
from sitreps.store.filters import EventFilter, MentionFilter
from sitreps.store.open import open_store
from sitreps.store.records import Decision, DocumentMeta, RawInput, StoreStats

__all__ = [
    "Decision",
    "DocumentMeta",
    "EventFilter",
    "IngestOutcome",
    "MentionFilter",
    "RawInput",
    "Store",
    "StoreStats",
    "open_store",
]
