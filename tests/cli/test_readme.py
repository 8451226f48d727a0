"""The README's examples run as written (ids filled in), so the documentation cannot rot."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitreps.cli import app

ROOT = Path(__file__).resolve().parents[2]


# Commands that run until stopped or need a cluster have tests of their own.
LONG_RUNNING = ("serve", "watch", "--ray", "--workers")


def _block(language: str, heading: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index(heading):]
    match = re.search(rf"```{language}\n(.*?)```", section, re.S)
    assert match, f"no {language} block under {heading}"
    return match.group(1)


def _commands() -> list[list[str]]:
    """Every `sitreps` line of the bash blocks from "## Using it" to the next top-level section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Using it")
    end = readme.find("\n## ", start + 1)
    blocks = re.findall(r"```bash\n(.*?)```", readme[start:end if end > 0 else None], re.S)
    lines = [re.sub(r"\s#\s.*$", "", line).strip() for block in blocks for line in block.splitlines()]
    commands = [shlex.split(line)[1:] for line in lines if line.startswith("sitreps ")]
    return [c for c in commands if not any(word in c for word in LONG_RUNNING)]


@pytest.fixture(scope="module")
def processed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("readme") / "readme.db"


def test_readme_cli_examples(processed_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    runner = CliRunner()
    ids: dict[str, str] = {}
    for argv in _commands():
        if any(word.endswith("_ID") for word in argv) and not ids:
            events = json.loads(runner.invoke(app, ["events", "--db", str(processed_db), "--format", "json"]).stdout)
            ids["EVENT_ID"] = events["events"][0]["id"]
            ids["OTHER_EVENT_ID"] = events["events"][1]["id"]
            ids["DOCUMENT_ID"] = events["events"][0]["mentions"][0]["document_id"]
            listed = json.loads(runner.invoke(app, ["actors", "list", "--db", str(processed_db), "--format",
                                                    "json"]).stdout)["actors"]
            ids["ACTOR_ID"], ids["OTHER_ACTOR_ID"] = listed[-1]["id"], listed[-2]["id"]
        argv = [ids.get(a, a) for a in argv]
        if argv[0] != "extract":
            argv += ["--db", str(processed_db)]
        result = runner.invoke(app, argv)
        assert result.exit_code == 0, f"sitreps {' '.join(argv)} failed: {result.output}"
        if argv[0] == "extract":
            payload = json.loads(result.stdout)
            assert payload["documents"][0]["events"], "the example article yields events"


def test_readme_python_example(processed_db: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(ROOT)
    code = _block("python", "From Python:")
    exec(compile(code, "README.md", "exec"), {"DATABASE": str(processed_db)})
    assert "ev_" in capsys.readouterr().out
