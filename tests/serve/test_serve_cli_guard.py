"""`sitreps serve` passes its guard options to the app: allowed Host names and the body limit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import uvicorn
from typer.testing import CliRunner

from sitreps.cli.app import app
from sitreps.serve.security import DEFAULT_MAX_BODY_BYTES, LOCAL_HOSTS


def _served(monkeypatch: pytest.MonkeyPatch, args: list[str]) -> Any:
    """The app `sitreps serve ARGS` would run (uvicorn.run replaced by a recorder)."""
    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda served, **options: seen.update(app=served, **options))
    result = CliRunner().invoke(app, ["serve", *args])
    assert result.exit_code == 0, result.output
    return seen["app"]


def test_defaults_answer_loopback_names_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    guard = _served(monkeypatch, ["--db", str(tmp_path / "a.db")]).state.guard
    assert guard.allowed_hosts == LOCAL_HOSTS and guard.max_body_bytes == DEFAULT_MAX_BODY_BYTES


def test_public_host_and_allowed_names_are_added(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    served = _served(monkeypatch, ["--db", str(tmp_path / "b.db"), "--host", "192.0.2.7", "--public",
                                   "--token", "t", "--allow-host", "Sitreps.Example:8000", "--max-body-mb", "0.5"])
    assert served.state.guard.allowed_hosts == LOCAL_HOSTS | {"192.0.2.7", "sitreps.example"}
    assert served.state.guard.max_body_bytes == 512 * 1024


def test_wildcard_address_is_not_a_host_name(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    served = _served(monkeypatch, ["--db", str(tmp_path / "c.db"), "--host", "0.0.0.0", "--public", "--token", "t"])
    assert served.state.guard.allowed_hosts == LOCAL_HOSTS
