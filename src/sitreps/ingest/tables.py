"""Record-per-row inputs: JSONL/NDJSON and CSV/TSV streamed row by row, JSON read whole.

A bad row becomes a failure naming its line or row and the rest go on. JSONL and CSV
are read through a text stream, so a dump of any size holds one row in memory at a
time (plus the documents already built). Each row's raw bytes are the row as read,
encoded back in the file's encoding (UTF-8 for files that carried a byte-order mark).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import IO

from sitreps.errors import IngestError
from sitreps.ingest.decode import SNIFF_BYTES, detect_encoding
from sitreps.ingest.documents import MAX_DOCUMENT_CHARS, build_item
from sitreps.ingest.fields import accepted_text_names, find_columns, record_to_article
from sitreps.ingest.records import IngestFailure, Outcome, Outcomes

CSV_FIELD_LIMIT = 4 * MAX_DOCUMENT_CHARS
"""csv's default 128 KiB field limit would reject long articles; this lets an oversized one be
read and then refused by MAX_DOCUMENT_CHARS with a clear message (4x covers UTF-16 surrogates
and markup that is stripped afterwards)."""

CSV_DELIMITERS = ",;\t|"
"""Delimiters recognised in a header line: comma first (ties go to it), then the semicolon that
European spreadsheets write, tab and pipe."""

WRAPPER_KEYS = ("documents", "articles", "items", "records", "results", "data")
"""Keys under which JSON exports (news APIs, scrapers) commonly wrap their list of articles."""

_BOM_ENCODINGS = frozenset({"utf-8-sig", "utf-16", "utf-32"})


def open_text(stream: IO[bytes], source: str, *, newline: str | None) -> tuple[io.TextIOWrapper, str]:
    """A text view of a seekable byte stream, its encoding detected on the head; IngestError if binary."""
    head = stream.read(SNIFF_BYTES)
    if not head.strip():
        raise IngestError(source, "empty file: nothing to ingest; check that the export wrote its content")
    encoding = detect_encoding(head, complete=len(head) < SNIFF_BYTES)
    if encoding is None:
        reason = f"binary file, not text: starts with {head[:8]!r}; provide UTF-8 JSONL or CSV"
        raise IngestError(source, reason)
    stream.seek(0)
    return io.TextIOWrapper(stream, encoding=encoding, newline=newline), encoding


def _raw_codec(encoding: str) -> str:
    return "utf-8" if encoding in _BOM_ENCODINGS else encoding


def read_jsonl(stream: IO[bytes], *, source: str) -> Outcomes:
    """One outcome per non-blank line of a JSON Lines stream."""
    text, encoding = open_text(stream, source, newline=None)
    codec = _raw_codec(encoding)
    number = 0
    try:
        for number, line in enumerate(text, start=1):
            if line.strip():
                yield _jsonl_row(line, source=f"{source}:line {number}", codec=codec)
    except UnicodeDecodeError as error:
        yield _undecodable(source, f"line {number + 1}", encoding, error)


def _jsonl_row(line: str, *, source: str, codec: str) -> Outcome:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return IngestFailure(source, f"not valid JSON ({error.msg}); each line must be one JSON object")
    return record_outcome(record, source=source, raw=line.encode(codec, errors="replace"))


def record_outcome(record: object, *, source: str, raw: bytes) -> Outcome:
    """The document in one record, or why it cannot be one."""
    if not isinstance(record, dict):
        return IngestFailure(source, f"a JSON {type(record).__name__}, expected an object with a text field")
    try:
        return build_item(record_to_article(record, source=source, raw=raw))
    except IngestError as error:
        return IngestFailure(source, error.reason)


def read_json(text: str, *, source: str) -> Outcomes:
    """A JSON document: one object, an array of objects, or an object wrapping such an array."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise IngestError(
            source, f"not valid JSON ({error.msg} at line {error.lineno}); fix it or provide JSONL"
        ) from error
    records = _records(value)
    if records is None:
        yield record_outcome(value, source=source, raw=text.encode("utf-8"))
        return
    for number, record in enumerate(records, start=1):
        raw = json.dumps(record, ensure_ascii=False).encode("utf-8")
        yield record_outcome(record, source=f"{source}:item {number}", raw=raw)


def _records(value: object) -> list[object] | None:
    """The list of records in a JSON value, or None when the value is itself one record."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict) and "text" not in find_columns(value.keys()):
        for key in WRAPPER_KEYS:
            wrapped = value.get(key)
            if isinstance(wrapped, list):
                return wrapped
    return None


def read_csv(stream: IO[bytes], *, source: str, delimiter: str | None = None) -> Outcomes:
    """One outcome per data row; IngestError when no column can hold the text."""
    text, encoding = open_text(stream, source, newline="")
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    recorder = _LineRecorder(text)
    reader = csv.reader(recorder, delimiter=delimiter or _sniff_delimiter(text))
    header = next(reader, None)
    recorder.take()
    columns = find_columns(header or [])
    if header is None or "text" not in columns:
        found = ", ".join(name for name in header or [] if name) or "none"
        reason = f"no text column: columns found: {found}; name one of: {accepted_text_names()}"
        raise IngestError(source, reason)
    yield from _csv_rows(reader, recorder, header, source=source, encoding=encoding)


def _csv_rows(
    reader: Iterator[list[str]], recorder: _LineRecorder, header: list[str], *, source: str, encoding: str
) -> Outcomes:
    codec = _raw_codec(encoding)
    number = 0
    try:
        for number, row in enumerate(reader, start=1):
            raw = recorder.take().encode(codec, errors="replace")
            row_source = f"{source}:row {number}"
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                reason = f"{len(row)} fields, the header has {len(header)}; check the quoting"
                yield IngestFailure(row_source, reason)
            else:
                yield record_outcome(dict(zip(header, row, strict=True)), source=row_source, raw=raw)
    except UnicodeDecodeError as error:
        yield _undecodable(source, f"row {number + 1}", encoding, error)
    except csv.Error as error:
        reason = f"malformed CSV ({error}); the rows after it were not read"
        yield IngestFailure(f"{source}:row {number + 1}", reason)


def _sniff_delimiter(text: io.TextIOWrapper) -> str:
    """The delimiter most used in the header line. Header names rarely hold delimiters, while
    csv.Sniffer, reading article text full of commas and semicolons, often guesses wrong."""
    header = text.readline()
    text.seek(0)
    return max(CSV_DELIMITERS, key=header.count)


class _LineRecorder:
    """Hands lines to csv.reader and remembers them, so each row's raw text is known exactly."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self._taken: list[str] = []

    def __iter__(self) -> _LineRecorder:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self._taken.append(line)
        return line

    def take(self) -> str:
        """The lines read since the last call: the current row's source text."""
        taken, self._taken = "".join(self._taken), []
        return taken


def _undecodable(source: str, where: str, encoding: str, error: UnicodeDecodeError) -> IngestFailure:
    return IngestFailure(
        f"{source}:{where}",
        f"not valid {encoding} from here on ({error.reason}); the rest was not read; save the file as UTF-8",
    )
