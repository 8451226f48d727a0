"""Folders: recursive, sorted, hidden entries skipped, unreadable files reported and the rest read."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from sitreps.ingest import read_paths

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"

BODY = "Officials said {0} people were displaced by the fighting in the {0}th district this week."


def _write(path: Path, number: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"Report {number}\n\n" + BODY.format(number))
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    _write(tmp_path / "b.txt", 2)
    _write(tmp_path / "a.txt", 1)
    _write(tmp_path / "nested" / "deeper" / "c.md", 3)
    _write(tmp_path / ".hidden.txt", 98)
    _write(tmp_path / ".git" / "objects.txt", 99)
    shutil.copy(FIXTURES / "feed.atom", tmp_path / "nested" / "feed.atom")
    return tmp_path


def test_folder_is_read_recursively_in_sorted_order_without_hidden_files(corpus: Path) -> None:
    batch = read_paths([corpus])
    assert not batch.failures
    sources = [Path(item.document.source_path or "").name for item in batch.items]
    assert sources == ["a.txt", "b.txt", "c.md", "feed.atom:entry 1"]


def test_missing_path_is_a_failure(tmp_path: Path) -> None:
    batch = read_paths([tmp_path / "nope.txt"])
    assert batch.failures[0].reason.startswith("no such file or folder")


@pytest.mark.skipif(os.name != "posix", reason="chmod 000 needs POSIX permissions")
def test_unreadable_file_is_listed_and_the_rest_ingested(corpus: Path) -> None:
    locked = _write(corpus / "locked.txt", 7)
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user (root) who can read a chmod 000 file")
        batch = read_paths([corpus])
    finally:
        locked.chmod(0o644)
    assert len(batch.items) == 4
    [failure] = batch.failures
    assert failure.source == str(locked)
    assert "check its permissions" in failure.reason


def test_open_error_is_listed_and_the_rest_ingested(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same path as the chmod test, forced, so it also runs where tests run as root."""
    locked = _write(corpus / "locked.txt", 7)
    real_open = Path.open

    def refusing_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing_open)
    batch = read_paths([corpus])
    assert len(batch.items) == 4
    assert [failure.source for failure in batch.failures] == [str(locked)]
    assert "Permission denied" in batch.failures[0].reason


def test_same_text_in_two_files_gives_two_items_with_one_id(tmp_path: Path) -> None:
    _write(tmp_path / "one.txt", 5)
    (tmp_path / "two.txt").write_text("Report 5\n\n\n" + BODY.format(5).replace(" ", "  ") + "\n")
    batch = read_paths([tmp_path])
    assert len(batch.items) == 2
    assert batch.items[0].document.id == batch.items[1].document.id
    assert batch.items[0].document.raw_sha256 != batch.items[1].document.raw_sha256


def test_hidden_entries_skipped_are_counted_in_a_notice(corpus: Path) -> None:
    batch = read_paths([corpus])
    [notice] = batch.notices
    assert notice.source == str(corpus)
    assert notice.message.startswith("skipped 2 hidden file(s) or folder(s)")  # .hidden.txt and .git


def test_unlistable_folder_is_a_failure_and_the_rest_ingested(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sub-folder that cannot be listed (forced, so it also runs as root) is reported, not skipped silently."""
    locked = corpus / "locked"
    _write(locked / "inside.txt", 8)
    real_scandir = os.scandir

    def refusing_scandir(path: Any = ".") -> Any:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refusing_scandir)
    batch = read_paths([corpus])
    assert len(batch.items) == 4
    [failure] = batch.failures
    assert failure.source == str(locked)
    assert failure.reason.startswith("cannot read the folder: Permission denied")
