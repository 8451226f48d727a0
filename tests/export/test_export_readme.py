"""The README's serving section runs as written (against a test database given by SITREPS_DB)."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from sitreps.cli.app import app

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = "## Dashboard, REST API, exports and the digest"
SERVER_START_TIMEOUT_S = 30.0
"""Importing the app and uvicorn takes a few seconds here; 30 leaves room on a loaded CI machine."""


def _commands() -> list[list[str]]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index(SECTION):]
    block = re.search(r"```bash\n(.*?)```", section, re.DOTALL)
    assert block, "the serving section has a bash block"
    lines = [line.split("  #")[0].strip() for line in block.group(1).splitlines()]
    return [shlex.split(line)[1:] for line in lines if line.startswith("sitreps ")]


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _check_serve(args: list[str], db: str, tmp_path: Path) -> None:
    """Start the server as the README says (on a free port), fetch a page and its JSON twin, stop it."""
    port = _free_port()
    args = [str(port) if a == "8000" else a for a in args]
    code = "from sitreps.cli.app import app; app()"
    process = subprocess.Popen([sys.executable, "-c", code, *args, "--db", db], cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/events?limit=1", timeout=2) as response:
                    assert json.load(response)["total"] > 0
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail(f"sitreps serve did not start: {process.stdout.read() if process.stdout else ''!r}")
                time.sleep(0.2)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/events", timeout=5) as response:
            assert "Content-Security-Policy" in response.headers
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_readme_serving_commands_run(export_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    commands = _commands()
    assert [c[0] for c in commands] == ["serve", "export", "export", "digest"]
    for args in commands:
        if args[0] == "serve":
            _check_serve(args, export_db, tmp_path)
            continue
        result = CliRunner().invoke(app, args, env={"SITREPS_DB": export_db})
        assert result.exit_code == 0, (args, result.output)
    assert {"event_date", "inter1", "geo_precision"} <= set(pd.read_csv(tmp_path / "events.csv").columns)
    assert json.loads((tmp_path / "sudan.geojson").read_text())["features"]
    assert (tmp_path / "digest.md").read_text().startswith("# Situation report")
    assert "<h1>" in (tmp_path / "digest.html").read_text()
