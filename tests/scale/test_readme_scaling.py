"""The README's scaling commands run as written (against a temporary database and a local feed)."""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scale.articles import write_articles
from scale.feedserver import FeedServer, feed_server
from sitreps import api
from sitreps.cli.app import app
from sitreps.store import open_store

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = "## Large corpora: parallel runs, Ray, watching feeds"


def readme_commands() -> list[list[str]]:
    """The command lines of the section's first fenced block, comments removed."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index(SECTION):]
    block = re.search(r"```bash\n(.*?)```", section, re.S)
    assert block, f"no bash block under {SECTION!r}"
    lines = [line.split("#", 1)[0].strip() for line in block.group(1).splitlines()]
    return [shlex.split(line) for line in lines if line]


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as running:
        yield running


def test_readme_scaling_commands(tmp_path: Path, server: FeedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("feeds.txt").write_text(f"# test wire\n{server.url('/etag.xml')}\n", encoding="utf-8")
    db = str(tmp_path / "readme.db")
    commands = readme_commands()
    assert [c[:2] for c in commands] == [["sitreps", "process"], ["sitreps", "process"], ["sitreps", "watch"]]
    runner = CliRunner()
    for number, command in enumerate(commands):
        if command[1] == "process":  # something new to process for each run
            api.ingest(write_articles(tmp_path / f"batch{number}", 3, start=10 * number), db=db)
        result = runner.invoke(app, [*command[1:], "--db", db])
        assert result.exit_code == 0, f"{shlex.join(command)}:\n{result.output}"
        expected = "processed 2 document(s)" if command[1] == "watch" else "processed 3 document(s)"
        assert expected in result.output, result.output
    with open_store(db) as store:
        assert store.count_documents() == {"processed": 8}
