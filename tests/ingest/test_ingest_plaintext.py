"""Plain-text articles: header blocks, first-line titles, title kept in the text."""

from __future__ import annotations

from pathlib import Path

from sitreps.ingest import read_paths
from sitreps.ingest.plaintext import parse_text
from sitreps.models import DatePrecision, DocumentStatus

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"


def test_header_block_fills_metadata_and_is_not_text() -> None:
    batch = read_paths([FIXTURES / "header_article.txt"])
    document = batch.items[0].document
    assert document.title == "Aid convoy reaches besieged district after week-long delay"
    assert document.outlet == "Northern Dispatch"
    assert document.url == "https://northern-dispatch.example/2024/02/14/aid-convoy"
    assert document.published_at == "2024-02-14T09:30:00+01:00"  # the outlet's own offset is kept
    assert document.published_precision is DatePrecision.DAY
    assert document.text.startswith(document.title + "\n\nA convoy of 14 trucks")
    assert "Outlet:" not in document.text
    assert document.status is DocumentStatus.PENDING


def test_first_short_line_before_a_blank_line_is_the_title() -> None:
    document = read_paths([FIXTURES / "titled_article.txt"]).items[0].document
    assert document.title == "Militia frees 30 hostages in forest raid"
    assert document.text.startswith("Militia frees 30 hostages in forest raid\n\nLAKESIDE, March 2")


def test_no_title_when_the_first_line_is_a_paragraph() -> None:
    document = read_paths([FIXTURES / "untitled_note.txt"]).items[0].document
    assert document.title is None
    assert document.text.startswith("On 12 January 2024")


def test_every_document_field_is_filled() -> None:
    item = read_paths([FIXTURES / "titled_article.txt"]).items[0]
    document = item.document
    assert item.raw == (FIXTURES / "titled_article.txt").read_bytes()
    assert document.raw_sha256 is not None and len(document.raw_sha256) == 64
    assert document.ingested_at is not None and document.ingested_at.endswith("+00:00")
    assert document.source_path == str(FIXTURES / "titled_article.txt")
    assert document.language == "en"


def test_header_lookalike_first_line_is_not_a_header() -> None:
    article = parse_text("Update: shelling resumed\n\nThe shelling resumed at dawn.", source="s", raw=b"")
    assert article.title == "Update: shelling resumed"
    assert article.text.startswith("Update: shelling resumed")


def test_header_language_is_trusted() -> None:
    article = parse_text("Language: ru\nTitle: T\n\nBody text here.", source="s", raw=b"")
    assert article.language == "ru"
    assert article.text == "T\n\nBody text here."


def test_markdown_heading_title() -> None:
    article = parse_text("# Dam breached after strike\n\nFloodwater reached villages.", source="s", raw=b"")
    assert article.title == "Dam breached after strike"
    assert article.text.startswith("# Dam breached after strike\n\n")


def test_long_first_line_is_not_a_title() -> None:
    body = "word " * 60 + "\n\nSecond paragraph."
    assert parse_text(body, source="s", raw=b"").title is None
