"""RSS and Atom feeds: each entry is one document.

feedparser is given the bytes as a stream, never a string: a string that looks like a URL
or a file name would make it fetch or open one. It decodes them itself, following the
XML declaration, which is what feeds rely on. The raw
bytes kept for every entry are the whole feed's (entries have no raw form of their
own); they share one ``raw_sha256`` and one bytes object, and the store keeps the
body once per distinct fetch (``raw_blobs``), however many entries point at it.
"""

from __future__ import annotations

import calendar
import io
from datetime import UTC, datetime
from time import struct_time
from typing import Any

import feedparser

from sitreps.errors import IngestError
from sitreps.ingest.documents import build_item
from sitreps.ingest.markup import fragment_to_text
from sitreps.ingest.records import Article, IngestFailure, Outcomes, titled_text


def parse_feed(raw: bytes, *, source: str) -> Outcomes:
    """One outcome per entry; raises IngestError when the input is not a feed with entries."""
    feed = feedparser.parse(io.BytesIO(raw))
    if not feed.entries:
        problem = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        raise IngestError(source, f"no feed entries found{problem}; check that this is an RSS or Atom feed")
    outlet = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        entry_source = f"{source}:entry {number}"
        try:
            yield build_item(_article(entry, source=entry_source, raw=raw, outlet=outlet))
        except IngestError as error:
            yield IngestFailure(source=entry_source, reason=error.reason)


def _article(entry: Any, *, source: str, raw: bytes, outlet: str | None) -> Article:
    title = fragment_to_text(entry.get("title", "")) or None
    body = _entry_body(entry)
    if not body:
        raise IngestError(source, "entry has no content or summary; the feed carries headlines only")
    return Article(
        text=titled_text(title, body),
        raw=raw,
        source=source,
        title=title,
        url=entry.get("link"),
        outlet=outlet,
        published=_entry_date(entry),
        language=entry.get("language"),
    )


def _entry_body(entry: Any) -> str:
    """The longest of the entry's content parts and its summary: some feeds put a teaser in one."""
    candidates = [part.get("value", "") for part in entry.get("content", [])]
    candidates.append(entry.get("summary", ""))
    texts = [fragment_to_text(candidate) for candidate in candidates if candidate]
    return max(texts, key=len, default="")


def _entry_date(entry: Any) -> datetime | str | None:
    """feedparser's parsed date (already UTC), else the string as written for dateparser to try."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed: struct_time | None = entry.get(key)
        if parsed is not None:
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    for key in ("published", "updated", "created"):
        if entry.get(key):
            return str(entry[key])
    return None
