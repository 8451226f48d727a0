"""Direct-quote detection on raw text: which characters sit between quote marks.

Works on the document text alone (no parse), so offsets are document offsets
from the start. Handles “ ”, „ “/„ ”, « », straight double quotes, ‘ ’ and
straight single quotes used as primary marks (British style); marks nested
inside a quote are skipped. A paragraph that opens a quote without closing it
continues into the next paragraph when that one opens with a quote mark (the
newspaper convention for multi-paragraph quotes).
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from sitreps.language_data import word_list

# Closing marks for each opening mark. „ closes with “ (German) or ” (Polish, Ukrainian).
CLOSERS: dict[str, str] = {
    "“": "”",
    "„": "“”",
    "«": "»",
    '"': '"',
    "‘": "’",
    "'": "'",
}
# Characters after which an opening mark may stand (start of text is allowed too).
OPEN_CONTEXT = " \t\n([{—–-:;/"
# Marks that use the apostrophe's glyph and so need stricter checks.
APOSTROPHE_MARKS = "‘’'"
ATTRIBUTION_WORDS = "attribution_words"


@cache
def _plural_endings() -> frozenset[str]:
    """The letters a plural ends in before its possessive apostrophe ("the soldiers’ families"), case kept."""
    return frozenset(word_list(ATTRIBUTION_WORDS, "plural_possessive_letters"))


class QuotedSpan(NamedTuple):
    """A quotation: ``start``/``end`` bound the quoted words, ``open_at``/``close_at`` the marks."""

    open_at: int
    start: int
    end: int
    close_at: int


def _can_open(text: str, i: int) -> bool:
    """Whether the mark at ``i`` opens a quote rather than being an apostrophe or stray mark."""
    if i > 0 and text[i - 1] not in OPEN_CONTEXT and text[i - 1] not in CLOSERS:
        return False
    return i + 1 < len(text) and not text[i + 1].isspace()


def _can_close(text: str, i: int, mark: str) -> bool:
    """Whether ``text[i]`` closes a quote opened with ``mark``."""
    if text[i] not in CLOSERS[mark]:
        return False
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isalnum():
        return False  # an apostrophe inside a word: don't, Alfyorov’s
    if mark in APOSTROPHE_MARKS:
        before = text[i - 1]
        if before in _plural_endings() and after == " ":
            return False  # plural possessive: the soldiers’ families
    return True


def _paragraph_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _next_paragraph_opener(text: str, i: int, mark: str) -> int | None:
    """Where the next paragraph reopens the quote with ``mark``, or None."""
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    if j < len(text) and j > i and "\n" in text[i:j] and text[j] == mark:
        return j
    return None


def _find_close(text: str, start: int, mark: str) -> tuple[int, bool]:
    """The index of the closing mark, and whether it was found (else the last paragraph's end)."""
    i = start
    while True:
        end = _paragraph_end(text, i)
        for j in range(i, end):
            if _can_close(text, j, mark):
                return j, True
        reopen = _next_paragraph_opener(text, end, mark)
        if reopen is None:
            return end, False
        i = reopen + 1


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Every top-level quotation in ``text``, in order, with document offsets.

    A quote left unclosed at the end of its last paragraph runs to that
    paragraph's end: journalists forget closing marks more often than they
    open quotes by accident.
    """
    found: list[QuotedSpan] = []
    i = 0
    while i < len(text):
        mark = text[i]
        if mark in CLOSERS and _can_open(text, i):
            close_at, closed = _find_close(text, i + 1, mark)
            start, end = _trimmed(text, i + 1, close_at)
            if end > start:
                found.append(QuotedSpan(i, start, end, close_at if closed else end))
            i = close_at + 1
            continue
        i += 1
    return found
