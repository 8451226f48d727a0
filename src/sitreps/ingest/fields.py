"""The field mapping of tabular inputs (JSONL, JSON, CSV): which column fills which Document field.

Names are matched case-insensitively, and for each field the first name present in
a record wins. This mapping is the documented contract for users' exports:

    text          <- text | body | content | article | notes
    title         <- title | headline
    url           <- url | link
    published_at  <- published_at | published | date | pubdate | event_date
    outlet        <- outlet | source | publisher | site
    language      <- language | lang

("notes" and "event_date" let ACLED exports in as they are; "language" lets a
dump declare what it holds instead of having it detected.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from sitreps.errors import IngestError
from sitreps.ingest.markup import fragment_to_text
from sitreps.ingest.records import Article, titled_text

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "notes"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "published": ("published_at", "published", "date", "pubdate", "event_date"),
    "outlet": ("outlet", "source", "publisher", "site"),
    "language": ("language", "lang"),
}
"""Article field -> accepted record keys, in order of preference (see the module docstring)."""

_HTML_TAG = re.compile(r"</?(?:p|div|br|span|a|b|i|em|strong|h[1-6]|ul|ol|li|script|style|img|table)\b", re.I)
"""Scraped dumps often keep the article's HTML; only real tags trigger stripping, not "<5 people"."""


def accepted_text_names() -> str:
    """The accepted text column names, for error messages."""
    return ", ".join(FIELD_NAMES["text"])


def find_columns(names: Iterable[str]) -> dict[str, str]:
    """For each Article field, the first accepted name among ``names`` (as spelled in the input)."""
    by_lower: dict[str, str] = {}
    for name in names:
        by_lower.setdefault(name.strip().lower(), name)
    columns: dict[str, str] = {}
    for field, accepted in FIELD_NAMES.items():
        for candidate in accepted:
            if candidate in by_lower:
                columns[field] = by_lower[candidate]
                break
    return columns


def record_to_article(record: Mapping[str, object], *, source: str, raw: bytes) -> Article:
    """The article in one record; raises IngestError when it has no usable text."""
    columns = find_columns(record.keys())
    values = {field: _as_text(record.get(name), field, source) for field, name in columns.items()}
    body = values.get("text")
    if not body or not body.strip():
        found = ", ".join(str(key) for key in record) or "none"
        raise IngestError(
            source, f"no article text: fields found: {found}; put the text in one of: {accepted_text_names()}"
        )
    if _HTML_TAG.search(body):
        body = fragment_to_text(body)
    title = values.get("title")
    return Article(
        text=titled_text(title, body),
        raw=raw,
        source=source,
        title=title,
        url=values.get("url"),
        outlet=values.get("outlet"),
        published=values.get("published"),
        language=values.get("language"),
    )


def _as_text(value: object, field: str, source: str) -> str | None:
    """Strings as they are, numbers as written; structures are an error the user should see."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return str(value)
    raise IngestError(source, f"field for {field!r} holds a {type(value).__name__}, expected a string")
