"""The typed results of the ingest stage, and the article fields formats hand to the builder.

Kept apart from ``__init__`` so that every format module can import them without
importing the whole package.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sitreps.models import Document


@dataclass(frozen=True)
class IngestedItem:
    """One document read from an input, with the raw bytes it came from (kept before any NLP)."""

    document: Document
    raw: bytes


@dataclass(frozen=True)
class IngestFailure:
    """An input (or one row or entry of it) that could not become a document."""

    source: str
    reason: str


@dataclass(frozen=True)
class IngestNotice:
    """Something a user should know about an input that was still read: bytes repaired, entries skipped."""

    source: str
    message: str


@dataclass(frozen=True)
class IngestBatch:
    """Everything one call read: documents in input order, what failed and why, and notices."""

    items: list[IngestedItem]
    failures: list[IngestFailure]
    notices: list[IngestNotice] = field(default_factory=list)


@dataclass(frozen=True)
class Article:
    """What a format parser found, before identity, language and dates are worked out.

    ``text`` already holds the title line first where the format has a title, so
    offsets into it are the document's offsets. ``published`` is left as the input
    gave it (string or datetime); the builder normalises it.
    """

    text: str
    raw: bytes
    source: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | datetime | None = None
    language: str | None = None


Outcome = IngestedItem | IngestFailure | IngestNotice
"""One result of reading an input: a document, the reason one record failed, or a notice."""

Outcomes = Iterator[Outcome]


def titled_text(title: str | None, body: str) -> str:
    """A document's text: the title first (once), a blank line, then the body.

    Titles are part of the text so they are searchable and spans into them are
    stable; a body that already opens with its title is left as it is.
    """
    heading = (title or "").strip()
    if not heading or body.lstrip().startswith(heading):
        return body
    return f"{heading}\n\n{body.strip()}"

