"""The word classes a place phrase is read with, and whether one word could belong to a place.

The labels of place and non-place entities, the place nouns ("village", "camp") and unit words,
the words of "near X" and the unit words of several words ("local government area") are read
from ``data/place_nouns.yaml`` and ``data/places/unit_words.yaml`` here, once per process. The
word-level tests built on them (:func:`is_place_word`, :func:`not_place_entity`, :func:`day_word`)
sit beside them: the name runs (:mod:`sitreps.extract.name_runs`), the name rules
(:mod:`sitreps.extract.placename`), the words around a name (:mod:`sitreps.extract.name_context`)
and the locative readers all ask them, and they ask nothing of a run or a phrase.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from sitreps.annotate.quantities import load_data
from sitreps.extract.english import words
from sitreps.resolve.geoindex import demonyms, unit_words
from sitreps.resolve.normalise import fold
from sitreps.resolve.time_patterns import vocabulary as time_vocabulary

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities that are never a place, whatever preposition they follow.
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
TIME_LABELS = frozenset({"DATE", "TIME"})
# The "of" of "the village of X": data/en/extract_places.yaml.
PLACE_LISTS = "extract_places"


@dataclass(frozen=True)
class NearWords:
    """Words that place an event relative to a named place (data/place_nouns.yaml)."""

    prepositions: frozenset[str]
    nouns: frozenset[str]
    distance: frozenset[str]
    direction: frozenset[str]


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """Common nouns that name a place ("village", "camp", "township") and the unit words."""
    units = unit_words()
    return (frozenset(load_data("place_nouns.yaml")["place_nouns"]) | units.settlement | units.district | units.region
            | units.site)


@lru_cache(maxsize=1)
def near_words() -> NearWords:
    """The vocabulary of "near X", "the outskirts of X", "10 km north of X"."""
    data = load_data("place_nouns.yaml")
    return NearWords(*(frozenset(data[key]) for key in
                       ("near_prepositions", "near_nouns", "distance_words", "direction_words")))


def not_place_entity(token: Token) -> bool:
    """A date, a number or a people; a "people" the tagger invents from a town ("Kidal") is no people."""
    if token.ent_type_ == "NORP":
        return fold(token.text) in demonyms()
    return token.ent_type_ in NOT_PLACE_LABELS and not _name_before_day_word(token) and not _untimed_name(token)


def day_word(token: Token) -> bool:
    """A word that tells the day by itself ("today", "overnight", "yesterday"): it describes no noun."""
    return token.lower_ in words("times", "days_from_now") | words("times", "days_with_part")


def _name_before_day_word(token: Token) -> bool:
    """"Odesa" of "a drone attack on Odesa overnight", which the small tagger reads as one time entity:
    a proper noun opening a date or time entity right before a word of the day (:func:`day_word`:
    "overnight", "today", "yesterday") is the place that time is told for, unless it is a weekday's name."""
    if token.ent_type_ not in TIME_LABELS or token.ent_iob_ != "B" or token.pos_ != "PROPN":
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.ent_iob_ == "I" and day_word(after) \
        and token.lower_ not in words("times", "weekdays")


def _untimed_name(token: Token) -> bool:
    """"Turbat" of "a checkpost near Turbat", which the small tagger reads as a date: a date or time entity
    of proper nouns only, right after a preposition that never takes a time (``untimed_prepositions``:
    "near", "outside"), naming no month or weekday, is a place's name."""
    if token.ent_type_ not in TIME_LABELS or token.pos_ != "PROPN":
        return False
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    vocabulary = time_vocabulary()
    times = vocabulary.months.keys() | vocabulary.weekdays.keys()
    return start > 0 and doc[start - 1].lower_ in words("places", "untimed_prepositions") \
        and all(t.pos_ == "PROPN" and t.lower_ not in times for t in doc[start:end])


def is_place_word(token: Token) -> bool:
    """Whether a word could belong to a place phrase: a place entity, a proper noun or a place noun."""
    if not_place_entity(token):
        return False
    return token.ent_type_ in PLACE_LABELS or token.pos_ == "PROPN" or token.lemma_.lower() in place_nouns() \
        or _mistagged_name(token)


def _mistagged_name(token: Token) -> bool:
    """"Djibo" of "Gunmen killed 15 villagers in Djibo": the small tagger reads a town it does not know,
    last in a headline or sentence, as a common noun. A capitalised noun inside a sentence written in
    sentence case is a name all the same; in a title-case headline ("Police Detain Dozens in Market")
    capitals tell nothing, and a word in capitals ("IDF") is initials, not a town."""
    text = token.text
    if token.pos_ != "NOUN" or token.is_sent_start or not text[:1].isupper() or text.isupper() \
            or not token.is_alpha:
        return False
    content = [t for t in token.sent if t.is_alpha and not t.is_sent_start and t.pos_ in ("NOUN", "VERB", "ADJ")]
    return 2 * sum(t.text[:1].isupper() for t in content) <= len(content)


def long_unit_end(doc: Doc, start: int) -> int | None:
    """Where a unit word of several words that opens at ``start`` ends ("local government area",
    "sub division" of unit_words.yaml), or None when none opens there."""
    for parts in _long_unit_words():
        end = start + len(parts)
        if end <= len(doc) and [t.lower_ for t in doc[start:end]] == parts:
            return end
    return None


@lru_cache(maxsize=1)
def _long_unit_words() -> tuple[list[str], ...]:
    """The unit words of several words, split, longest first (read once per process)."""
    return tuple(parts for parts in (s.split() for s in unit_words().suffixes) if len(parts) > 1)
