"""News web pages: trafilatura removes navigation, ads and footers and finds the metadata.

Nothing in a page is executed: trafilatura parses the markup with lxml and returns
text only, so scripts, event handlers and ``javascript:`` links cannot reach the
document. ``favor_precision`` is used because without it trafilatura falls back to
whatever text a page has (menus, "enable JavaScript" notices) when it finds no
article; with it, such pages give nothing and become a clear failure, while short
one-paragraph news briefs still come through (tests/ingest/test_html.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import htmldate
import trafilatura
from lxml import etree

from sitreps.errors import IngestError
from sitreps.ingest.records import Article


def parse_html(html: str, *, source: str, raw: bytes, url: str | None = None) -> Article:
    """The article in a web page; raises IngestError when the page holds no article text."""
    extracted = _extract(html, url)
    body = str(extracted.get("text") or "").strip()
    if not body:
        raise IngestError(source, _too_deep(html) or (
            "no article text found: the page holds only scripts, navigation or boilerplate; "
            "save the rendered article page, or its text"
        ))
    title = str(extracted.get("title") or "").strip() or None
    page_url = extracted.get("url") or url
    return Article(
        text=_with_title(title, body),
        raw=raw,
        source=source,
        title=title,
        url=page_url,
        outlet=extracted.get("sitename") or _host(page_url),
        published=extracted.get("date") or _fallback_date(html, page_url),
    )


def _extract(html: str, url: str | None) -> dict[str, Any]:
    """trafilatura's text and metadata as a dict (empty when it finds no article)."""
    extracted = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_links=False,
        include_images=False,
        favor_precision=True,
    )
    if extracted is None:
        return {}
    return extracted if isinstance(extracted, dict) else extracted.as_dict()


def _too_deep(html: str) -> str | None:
    """Why the page could not be read when libxml2 stopped at its nesting limit, else None.

    lxml (under trafilatura) reads elements at most 256 levels deep and drops what
    lies below, so a page nested deeper loses its text without any error; say so
    rather than blame the page for having no article.
    """
    parser = etree.HTMLParser()
    try:
        etree.fromstring(html, parser)
    except etree.LxmlError:
        return None
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            limit = "".join(char for char in entry.message.split(",")[0] if char.isdigit()) or "its"
            return (f"cannot read the page: its elements nest deeper than the HTML parser's limit of {limit} "
                    "levels, and the text below that is lost; save the article's text instead")
    return None


def _with_title(title: str | None, body: str) -> str:
    """Title, blank line, body; trafilatura often keeps the headline as the body's first line."""
    if title is None:
        return body
    first, _, rest = body.partition("\n")
    if first.strip() == title:
        body = rest.strip()
    return f"{title}\n\n{body}" if body else title


def _host(url: str | None) -> str | None:
    """The outlet when a page names none: its URL's host without ``www.``."""
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


def _fallback_date(html: str, url: str | None) -> str | None:
    """htmldate's original publication date, for pages where trafilatura's metadata has none."""
    found = htmldate.find_date(html, url=url, original_date=True, extensive_search=False)
    return str(found) if found else None
