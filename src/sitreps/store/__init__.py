"""Persistence: one small interface, SQLite by default, PostgreSQL for shared deployments."""

from sitreps.store.base import IngestOutcome, Store
from sitreps.store.open import open_store

__all__ = ["IngestOutcome", "Store", "open_store"]
