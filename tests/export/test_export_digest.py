"""The digest: window arithmetic, grouping, claimants and evidence links, Markdown and HTML."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitreps.cli.app import app
from sitreps.errors import ConfigError
from sitreps.export.digest import build_digest, window_start
from sitreps.store import open_store

runner = CliRunner()


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
        digest = build_digest(store, "30d", base_url="http://dash")
        far_future = build_digest(store, "1d", now=date(2031, 1, 1))
    assert digest.total > 0 and far_future.total == 0
    lines = [line for types in digest.regions.values() for group in types.values() for line in group]
    assert all(line.link.startswith("http://dash/events/ev_") for line in lines)
    assert all("#m-" in line.evidence_link for line in lines)
    assert all(line.claimants for line in lines)
    assert any(region.startswith("Sudan") for region in digest.regions)


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


def test_digest_of_an_empty_database_says_what_to_do(tmp_path: Path) -> None:
    open_store(tmp_path / "empty.db").close()
    result = runner.invoke(app, ["digest", "--db", str(tmp_path / "empty.db")])
    assert result.exit_code == 1 and "--now" in result.output
