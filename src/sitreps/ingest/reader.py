"""Read files, folders and uploaded bytes into documents: dispatch each input to its format.

One bad file, row or entry never stops the others: read_paths turns every problem a
user can cause into an IngestFailure. read_bytes (one upload, as the REST API's POST
receives it) raises instead, because its caller answers one request with one error.
"""

from __future__ import annotations

import io
import os
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import IO

from sitreps.errors import IngestError
from sitreps.ingest.decode import SNIFF_BYTES, decode
from sitreps.ingest.documents import build_item
from sitreps.ingest.feeds import parse_feed
from sitreps.ingest.formats import STREAMED_FORMATS, Format, format_for
from sitreps.ingest.html_page import parse_html
from sitreps.ingest.plaintext import parse_text
from sitreps.ingest.records import IngestBatch, IngestedItem, IngestFailure, IngestNotice, Outcomes
from sitreps.ingest.tables import read_csv, read_json, read_jsonl

MAX_WHOLE_FILE_BYTES = 256 * 1024 * 1024
"""Text, HTML, feeds and JSON are read into memory whole. A web page or feed is a few MB at most;
a JSON array of a few hundred MB is still fine on a laptop; beyond that, JSONL streams."""


def read_paths(paths: Sequence[Path]) -> IngestBatch:
    """Every document in ``paths`` (files, and folders read recursively in sorted order, hidden
    entries skipped), with a failure for each file, row or entry that could not be read."""
    return _collect(iter_paths(paths))


def iter_paths(paths: Sequence[Path], *, exclude: Collection[Path] = ()) -> Outcomes:
    """read_paths one outcome at a time, in the same order: a caller that stores each document as
    it comes (the CLI, the store) ingests a dump of any size in flat memory.

    Files in ``exclude`` are left out of folders, with a notice: the SQLite database
    being written, when it lies inside a folder being ingested.
    """
    skip = frozenset(path.resolve() for path in exclude)
    for path in paths:
        yield from _read_path(Path(path), skip)


def read_bytes(
    data: bytes, *, source: str, media_type: str | None = None, url: str | None = None
) -> list[IngestedItem]:
    """The documents in one uploaded input; raises IngestError if any part of it cannot be read."""
    batch = _collect(_guarded(io.BytesIO(data), source=source, media_type=media_type, url=url))
    if batch.failures:
        first = batch.failures[0]
        total = len(batch.items) + len(batch.failures)
        prefix = f"{len(batch.failures)} of {total} records could not be read; first, " if total > 1 else ""
        raise IngestError(first.source, prefix + first.reason)
    return batch.items


def _collect(outcomes: Outcomes) -> IngestBatch:
    items: list[IngestedItem] = []
    failures: list[IngestFailure] = []
    notices: list[IngestNotice] = []
    for outcome in outcomes:
        if isinstance(outcome, IngestFailure):
            failures.append(outcome)
        elif isinstance(outcome, IngestNotice):
            notices.append(outcome)
        else:
            items.append(outcome)
    return IngestBatch(items=items, failures=failures, notices=notices)


def _read_path(path: Path, skip: frozenset[Path] = frozenset()) -> Outcomes:
    if path.is_dir():
        yield from _read_folder(path, skip)
    elif path.exists():
        yield from _read_file(path)
    else:
        yield IngestFailure(str(path), "no such file or folder; check the path")


def _read_folder(folder: Path, skip: frozenset[Path]) -> Outcomes:
    """Every file under ``folder``, a failure for each sub-folder that cannot be listed, and a
    notice counting the hidden entries skipped: nothing is left out without a word."""
    files, unreadable, hidden = _walk(folder)
    for error in unreadable:
        where = error.filename or str(folder)
        yield IngestFailure(str(where), f"cannot read the folder: {error.strerror or error}; "
                                        "check its permissions (its files were skipped)")
    if hidden:
        yield IngestNotice(str(folder), f"skipped {hidden} hidden file(s) or folder(s) (names starting with '.')")
    own = [file for file in files if file.resolve() in skip]
    if own:
        yield IngestNotice(str(folder), f"skipped {len(own)} file(s) of the database being written to")
    for file in files:
        if file.resolve() not in skip:
            yield from _read_file(file)


def _walk(folder: Path) -> tuple[list[Path], list[OSError], int]:
    """Files under ``folder`` sorted by their path within it (as ``find | sort`` lists them),
    the folders that could not be listed, and how many hidden entries (.git, .DS_Store) were skipped."""
    found: list[Path] = []
    unreadable: list[OSError] = []
    hidden = 0
    for root, dirs, files in os.walk(folder, onerror=unreadable.append, followlinks=False):
        hidden += sum(name.startswith(".") for name in [*dirs, *files])
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        found.extend(Path(root) / name for name in files if not name.startswith("."))
    return sorted(found, key=lambda path: path.relative_to(folder).parts), unreadable, hidden


def _read_file(path: Path) -> Outcomes:
    source = str(path)
    try:
        stream = path.open("rb")
    except OSError as error:
        reason = error.strerror or str(error)
        yield IngestFailure(source, f"cannot read the file: {reason}; check its permissions")
        return
    with stream:
        yield from _guarded(stream, source=source, media_type=None, url=None)


def _guarded(stream: IO[bytes], *, source: str, media_type: str | None, url: str | None) -> Outcomes:
    """The outcomes of one input, with any error that stops the whole input turned into a failure."""
    try:
        yield from _parse(stream, source=source, media_type=media_type, url=url)
    except IngestError as error:
        yield IngestFailure(error.source, error.reason)
    except OSError as error:
        yield IngestFailure(source, f"cannot read the file: {error.strerror or error}; check the disk")


def _parse(stream: IO[bytes], *, source: str, media_type: str | None, url: str | None) -> Outcomes:
    head = stream.read(SNIFF_BYTES)
    stream.seek(0)
    fmt = format_for(source, media_type, head)
    if fmt in STREAMED_FORMATS:
        yield from _parse_stream(stream, fmt, source=source)
        return
    data = stream.read(MAX_WHOLE_FILE_BYTES + 1)
    if len(data) > MAX_WHOLE_FILE_BYTES:
        limit = MAX_WHOLE_FILE_BYTES // (1024 * 1024)
        raise IngestError(source, f"over {limit} MiB, too big to read whole as {fmt}; provide JSONL instead")
    yield from _parse_whole(data, fmt, source=source, url=url)


def _parse_stream(stream: IO[bytes], fmt: Format, *, source: str) -> Outcomes:
    if fmt is Format.JSONL:
        return read_jsonl(stream, source=source)
    return read_csv(stream, source=source, delimiter="\t" if fmt is Format.TSV else None)


def _parse_whole(data: bytes, fmt: Format, *, source: str, url: str | None) -> Outcomes:
    decoded = decode(data, source)
    if decoded.note:
        yield IngestNotice(source, decoded.note)
    text = decoded.text
    if fmt is Format.FEED:
        yield from parse_feed(data, source=source)
    elif fmt is Format.JSON:
        yield from read_json(text, source=source)
    elif fmt is Format.HTML:
        yield build_item(parse_html(text, source=source, raw=data, url=url))
    else:
        yield build_item(parse_text(text, source=source, raw=data))
