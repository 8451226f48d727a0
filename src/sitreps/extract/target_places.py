"""Targets that are themselves named places: "shelled the village of X", "struck Kharkiv".

Split out of :mod:`sitreps.extract.places` (round 24): an act's target is its place once its own words,
the tagger or the gazetteer make it a town rather than a group struck ("battle Hamas in southern Gaza"
is no strike on Hamm).

Relies on: the entity tagger and the gazetteer (:func:`sitreps.extract.place_lookup.lookup`).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.annotate.doctext import ents_in
from sitreps.extract.english import words
from sitreps.extract.name_context import capital_country
from sitreps.extract.place_lookup import lookup
from sitreps.extract.place_ranking import locate
from sitreps.extract.place_words import PLACE_LABELS, is_place_word
from sitreps.extract.placename import toponym_in
from sitreps.models import Place, PlacePrecision
from sitreps.resolve.gazetteer import Gazetteer
from sitreps.resolve.geoindex import unit_words
from sitreps.resolve.geomatch import GeoMatch

# Gazetteer answers precise enough to call an unlabelled proper noun a place.
LOCAL_PRECISIONS = frozenset({PlacePrecision.EXACT, PlacePrecision.DISTRICT, PlacePrecision.REGION})
# Precisions of a place a town named inside it refines (town_within).
UNIT_PRECISIONS = frozenset({PlacePrecision.DISTRICT, PlacePrecision.REGION, PlacePrecision.COUNTRY})
# Entity labels of groups: a target so labelled is struck as a group, not a town (target_places).
ORGANISATION_LABELS = frozenset({"ORG", "NORP"})


def target_places(targets: Sequence[SpacySpan], gazetteer: Gazetteer, countries: Sequence[str]) -> list[SpacySpan]:
    """Targets that are themselves named places ("shelled the village of X", "struck Kharkiv").

    The tagger often labels a town it does not know as a person; a proper-noun
    target the gazetteer finds below country level counts as a place too, and so does a named
    target after a site preposition ("the strikes at Tinzaouatene"), which the gazetteer may lack.
    """
    found = []
    for span in targets:
        if capital_country(span) is not None:  # "attack on Ukraine's capital"
            found.append(span)
            continue
        name = toponym_in(span)
        if name is None or not is_place_word(span.root):
            continue
        settlement = _settlement(span.root)  # "the town of Orikhiv", "Debre Tabor, a town in Amhara"
        at_site = span.root.dep_ == "pobj" and span.root.head.lower_ in words("places", "site_prepositions")
        if settlement or at_site or any(e.label_ in PLACE_LABELS for e in ents_in(span)) or (
                span.root.pos_ == "PROPN" and _found_for(name, lookup(span, name, gazetteer, countries),
                                                         gazetteer, countries)):
            found.append(span)
    return found


def town_within(place: Place | None, spans: Sequence[SpacySpan], text: str, gazetteer: Gazetteer,
                countries: Sequence[str]) -> Place | None:
    """The event's place once the towns its sentence names but the tagger did not label a place are weighed
    (``spans``: :func:`sitreps.extract.places.unlabelled_places`).

    Such a town, found by the gazetteer (:func:`home_places`), places an event its sentence places no other way,
    before the story's place from another sentence ("The road outside Rueso was the scene of a similar attack,
    when a bomb killed two rangers"), and refines a unit or country it lies in ("villages around Kani Masi in
    northern Iraq's Duhok province since a drone struck a car there"). A town elsewhere leaves the place alone.
    """
    town = locate(home_places(spans, gazetteer, countries), text, gazetteer, countries)
    if town is None or (place is not None and place.lat is not None and not _lies_in(town, place)):
        return place
    return town


def _lies_in(town: Place, unit: Place) -> bool:
    """Whether a town is finer than a unit or country and lies in it: its country, and for a unit below the
    country its first-level unit."""
    return town.precision is PlacePrecision.EXACT and unit.precision in UNIT_PRECISIONS \
        and town.country == unit.country and (unit.precision is PlacePrecision.COUNTRY
                                              or (town.admin1 is not None and town.admin1 == unit.admin1))


def home_places(spans: Sequence[SpacySpan], gazetteer: Gazetteer, countries: Sequence[str]) -> list[SpacySpan]:
    """The phrases whose name the gazetteer itself finds below country level in one of the story's countries:
    a locative's proper noun the tagger left unlabelled or called a group
    (:func:`sitreps.extract.places.unlabelled_places`) is a place only then (a struck group's may lie in a
    neighbour too: it is the act's object, this only a name somewhere in its sentence)."""
    found = []
    for span in spans:
        name = toponym_in(span)
        if name is not None:
            match = lookup(span, name, gazetteer, countries)
            if match.country in countries and _found_locally(match):
                found.append(span)
    return found


def _settlement(root: Token) -> bool:
    """Whether a target's head is a town by its own words: headed by a settlement noun ("the town of
    Orikhiv") or renamed by one in apposition ("Debre Tabor, a town in the Amhara region"), however the
    tagger labels the name (often an organisation, which alone would make it a group struck)."""
    settlements = unit_words().settlement
    return root.lemma_.lower() in settlements or any(
        c.dep_ == "appos" and c.lemma_.lower() in settlements for c in root.children)


def _found_for(name: SpacySpan, match: GeoMatch, gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    """Whether the gazetteer makes a target's proper name a place of the story.

    A name the tagger calls an organisation or a group counts only in or beside the story's countries:
    "battle Hamas in southern Gaza" is no strike on Hamm, Germany ("Hamas" in Lithuanian), nor "struck
    the PKK" one on Pakokku, Myanmar; "raided Tubas", tagged as a group, is the West Bank town.
    """
    if any(t.ent_type_ in ORGANISATION_LABELS for t in name) and not gazetteer.near_story(match.country, countries):
        return False
    return _found_locally(match)


def _found_locally(match: GeoMatch) -> bool:
    """Whether the gazetteer itself knows a name below country level (not a point borrowed from around it)."""
    return match.precision in LOCAL_PRECISIONS and not match.approximate
