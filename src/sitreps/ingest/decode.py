"""Bytes to text: detect the encoding, refuse binary input, normalise to NFC with \\n newlines.

Order of evidence: a byte-order mark is certain; NUL bytes without one mean binary
(no text encoding we accept puts NULs in text except UTF-16/32, which carry a BOM);
valid UTF-8 is almost never an accident for non-ASCII text; only then do we ask
charset-normalizer to guess a legacy code page (cp1251, latin-1, cp1252...).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

from sitreps.errors import IngestError

SNIFF_BYTES = 64 * 1024
"""How much of a streamed file decides its encoding: enough for charset-normalizer to see many
non-ASCII characters in a legacy-encoded dump, small enough to read instantly."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029")


def detect_encoding(sample: bytes, *, complete: bool = True) -> str | None:
    """The encoding of ``sample``, or None when it is not text.

    ``complete`` is False when the sample is the head of a longer file, so a
    multi-byte character cut at its end is not taken as invalid UTF-8.
    """
    for bom, encoding in _BOMS:
        if sample.startswith(bom):
            return encoding
    if b"\x00" in sample:
        return None
    if _is_utf8(sample, complete=complete):
        return "utf-8"
    best = charset_normalizer.from_bytes(sample).best()
    return best.encoding if best is not None else None


def _is_utf8(sample: bytes, *, complete: bool) -> bool:
    """An incremental decoder keeps a trailing partial character pending unless told the input is final."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(sample, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def normalise_text(text: str) -> str:
    """NFC, newlines as ``\\n``, no byte-order mark: the form every offset refers to."""
    text = text.removeprefix("\ufeff")
    return unicodedata.normalize("NFC", _NEWLINES.sub("\n", text))


def decode_bytes(data: bytes, source: str) -> str:
    """The normalised text of a whole input; raises IngestError for empty or binary input."""
    if not data.strip():
        raise IngestError(source, "empty file: nothing to ingest; check that the export wrote its content")
    encoding = detect_encoding(data)
    if encoding is None:
        raise IngestError(source, _binary_reason(data))
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        reason = f"cannot decode as {encoding} ({error.reason}); save it as UTF-8"
        raise IngestError(source, reason) from error
    text = normalise_text(text)
    if not text.strip():
        raise IngestError(source, "empty file: only whitespace; check that the export wrote its content")
    return text


def _binary_reason(data: bytes) -> str:
    """Say what the bytes look like, so users know they passed a PDF, image or archive by mistake."""
    head = data[:8]
    return (
        f"binary file, not text: starts with {head!r}; "
        "convert it to text, HTML, JSONL or CSV (PDFs and word-processor files need converting first)"
    )
