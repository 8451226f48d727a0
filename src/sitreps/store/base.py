"""The storage interface every backend implements.

Stages never talk SQL: the pipeline and the serving layer only call these
methods, so SQLite and PostgreSQL can be swapped by a database URL and the
same tests run against both.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from sitreps.models import Document, DocumentStatus


@dataclass(frozen=True)
class IngestOutcome:
    """What happened to one incoming document: stored, or a duplicate of an existing one."""

    document_id: str
    new: bool
    source: str


class Store(Protocol):
    """A sitreps database. Writes are batched: one transaction per call."""

    url: str

    def add_documents(self, items: Iterable[tuple[Document, bytes]]) -> list[IngestOutcome]:
        """Store documents with their raw bytes; a document whose id exists is a duplicate.

        The raw bytes of every arrival are kept (duplicates included, linked to
        the existing document), before anything else is done with them.
        """
        ...

    def pending_ids(self, limit: int | None = None) -> list[str]:
        """Ids of documents waiting to be processed, oldest first."""
        ...

    def get_document(self, doc_id: str) -> Document | None:
        """A document with its extracted events, quotes and claims."""
        ...

    def iter_documents(self, status: DocumentStatus | None = None) -> Iterator[Document]:
        """All documents (optionally of one status), with their results."""
        ...

    def save_results(self, documents: Iterable[Document]) -> None:
        """Replace each document's status, events, quotes and claims, in one transaction."""
        ...

    def count_documents(self) -> dict[str, int]:
        """Number of documents per status."""
        ...

    def close(self) -> None: ...
