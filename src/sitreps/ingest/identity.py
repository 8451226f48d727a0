"""Document identity: a hash of the normalised text, so the same article read twice is one document."""

from __future__ import annotations

import hashlib
import re
import unicodedata

ID_HEX_CHARS = 16
"""64 bits of sha256: collisions are negligible below billions of documents, and ids stay short."""

_WHITESPACE_RUN = re.compile(r"\s+")


def identity_text(text: str) -> str:
    """The text as identity sees it: NFKC, casefolded, whitespace runs collapsed, stripped.

    Two feeds carrying the same article differ in line wrapping, indentation and
    compatibility characters (non-breaking spaces, ligatures); none of that should
    make a second document.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _WHITESPACE_RUN.sub(" ", folded).strip()


def document_id(text: str) -> str:
    """The hash identity of the normalised text: first 16 hex chars of its sha256."""
    digest = hashlib.sha256(identity_text(text).encode("utf-8")).hexdigest()
    return digest[:ID_HEX_CHARS]


def raw_sha256(raw: bytes) -> str:
    """The sha256 hex of the raw input bytes, so a stored raw copy can be verified."""
    return hashlib.sha256(raw).hexdigest()
