"""User search syntax, translated for SQLite's FTS5.

Users type the web-search syntax PostgreSQL's ``websearch_to_tsquery``
understands: words (all required), "quoted phrases", ``OR`` between
alternatives, ``-word`` to exclude. FTS5 has its own, stricter grammar where a
stray quote or hyphen is a syntax error, so every term is passed to it quoted.
"""

from __future__ import annotations

import re

from sitreps.errors import ConfigError

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORDISH = re.compile(r"\w")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Control characters other than tab, newline and carriage return (which separate words)."""


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def check_query(query: str) -> None:
    """Refuse a search with nothing to look for, or with a control character, the same way on every backend.

    FTS5 and PostgreSQL both read a NUL as the end of the string, which leaves a quoted term unterminated.
    """
    if _CONTROL.search(query or ""):
        raise ConfigError(f"search {query!r} holds a control character: search for plain text")
    if not _WORDISH.search(query or ""):
        raise ConfigError(f"search {query!r} has no words: give at least one word to look for")


def to_fts5(query: str) -> str:
    """The FTS5 MATCH expression for a web-search style query."""
    check_query(query)
    positives: list[str] = []
    negatives: list[str] = []
    pending_or = False
    for match in _TOKEN.finditer(query):
        phrase, word = match.group(1), match.group(2)
        if word == "OR":
            pending_or = bool(positives)
            continue
        negate = word is not None and word.startswith("-") and len(word) > 1
        term = phrase if phrase is not None else word.lstrip("-") if negate else word
        if not term or not _WORDISH.search(term):
            continue
        if negate:
            negatives.append(_quoted(term))
        elif pending_or:
            positives[-1] = f"{positives[-1]} OR {_quoted(term)}"
        else:
            positives.append(_quoted(term))
        pending_or = False
    if not positives:
        raise ConfigError(f"search {query!r} only excludes words: add a word to look for")
    expression = " AND ".join(f"({p})" for p in positives)
    return " NOT ".join([f"({expression})", *negatives]) if negatives else expression
