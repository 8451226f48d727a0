"""Hashed n-gram features of a sentence: what the learned event model reads.

Only the tokenizer's words are used (lowercased words, their first five letters
as a cheap stem, and word pairs), so training can featurise tens of thousands of
sentences with ``nlp.make_doc`` alone and the pipeline can featurise the parsed
sentences it already has at almost no cost. CRC-32 hashing is stable across
processes and Python versions, unlike ``hash()``.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

import numpy as np

# 2**18 buckets: the training vocabulary (about 60,000 distinct features) collides
# rarely, and only the rows training touched are stored in the artifact.
HASH_BUCKETS = 2**18
# "shelled"/"shelling", "bombed"/"bombing", "abducted"/"abduction" share a five-letter stem.
STEM_LENGTH = 5
NUMBER = "<num>"
# Words whose buckets are kept: a corpus's vocabulary repeats (most words of a sentence were seen in
# earlier ones), and 65,536 short words and their one or two buckets are a few megabytes at most.
WORD_CACHE_SIZE = 2**16


def _word(text: str) -> str:
    lowered = text.lower()
    return NUMBER if any(ch.isdigit() for ch in lowered) else lowered


def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % HASH_BUCKETS


def token_features(word: str) -> list[int]:
    """The buckets one word contributes by itself: the word and its stem."""
    features = [_bucket("w:" + word)]
    if len(word) > STEM_LENGTH and word.isalpha():
        features.append(_bucket("s:" + word[:STEM_LENGTH]))
    return features


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _word_buckets(word: str) -> tuple[int, ...]:
    """``token_features``, hashed once per word: the model featurises every candidate sentence, and
    hashing each word's features again was most of its cost."""
    return tuple(token_features(word))


def sentence_features(tokens: Sequence[str]) -> np.ndarray:
    """Sorted unique buckets of a sentence's words, stems and word pairs (punctuation dropped)."""
    words = [_word(t) for t in tokens if any(ch.isalnum() for ch in t)]
    buckets: set[int] = set()
    for word in words:
        buckets.update(_word_buckets(word))
    for left, right in pairwise(words):
        buckets.add(_bucket(f"b:{left}_{right}"))
    return np.fromiter(sorted(buckets), dtype=np.int64, count=len(buckets))


def word_of(token_text: str) -> str:
    """The normalised form a token's own features are built from."""
    return _word(token_text)
