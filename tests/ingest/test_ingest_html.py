"""Web pages: boilerplate removed, metadata found, scripts never kept, script-only pages refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitreps.errors import IngestError
from sitreps.ingest import read_bytes, read_paths
from sitreps.models import DatePrecision

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"


def test_news_page_metadata_and_body_without_boilerplate() -> None:
    batch = read_paths([FIXTURES / "news_page.html"])
    assert not batch.failures
    document = batch.items[0].document
    assert document.title == "Shelling cuts power to river towns, officials say"
    assert document.outlet == "The Meridian Ledger"
    assert document.url == "https://meridian-ledger.example/world/2024/03/05/shelling-cuts-power"
    assert document.published_at == "2024-03-05"
    assert document.published_precision is DatePrecision.DAY
    assert document.text.startswith(document.title + "\n\nArtillery fire overnight")
    assert "leaving about 40,000 residents without power" in document.text
    assert "humanitarian groups" in document.text.lower()
    for boilerplate in ("Subscribe", "ADVERTISEMENT", "Most read", "recipes", "rights reserved", "dataLayer"):
        assert boilerplate not in document.text


HOSTILE_MARKERS = ("pwned", "alert(", "javascript:", "document.cookie", "evil.example", "onerror")


def test_hostile_page_yields_text_without_any_script() -> None:
    batch = read_paths([FIXTURES / "hostile.html"])
    assert not batch.failures
    text = batch.items[0].document.text
    assert "declared an overnight curfew" in text
    assert "appeal to the constitutional court" in text
    for marker in HOSTILE_MARKERS:
        assert marker not in text


def test_all_script_page_fails_cleanly() -> None:
    batch = read_paths([FIXTURES / "all_script.html"])
    assert not batch.items
    assert batch.failures[0].reason.startswith("no article text found")


def test_outlet_falls_back_to_the_host_and_url_to_the_given_one() -> None:
    page = (
        b"<html><head><title>Blast hits fuel depot</title></head><body><nav><a href='/'>Home</a></nav>"
        b"<div><h1>Blast hits fuel depot</h1><p>An explosion struck a fuel depot on the outskirts of the "
        b"city late on Sunday, local officials said. There was no immediate word on casualties.</p></div>"
        b"</body></html>"
    )
    [item] = read_bytes(page, source="upload", media_type="text/html", url="https://www.depot-news.example/a/1")
    assert item.document.outlet == "depot-news.example"
    assert item.document.url == "https://www.depot-news.example/a/1"
    assert item.document.title == "Blast hits fuel depot"
    assert item.document.text.count("Blast hits fuel depot") == 1


def test_read_bytes_raises_for_a_page_without_article() -> None:
    with pytest.raises(IngestError, match="no article text found"):
        read_bytes((FIXTURES / "all_script.html").read_bytes(), source="upload.html")


def test_a_page_nested_beyond_the_parser_limit_says_so(tmp_path: Path) -> None:
    depth = 100_000
    story = "<p>Armed men attacked a police post near the border town on Monday, officials said.</p>" * 4
    page = tmp_path / "deep.html"
    page.write_text(f"<html><body>{'<div>' * depth}{story}{'</div>' * depth}</body></html>", encoding="utf-8")
    [failure] = read_paths([page]).failures
    assert failure.reason.startswith("cannot read the page: its elements nest deeper than the HTML parser's "
                                     "limit of 256 levels")
