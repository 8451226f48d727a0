"""Writing an output file the user named: a missing folder or a denied write is one clear error.

Every command with ``--output`` writes through here, so the message (and the
absence of a traceback) is the same for exports, digests and their HTML twins.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sitreps.errors import OutputError


def check_output(path: Path) -> None:
    """Raise OutputError unless ``path`` can be created: its folder exists and it is not a folder."""
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: the folder {folder} does not exist; create it first")
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder; give a file name")


def write_output(path: Path, write: Callable[[Path], None]) -> None:
    """Run ``write(path)`` after ``check_output``, turning an operating-system refusal into OutputError."""
    check_output(path)
    try:
        write(path)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None


def write_text_output(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to the file the user named."""
    def write(target: Path) -> None:
        target.write_text(text, encoding="utf-8")

    write_output(path, write)
