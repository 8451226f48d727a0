"""Name keys shared by the gazetteer and the actor registry.

Both compare names written by many outlets in many transliterations, so both reduce a name to the
same key: accents dropped, case folded, apostrophes and dots removed ("Sana'a" = "Sanaa",
"U.S." = "US"), hyphens and other separators turned into spaces ("Port-au-Prince" =
"port au prince"), a leading "the" dropped. The gazetteer folds about 400,000 GeoNames names when
it builds its index, so this avoids regular expressions and decomposes only non-ASCII text.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

from sitreps.language_data import word_list

_DROPPED = "'’‘`ʼʻ‛."
# The Arabic article as transliterations write it before a folded name ("al qamishli", "ad dali").
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|an|at|az)\s+")
_SEPARATORS = '-‐‑–—_/,()"“”;:!?'
_TABLE = str.maketrans({**dict.fromkeys(_DROPPED, ""), **dict.fromkeys(_SEPARATORS, " ")})


# Folded keys kept: the pipeline folds the same few thousand names and words again and again (some
# 40,000 folds over benchmarks/throughput.py's 300 articles); a bound keeps the one-off folding of a
# rebuilt gazetteer from holding all its names.
FOLD_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=FOLD_CACHE_SIZE)
def fold(text: str) -> str:
    """The comparison key of a name: accent-free, case-folded, punctuation-light (cached: a pure function
    of the text)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).translate(_combining_marks())
    key = " ".join(text.casefold().translate(_TABLE).split())
    return key[4:] if key.startswith("the ") else key


@lru_cache(maxsize=1)
def _combining_marks() -> dict[int, None]:
    """A translate table deleting every combining mark (accents, Arabic harakat, Hebrew points)."""
    return {cp: None for cp in range(sys.maxunicode + 1) if unicodedata.combining(chr(cp))}


def is_latin(text: str) -> bool:
    """Whether every letter of ``text`` is Latin: other scripts get their own 'not found' note."""
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


@lru_cache(maxsize=1)
def _counting_words() -> frozenset[str]:
    return frozenset(word_list("actor_roles", "counting_words"))


def counts_only(name: str) -> bool:
    """Whether a name only counts whom it stands for ("at least seven people", "hundreds", "200 others"),
    saying nothing of who they were ("hundreds of civilians", "several of his allies" say who)."""
    parts = fold(name).split()
    return bool(parts) and all(is_counting_word(p) for p in parts)


def is_counting_word(word: str) -> bool:
    """A folded word that says how many ("at", "least", "seven", "1,200", "dozens", "of", "people")."""
    return word in _counting_words() or word.replace(",", "").isdigit()
