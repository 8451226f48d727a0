"""Work done once instead of per sentence or per trigger (round 17, throughput): same answers, computed once."""

from __future__ import annotations

import zlib
from itertools import pairwise

from sitreps.extract.english import phrases, words
from sitreps.extract.features import HASH_BUCKETS, STEM_LENGTH, _word_buckets, sentence_features
from sitreps.extract.incidents import _same_day_patterns


def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % HASH_BUCKETS


def test_sentence_features_are_the_hashed_words_stems_and_pairs() -> None:
    tokens = ["Gunmen", "stormed", "a", "checkpoint", "near", "Kidal", "on", "3", "May", "."]
    words_seen = ["gunmen", "stormed", "a", "checkpoint", "near", "kidal", "on", "<num>", "may"]
    expected = {_bucket("w:" + w) for w in words_seen}
    expected |= {_bucket("s:" + w[:STEM_LENGTH]) for w in words_seen if len(w) > STEM_LENGTH and w.isalpha()}
    expected |= {_bucket(f"b:{a}_{b}") for a, b in pairwise(words_seen)}
    assert sentence_features(tokens).tolist() == sorted(expected)
    # asked again (as the next sentence of the corpus would), the cached word buckets give the same answer
    assert sentence_features(tokens).tolist() == sorted(expected)


def test_word_buckets_are_cached_per_word() -> None:
    _word_buckets.cache_clear()
    sentence_features(["Shelling", "hit", "Kherson", ";", "shelling", "resumed"])
    info = _word_buckets.cache_info()
    assert (info.misses, info.hits) == (4, 1)  # "shelling" hashed once, read back the second time


def test_phrases_are_sorted_once_longest_first() -> None:
    first = phrases("incidents", "same_day_phrases")
    assert first is phrases("incidents", "same_day_phrases")
    assert set(first) == words("incidents", "same_day_phrases")
    assert [len(p) for p in first] == sorted((len(p) for p in first), reverse=True)


def test_same_day_patterns_keep_whole_words_and_the_as_exception() -> None:
    def told(sentence: str) -> bool:
        return any(pattern.search(sentence) for pattern in _same_day_patterns())

    assert told("that same night , militants torched two lorries outside bunia")
    assert told("a second blast hit the market the same day , officials said")
    # near misses: a comparison, and the words inside a longer one
    assert not told("the strike came the same day as the talks opened in doha")
    assert not told("the same daylight patrol was ambushed twice")
