"""Bearings that say which part of a country a place lies in: "southern Lebanon", "the north-eastern
Congo", "southern and eastern Lebanon" (two parts), and "the village of X in northern Mali" for a
village the gazetteer lacks; and the distance a place is told from a town ("200 km west of Peshawar").

ACLED codes an event it can place no finer than "northern Mali" in the north of Mali, not at its
middle: the gazetteer's :meth:`~sitreps.resolve.gazetteer.Gazetteer.country_part` gives the point.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.annotate.quantities import number_value
from sitreps.extract.place_words import near_words
from sitreps.language_data import word_list, word_table
from sitreps.resolve.gazetteer import Gazetteer

# Brackets around a distance converted to another unit: "120 kilometres (75 miles) west of".
BRACKETS = frozenset("()[]")


def phrase_parts(phrase: SpacySpan) -> tuple[frozenset[str], ...]:
    """The parts of a country a phrase's lower-case bearing words name: "the north-eastern Congo" ->
    ({north, east},); bearings joined by a conjunction are parts of their own: "southern and eastern
    Lebanon" -> ({south}, {east}), both parts rather than the south-east."""
    conjunctions = word_list("places", "roundup_conjunctions")
    parts: list[set[str]] = [set()]
    for token in phrase:
        if token.lower_ in conjunctions:
            parts.append(set())
        parts[-1] |= bearings_of(token)
    return tuple(frozenset(p) for p in parts if p)


def country_bearings(sentence: SpacySpan, country: str, gazetteer: Gazetteer) -> frozenset[str]:
    """The bearings the sentence gives ``country`` where it names it ("in northern Mali", "in eastern
    Burkina Faso"): the words between a bearing word and the name it qualifies must name that country."""
    found: set[str] = set()
    for token in sentence:
        bearings = bearings_of(token)
        head = token.head
        if not bearings or head.i <= token.i or token.dep_ not in ("amod", "compound"):
            continue
        named = sentence.doc[token.i + 1:head.i + 1].text
        if gazetteer.names_country(named) and gazetteer.country_of(named) == country:
            found |= bearings
    return frozenset(found)


@cache
def bearing_adjectives() -> frozenset[str]:
    """Every word that names a bearing ("north", "north-eastern", "southwest"), of any bearing."""
    return frozenset(str(word) for adjectives in word_table("places", "bearing_words").values() for word in adjectives)


def bearings_of(token: Token) -> frozenset[str]:
    """The bearings a lower-case word names ("north-eastern" -> {north, east}); none for any other word."""
    if not token.is_lower:
        return frozenset()
    table = word_table("places", "bearing_words")
    return frozenset(b for b, adjectives in table.items() if token.lower_ in adjectives)


def stated_distance_km(name: SpacySpan) -> float | None:
    """The distance written before the relative preposition before a town's ``name``, in kilometres:
    "about 200 km west of Peshawar" 200, "120 kilometres (75 miles) west of Mosul" 120, "60 km from
    Maiduguri" 60; None when none is written ("north of X", "near X").

    Read from the words, not the parse, which hangs the distance on the verb, the town or the bearing
    as it pleases; English writes it in this one order: number, unit, bearing, preposition.
    """
    doc, near = name.doc, near_words()
    index = name.start - 1
    if index < 1 or doc[index].lower_ not in word_list("places", "relative_prepositions"):
        return None
    index -= 1
    while index > 0 and (doc[index].lower_ in near.direction or doc[index].text == "-"):
        index -= 1  # "north-west", written as one word or three
    units = word_table("places", "distance_units")
    found = None
    while index > 0:
        if doc[index].lower_ in units and (amount := number_value(doc[index - 1].text)) is not None:
            found = amount * float(units[doc[index].lower_])  # the text's first figure wins over its conversion
            index -= 2
        elif doc[index].text in BRACKETS:
            index -= 1
        else:
            break
    return found
