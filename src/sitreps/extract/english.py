"""The word lists of incident extraction (``data/en/*.yaml``) in the shapes its rules use.

Which words make an event word generic, an aggregate toll, a fear or a fresh
incident are facts about English, not code: they live in data files read
through the one per-language loader (``sitreps.language_data``), so they can be
extended, or a second language added, without touching the rules that use them.
"""

from __future__ import annotations

from functools import cache

from sitreps.language_data import word_list


@cache
def words(name: str, key: str) -> frozenset[str]:
    """The lower-cased entries of list ``key`` in ``data/en/<name>.yaml``."""
    return frozenset(entry.lower() for entry in word_list(name, key))


def plain_singular(word: str) -> str:
    """A noun singular by the plain English "-s" rule ("students" -> "student", "officers" -> "officer"; "press"
    and "policemen" stay): enough to compare the head words of two names without a lemmatiser's parse."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def without_possessive(word: str) -> str:
    """A word less its possessive ending, straight or curly ("Russia's" -> "Russia"): names compared as
    owners ("Russia's defence ministry") and as bodies ("Russia") must meet on the same word."""
    return word.removesuffix("'s").removesuffix("’s")


@cache
def phrases(name: str, key: str) -> tuple[str, ...]:
    """Multi-word entries of list ``key``, longest first (so the longest match wins); sorted once, as
    rules ask for their lists for every trigger."""
    return tuple(sorted(words(name, key), key=len, reverse=True))
