"""The digest: window arithmetic, grouping, undated rows, what it leaves out, escaping, Markdown and HTML."""

from __future__ import annotations

from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from sitreps.cli.app import app
from sitreps.errors import ConfigError
from sitreps.export.digest import build_digest, window_start
from sitreps.export.digest_render import md_escape, to_html, to_markdown
from sitreps.store import open_store

runner = CliRunner()
DIGEST_TAGS = {"h1", "h2", "h3", "p", "ul", "li", "a", "blockquote"}
"""Every tag the digest's own Markdown produces; any other tag came from an article."""


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.hrefs += [value or "" for name, value in attrs if name == "href"]


def _tags(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def test_window_start() -> None:
    now = date(2025, 3, 10)
    assert window_start("24h", now) == date(2025, 3, 9)
    assert window_start("7d", now) == date(2025, 3, 3)
    assert window_start("2w", now) == date(2025, 2, 24)
    assert window_start("2025-01-01", now) == date(2025, 1, 1)
    with pytest.raises(ConfigError, match="24h"):
        window_start("yesterday", now)


def test_digest_groups_and_links(export_db: str) -> None:
    with open_store(export_db) as store:
        digest = build_digest(store, "30d", now=date(2025, 6, 1), base_url="http://dash")
        far_future = build_digest(store, "1d", now=date(2031, 1, 1))
    assert digest.total > 0 and far_future.total == 0
    lines = [line for types in digest.regions.values() for group in types.values() for line in group]
    assert all(line.link.startswith("http://dash/events/ev_") for line in lines)
    assert all("#m-" in line.evidence_link for line in lines)
    assert all(line.claimants for line in lines)
    assert any(region.startswith("Sudan") for region in digest.regions)
    assert all(line.record.modality in {"reported", "claimed"} and not line.record.background for line in lines)


def test_undated_articles_are_dated_by_arrival_and_said_so(export_db: str) -> None:
    with open_store(export_db) as store:
        archive = build_digest(store, "3650d")
        digest = build_digest(store, "3650d", now=datetime.now(UTC).date())
    assert archive.end < digest.end, "an undated article does not move the default end to today"
    assert archive.undated_elsewhere >= 1 and "received outside the window" in to_markdown(archive)
    undated = [line for types in digest.regions.values() for g in types.values() for line in g if line.by_ingest_date]
    assert undated and digest.by_ingest_date == len(undated)
    assert any("Bunia" in line.record.notes for line in undated)
    assert "dated by the day sitreps received them" in to_markdown(digest)


def test_unreported_rows_are_left_out_unless_asked(export_db: str) -> None:
    with open_store(export_db) as store:
        default = build_digest(store, "3650d")
        everything = build_digest(store, "3650d", include_unreported=True, include_background=True)
    assert everything.total == default.total + sum(default.left_out.values())
    if default.left_out:
        assert "Left out:" in to_markdown(default)


def test_article_text_cannot_put_markup_in_the_digest(export_db: str) -> None:
    with open_store(export_db) as store:
        digest = build_digest(store, "3650d", include_unreported=True)
    markdown = to_markdown(digest)
    assert "Kadugli" in markdown and "onerror" in markdown, "the hostile article is in the digest"
    rendered = _tags(MarkdownIt("commonmark").render(markdown))
    assert rendered.tags <= DIGEST_TAGS, rendered.tags - DIGEST_TAGS
    assert all(href.startswith("http://127.0.0.1:8000/") for href in rendered.hrefs), rendered.hrefs
    page = _tags(to_html(digest))
    assert page.tags <= DIGEST_TAGS | {"html", "head", "meta", "title", "body"}
    assert all(href.startswith("http://127.0.0.1:8000/") for href in page.hrefs)


@pytest.mark.parametrize("text", ["<script>alert(1)</script>", "[x](javascript:alert(1))", "![i](http://e/x.png)",
                                  "**bold** _em_ `code`", "# heading\n- item", "<http://evil.example>",
                                  "&lt;b&gt; &amp;", "a | b | c", "\\<b\\>"])
def test_escaped_text_renders_as_itself(text: str) -> None:
    html = MarkdownIt("commonmark").render(md_escape(text))
    assert _tags(html).tags <= {"p"}
    assert html.startswith("<p>") and html.count("<") == 2


def test_digest_command_writes_markdown_and_html(export_db: str, tmp_path: Path) -> None:
    md, html = tmp_path / "digest.md", tmp_path / "digest.html"
    args = ["digest", "--db", export_db, "--since", "30d", "--output", str(md), "--html", str(html)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    text = md.read_text()
    assert text.startswith("# Situation report") and "## " in text and "> [" in text
    assert "independent originator" in text and "/events/ev_" in text
    page = html.read_text()
    assert page.startswith("<!doctype html>") and "<script" not in page and "/documents/" in page
    assert "left out" in result.stderr


def test_digest_of_an_empty_database_says_what_to_do(tmp_path: Path) -> None:
    open_store(tmp_path / "empty.db").close()
    result = runner.invoke(app, ["digest", "--db", str(tmp_path / "empty.db")])
    assert result.exit_code == 1 and "--now" in result.output
