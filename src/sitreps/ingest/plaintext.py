"""Plain-text articles: an optional ``Key: value`` header block, then the article.

The header block (Title, Published, Outlet, URL, Language) sits at the very top and
ends at the first blank line; it is metadata, not article text. Without a Title
header, a short first line followed by a blank line is the title. The title stays in
``text`` (title, blank line, body) so it is searchable and offsets never shift. Without a Published
header, a "Published on 12 March 2024" line at the top of the body dates the article.
"""

from __future__ import annotations

import re

from sitreps.ingest.dates import stated_publication
from sitreps.ingest.records import Article, titled_text

MAX_TITLE_CHARS = 200
"""A first line this short, followed by a blank line, reads as a headline: news headlines run
60-120 characters, while a first paragraph (a dateline and lede) is almost always longer."""

HEADER_KEYS = frozenset({"title", "published", "outlet", "url", "language"})
"""Header names accepted at the top of a text file (case-insensitive); each fills the Article field
of the same name."""

_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def parse_text(text: str, *, source: str, raw: bytes) -> Article:
    """The article in a decoded, normalised text file."""
    header, body = _split_header(text)
    body = body.strip()
    title = header.get("title") or _first_line_title(body)
    return Article(
        text=titled_text(header.get("title"), body),
        raw=raw,
        source=source,
        title=title,
        url=header.get("url"),
        outlet=header.get("outlet"),
        published=header.get("published") or stated_publication(body),
        language=header.get("language"),
    )


def _split_header(text: str) -> tuple[dict[str, str], str]:
    """The header fields and the rest; no header unless every line before the first blank one is one."""
    block, blank, rest = _partition_at_blank_line(text.lstrip())
    fields: dict[str, str] = {}
    for line in block.split("\n"):
        match = _HEADER_LINE.match(line)
        if match is None or match["key"].lower() not in HEADER_KEYS:
            return {}, text
        fields[match["key"].lower()] = match["value"]
    if not blank:
        return {}, text
    return fields, rest


def _first_line_title(body: str) -> str | None:
    """The first line when it is short and a blank line follows; a Markdown heading's ``#`` marks
    are left in the text but not in the title."""
    first, blank, _ = _partition_at_blank_line(body)
    if blank and "\n" not in first and len(first.strip()) <= MAX_TITLE_CHARS:
        return first.strip().lstrip("#").strip() or None
    return None


def _partition_at_blank_line(text: str) -> tuple[str, str, str]:
    """Like ``str.partition`` at the first blank line, counting whitespace-only lines as blank."""
    match = _BLANK_LINE.search(text)
    if match is None:
        return text, "", ""
    return text[: match.start()], match.group(), text[match.end() :]
