"""Errors a user can cause are one line on stderr, exit 1, no traceback, and create nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitreps.cli.app import app
from sitreps.store import open_store

READ_COMMANDS = (["events"], ["events", "--mentions"], ["show", "ev_0000"], ["actors", "list"],
                 ["claims"], ["export", "-f", "acled-csv"], ["digest"])


def _one_line_error(result: object, *expected: str) -> str:
    output = result.output
    assert result.exit_code == 1, output
    assert "Traceback" not in output
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), output
    for text in expected:
        assert text in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: " ".join(c))
def test_read_commands_on_a_missing_database_say_so_and_create_nothing(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "typo.db"
    result = CliRunner().invoke(app, [*command, "--db", str(db)])
    _one_line_error(result, f"no database at {db}")
    assert not db.exists()


@pytest.mark.parametrize("command", [["export", "-f", "acled-csv", "--output"], ["export", "-f", "parquet", "--output"],
                                     ["digest", "--output"], ["digest", "--html"]], ids=lambda c: " ".join(c))
def test_output_into_a_missing_folder_is_one_line(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "sitreps.db"
    open_store(db).close()
    target = tmp_path / "missing" / "out.file"
    result = CliRunner().invoke(app, [*command, str(target), "--db", str(db)])
    _one_line_error(result, f"the folder {target.parent} does not exist")
    assert not target.parent.exists()
