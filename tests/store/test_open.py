"""Opening a store: URLs, the default location, and errors that say what to do."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from sitreps.errors import StoreError
from sitreps.store import open_store
from sitreps.store.open import default_path, resolve_target


def test_paths_and_sqlite_urls_open_sqlite(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "er" / "s.db"
    assert resolve_target(f"sqlite:///{target}") == target
    assert resolve_target(str(target)) == target
    with open_store(target) as store:
        assert store.url == f"sqlite:///{target}"
    assert target.exists()  # parent folders were created
    assert resolve_target("postgresql://u:p@h/db") == "postgresql://u:p@h/db"


def test_default_is_sitreps_db_env_then_xdg_data_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SITREPS_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_path() == tmp_path / "xdg" / "sitreps" / "sitreps.db"
    open_store().close()
    assert (tmp_path / "xdg" / "sitreps" / "sitreps.db").exists()
    monkeypatch.setenv("SITREPS_DB", str(tmp_path / "env.db"))
    assert resolve_target(None) == tmp_path / "env.db"


@pytest.mark.parametrize("url", ["mysql://host/db", "sqlite://relative.db", "  "])
def test_unsupported_urls_are_refused_with_a_hint(url: str) -> None:
    with pytest.raises(StoreError, match=r"postgresql://"):
        resolve_target(url)


def test_unopenable_sqlite_files_raise_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="--db"):
        open_store(tmp_path)  # a folder
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database file at all" * 200)
    with pytest.raises(StoreError, match="--db"):
        open_store(junk)


def test_unreachable_postgres_raises_store_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(StoreError, match=r"\*\*\*@127.0.0.1") as info:
        open_store(f"postgresql://user:secret@127.0.0.1:{port}/sitreps")
    assert "secret" not in str(info.value)
