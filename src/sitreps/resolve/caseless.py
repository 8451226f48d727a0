"""Spans of a case-insensitive pattern, matched on the lower-cased text where that finds the same spans.

Python's ``re`` tries a case-insensitive alternation of some hundred words at every position at about
half the speed of the same pattern matched case-sensitively, and the time-expression pattern runs over
every article's whole text and over the sentences of its events (the largest single cost of dating
them). A pattern written in lower case finds, in the lower-cased text, exactly the spans it finds
case-insensitively in the text, whenever lower-casing changes ASCII letters only: every non-ASCII
character of the text is caseless (quotes, dashes; no "é", no dotless "ı" or long "ſ", which ``re``
equates with "i" and "s"). Otherwise, or for a pattern with any upper-case letter, the pattern runs as
it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

_DELETE_ASCII = dict.fromkeys(range(128))
_GROUP_NAMES = re.compile(r"\(\?P(?:<\w+>|=\w+\))")
_INLINE_FLAGS = re.compile(r"\(\?[a-zA-Z-]")  # "(?-i:...)" would keep a part case-sensitive


def caseless_spans(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of every match of ``pattern`` in ``text``, as ``pattern.finditer`` finds them."""
    lowered = _case_sensitive(pattern)
    if lowered is not None and _caseless_beyond_ascii(text):
        return (match.span() for match in lowered.finditer(text.lower()))
    return (match.span() for match in pattern.finditer(text))


def _caseless_beyond_ascii(text: str) -> bool:
    """Whether every non-ASCII character of ``text`` has no case (so ``lower`` changes ASCII letters only)."""
    rest = text.translate(_DELETE_ASCII)
    return rest == rest.lower() == rest.upper()


@lru_cache(maxsize=8)
def _case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` without IGNORECASE, when it is case-insensitive and written in lower case (group
    names aside), with no inline flags and caseless non-ASCII characters only; else None."""
    if not pattern.flags & re.IGNORECASE:
        return None
    written = _GROUP_NAMES.sub("", pattern.pattern)
    if any(c.isupper() for c in written) or _INLINE_FLAGS.search(written) or not _caseless_beyond_ascii(written):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
