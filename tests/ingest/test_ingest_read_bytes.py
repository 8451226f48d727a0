"""read_bytes, as the REST API's POST uses it: media types, content sniffing, errors raised."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitreps.errors import IngestError
from sitreps.ingest import read_bytes
from sitreps.ingest.formats import Format, sniff

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"

ARTICLE = "Border crossing closed\n\nThe border crossing was closed after clashes nearby, officials said."


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("news_page.html", Format.HTML),
        ("hostile.html", Format.HTML),
        ("feed.rss", Format.FEED),
        ("feed.atom", Format.FEED),
        ("articles.jsonl", Format.JSONL),
        ("articles.json", Format.JSON),
        ("titled_article.txt", Format.TEXT),
    ],
)
def test_content_sniffing(name: str, expected: Format) -> None:
    assert sniff((FIXTURES / name).read_bytes()) is expected


def test_sniffed_jsonl_with_a_first_line_longer_than_the_head() -> None:
    long_row = json.dumps({"text": "word " * 20_000}) + "\n" + json.dumps({"text": "short"}) + "\n"
    assert sniff(long_row.encode()[:65536]) is Format.JSONL


def test_upload_without_extension_is_sniffed() -> None:
    items = read_bytes((FIXTURES / "feed.atom").read_bytes(), source="upload")
    assert items[0].document.outlet == "Sahel Monitor"


def test_media_type_wins_over_extension() -> None:
    [item] = read_bytes(ARTICLE.encode(), source="post.html", media_type="text/plain; charset=utf-8")
    assert item.document.title == "Border crossing closed"


def test_url_is_kept_for_text_uploads_only_when_declared() -> None:
    [item] = read_bytes(ARTICLE.encode(), source="upload.txt")
    assert item.document.url is None
    assert item.document.source_path == "upload.txt"


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty file"), (b"\x00\x01\x02\x03", "binary file, not text")],
)
def test_unreadable_uploads_raise(data: bytes, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        read_bytes(data, source="upload")


def test_partly_bad_upload_raises_with_a_count() -> None:
    with pytest.raises(IngestError, match="3 of 6 records could not be read") as caught:
        read_bytes((FIXTURES / "articles.jsonl").read_bytes(), source="dump.jsonl")
    assert caught.value.source == "dump.jsonl:line 4"
