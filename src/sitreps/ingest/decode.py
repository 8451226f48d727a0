"""Bytes to text: detect the encoding, refuse binary input, normalise to NFC with \\n newlines.

Order of evidence: a byte-order mark is certain; NUL bytes without one mean UTF-16
when they fall on one byte parity only and the bytes decode cleanly as UTF-16 (an
editor that omits the BOM), else binary; valid UTF-8 is almost never an accident for
non-ASCII text, and neither is text whose non-ASCII sequences are overwhelmingly
valid UTF-8 with a few broken bytes (a truncated copy, one bad paste): that is
decoded as UTF-8 with U+FFFD in place of each bad sequence, and the caller is told
how many (``Decoded.note``), never a silent guess. Only then do we ask
charset-normalizer to guess a legacy code page (cp1251, latin-1, cp1252...).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

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
_REPLACEMENT = "\ufffd"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

MIN_VALID_UTF8 = 3
"""Valid multi-byte UTF-8 characters needed before broken bytes are read as damage to UTF-8:
legacy code pages (cp1252 "é" before a letter, cp1251 Cyrillic) almost never form even
one valid sequence, while a dash, a quote mark or an accented name gives UTF-8 text many."""
MAX_INVALID_SHARE = 0.2
"""At most one broken sequence for four valid ones: the 6 bad bytes of a copied article
among hundreds of dashes and quotes pass; a legacy file with a stray valid pair does not."""
UTF16_MIN_NUL_SHARE = 0.1
"""UTF-16 without a BOM shows NULs at one byte parity: every ASCII character has one (Latin
text: ~95%), and even Cyrillic or Greek text has them at spaces and digits (~15%)."""
UTF16_MAX_OTHER_NUL_SHARE = 0.01
"""...and almost none at the other parity, where binary formats (PDF, images) have plenty."""
UTF16_MIN_NULS = 4
"""A handful of NULs at least: one stray NUL in a short binary header is no evidence."""
UTF16_SCRIPT_SHARE = 0.9
"""Text keeps to a few Unicode blocks, so the high bytes of its code units take few values
(0x00 for Latin, 0x04 for Cyrillic, 0x20 for dashes and quotes): the three commonest cover
at least 90% of them; random binary read as UTF-16 spreads over hundreds."""


@dataclass(frozen=True)
class Decoded:
    """Decoded text and, when decoding had to repair something, a note saying what."""

    text: str
    encoding: str
    note: str | None = None


def detect_encoding(sample: bytes, *, complete: bool = True) -> str | None:
    """The encoding of ``sample``, or None when it is not text.

    ``complete`` is False when the sample is the head of a longer file, so a
    multi-byte character cut at its end is not taken as invalid. "utf-8" is also
    the answer for UTF-8 with a few broken sequences (``decode`` reports them).
    """
    for bom, encoding in _BOMS:
        if sample.startswith(bom):
            return encoding
    if b"\x00" in sample:
        return _utf16_without_bom(sample, complete=complete)
    if _is_utf8(sample, complete=complete) or _mostly_utf8(sample):
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


def _mostly_utf8(sample: bytes) -> bool:
    """Many valid multi-byte UTF-8 characters and few broken sequences: UTF-8 with damage."""
    text = sample.decode("utf-8", errors="replace")
    invalid = _replaced(sample, text)
    valid = sum(1 for char in text if char > "\x7f") - invalid
    return valid >= MIN_VALID_UTF8 and invalid <= valid * MAX_INVALID_SHARE


def _replaced(data: bytes, text: str) -> int:
    """How many U+FFFD in ``text`` stand for broken bytes (not for a U+FFFD that was in the input)."""
    return text.count(_REPLACEMENT) - data.count(b"\xef\xbf\xbd")


def _utf16_without_bom(sample: bytes, *, complete: bool) -> str | None:
    """"utf-16-le" or "utf-16-be" when NULs sit on one byte parity and the bytes decode cleanly; else None."""
    even, odd = sample[0::2], sample[1::2]
    if not even or not odd:
        return None
    share_even, share_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if share_odd >= UTF16_MIN_NUL_SHARE and share_even <= UTF16_MAX_OTHER_NUL_SHARE:
        encoding, high = "utf-16-le", odd
    elif share_even >= UTF16_MIN_NUL_SHARE and share_odd <= UTF16_MAX_OTHER_NUL_SHARE:
        encoding, high = "utf-16-be", even
    else:
        return None
    common = sum(count for _, count in Counter(high).most_common(3))
    if high.count(0) < UTF16_MIN_NULS or common < UTF16_SCRIPT_SHARE * len(high):
        return None
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        text = decoder.decode(sample, final=complete)
    except UnicodeDecodeError:
        return None
    return None if _CONTROL.search(text) else encoding


def normalise_text(text: str) -> str:
    """NFC, newlines as ``\\n``, no byte-order mark: the form every offset refers to."""
    text = text.removeprefix("\ufeff")
    return unicodedata.normalize("NFC", _NEWLINES.sub("\n", text))


def decode_bytes(data: bytes, source: str) -> str:
    """The normalised text of a whole input; raises IngestError for empty or binary input."""
    return decode(data, source).text


def decode(data: bytes, source: str) -> Decoded:
    """``decode_bytes`` with what was repaired: broken UTF-8 sequences replaced, and how many."""
    if not data.strip():
        raise IngestError(source, "empty file: nothing to ingest; check that the export wrote its content")
    encoding = detect_encoding(data)
    if encoding is None:
        raise IngestError(source, _binary_reason(data))
    note = None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        if encoding != "utf-8":
            reason = f"cannot decode as {encoding} ({error.reason}); save it as UTF-8"
            raise IngestError(source, reason) from error
        text = data.decode("utf-8", errors="replace")
        count = _replaced(data, text)
        note = (f"{count} invalid UTF-8 byte sequence(s) replaced with U+FFFD (\ufffd); "
                "the rest is UTF-8: check the file if the count is large")
    text = normalise_text(text)
    if not text.strip():
        raise IngestError(source, "empty file: only whitespace; check that the export wrote its content")
    return Decoded(text, encoding, note)


def _binary_reason(data: bytes) -> str:
    """Say what the bytes look like, so users know they passed a PDF, image or archive by mistake."""
    head = data[:8]
    return (
        f"binary file, not text: starts with {head!r}; "
        "convert it to text, HTML, JSONL or CSV (PDFs and word-processor files need converting first)"
    )
