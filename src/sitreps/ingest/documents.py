"""Turn what a format parser found into a Document: identity, language, status, dates, provenance.

Every format ends here, so every Document gets the same fields filled the same way.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sitreps.errors import IngestError
from sitreps.ingest.dates import published_or_url
from sitreps.ingest.decode import normalise_text
from sitreps.ingest.identity import document_id, raw_sha256
from sitreps.ingest.language import detect_language, status_for
from sitreps.ingest.records import Article, IngestedItem
from sitreps.models import Document

MAX_DOCUMENT_CHARS = 1_000_000
"""One article's text limit. Long-form news rarely passes 50,000 characters; a million (~170k
words, several books) is far beyond any article, so bigger inputs are almost surely whole
dumps or concatenated archives, which should be split into one record per article (JSONL)
rather than processed as one document that no event linking could make sense of."""


def build_item(article: Article) -> IngestedItem:
    """The Document for ``article`` with its raw bytes; raises IngestError for empty or oversized text."""
    text = normalise_text(article.text).strip()
    if not text:
        raise IngestError(article.source, "empty: no article text; check that the export wrote its content")
    if len(text) > MAX_DOCUMENT_CHARS:
        raise IngestError(
            article.source,
            f"text is {len(text):,} characters, over the {MAX_DOCUMENT_CHARS:,} limit for one article; "
            "split it into one file per article or provide JSONL with one article per line",
        )
    language = _language(article.language) or detect_language(text)
    status, reason = status_for(language)
    published_at, precision = published_or_url(article.published, article.url)
    document = Document(
        id=document_id(text),
        text=text,
        title=_clean(article.title),
        url=_clean(article.url),
        outlet=_clean(article.outlet),
        published_at=published_at,
        published_precision=precision,
        language=language,
        status=status,
        status_reason=reason,
        ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
        source_path=article.source,
        raw_sha256=raw_sha256(article.raw),
    )
    return IngestedItem(document=document, raw=article.raw)


def _clean(value: str | None) -> str | None:
    """Metadata fields as one stripped line, None when blank."""
    if value is None:
        return None
    value = " ".join(normalise_text(value).split())
    return value or None


def _language(declared: str | None) -> str | None:
    """A language code the input declares ("en", "EN", "en-GB") as its base code; anything else
    ("English", garbage) is ignored and the language is detected instead."""
    if not declared:
        return None
    base = declared.strip().lower().replace("_", "-").split("-")[0]
    return base if base.isascii() and base.isalpha() and len(base) in (2, 3) else None
