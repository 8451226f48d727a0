"""A small processed database for the export tests: a defection, two reports of one located drone strike,
an article whose title, outlet and text carry formulas, HTML and Markdown, and an undated article."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitreps.cli.app import app

EXPORT_SUBSET = (
    "01_drc_defection_goma.txt",
    "02_sudan_el_fasher_drone_wire.txt",
    "03_sudan_el_fasher_drone_local.html",
)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "export"


@pytest.fixture(scope="session")
def export_db(corpus_db: Callable[[Sequence[str], dict[str, str]], str]) -> str:
    own = {path.name: path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*.txt"))}
    return corpus_db(EXPORT_SUBSET, own)


ExportRunner = Callable[..., tuple[str, int, int]]
_WROTE = re.compile(r"wrote (\d+) (events|mentions) \(([\w-]+)\) to .*?(?:; left out (\d+) \((.*)\))?$", re.M)


@pytest.fixture(scope="session")
def run_export() -> ExportRunner:
    """Runs `sitreps export --db DB ARGS...` in-process: standard output, rows written and left out as it says."""

    def run(db: str, *args: str) -> tuple[str, int, int]:
        result = CliRunner().invoke(app, ["export", "--db", db, *args])
        assert result.exit_code == 0, result.output
        match = _WROTE.search(result.stderr)
        assert match, f"no summary line in {result.stderr!r}"
        return result.stdout, int(match.group(1)), int(match.group(4) or 0)

    return run
