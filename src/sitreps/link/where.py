"""Whether a report's place says where its event happened, or only which country it concerns.

A place named below country level (a town, a district, a province) says where. A bare country is
mostly read off an actor ("the US military said", "Russian forces") or names where talks were
held, so linking lets it neither block nor gate a pair. But a country qualified by a bearing
("in southwest Somalia", "in northern Mali", "eastern Congo") is the writer placing the event in a
part of that country: no actor's nationality is written with a bearing, and wire copy that names no
town places its event so. Read as a bare country, such a report was linked to an alike lead of
another country (round 15's linking fiction, batch9: a car bomb "in southwest Somalia" joined twin
suicide blasts "in northwest Pakistan"). So is a spot the story names that the gazetteer lacks, put at its
country's centre (round 24: a clash "in the Adewui neighbourhood" of a Togolese story, filed from Accra, joined a
Kenyan road blockade, its place read as a bare country).
"""

from __future__ import annotations

import re

from sitreps.extract.actor_checks import ARMED_FAMILIES
from sitreps.extract.bearings import bearing_adjectives
from sitreps.link.families import family_of
from sitreps.models import EventMention, Place, PlacePrecision, Span
from sitreps.resolve.gazetteer import get_gazetteer
from sitreps.resolve.normalise import fold

_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’-]*")
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")

LOCATED = frozenset({PlacePrecision.EXACT, PlacePrecision.DISTRICT, PlacePrecision.REGION})
"""Place precisions that say where an event happened, not only which country it concerns."""


def says_where(place: Place | None) -> bool:
    """Whether the place locates the event: named below country level, a country part a bearing names, or a
    place the text names that the gazetteer lacks, put at its country's centre (``missing_in_country``)."""
    if place is None:
        return False
    return place.precision in LOCATED or (place.precision is PlacePrecision.COUNTRY
                                          and (country_part(place) or missing_in_country(place)))


def missing_in_country(place: Place) -> bool:
    """Whether a country-level place is a named place the gazetteer lacks, placed in the country the story
    names ("in the Adewui neighbourhood" of a Togolese story, at Togo's centre, flagged ``approximate``): the
    writer named a spot, not a nationality, so it is evidence of the country as a town is. A bare country
    ("Togo", "Togolese police") is never flagged approximate, and neither is one read off an actor."""
    return bool(place.approximate) and fold(place.name or "") != fold(place.country or "")


def country_part(place: Place) -> bool:
    """Whether the place's own words qualify its country by a bearing ("southwest Somalia")."""
    words = {w.strip(".,;:'\"") for w in place.text.split() if w.islower()}  # "South Sudan" names no part
    return bool(words & bearing_adjectives())


def country_named_beside(place: Place | None, sentence: Span) -> bool:
    """Whether the report's own sentence names its place's country apart from the place's own words.

    A round-up of a regional war ("In Syria, state media said Israeli aircraft struck targets near
    Damascus", told after a strike in Lebanon) places one report in a country no other report of its
    article names; the sentence naming that country beside the town is the writer's own word for it,
    not a geocoder's namesake abroad (``nodes.place_agrees``). The country may be named by its name, its
    people or a place of it the gazetteer knows ("Palestinian officials in Gaza said a strike killed seven
    in Khan Younis", told in a live page of strikes on Lebanon): each says which country the writer means.
    The place's own evidence does not count: "Syria" alone confirms nothing about itself.
    """
    if place is None or not place.country:
        return False
    own = [(s.start - sentence.start, s.end - sentence.start) for s in place.evidence]
    for start, end, words in _capitalised_names(sentence.text):
        if any(s < end and start < e for s, e in own):
            continue
        if words == place.country or get_gazetteer().country_of(words, alternates=False) == place.country:
            return True
    return False


def _capitalised_names(text: str) -> list[tuple[int, int, str]]:
    """Each run of capitalised words, and each of its words alone, with its character range: the names a
    sentence may give a country by ("In Syria", "Palestinian officials", "Gaza")."""
    names = []
    for run in _CAPITALISED_RUN.finditer(text):
        names.append((run.start(), run.end(), run.group()))
        words = list(_CAPITALISED_WORD.finditer(run.group()))
        if len(words) > 1:
            names.extend((run.start() + w.start(), run.start() + w.end(), w.group()) for w in words)
    return names


def told_in_its_country(mention: EventMention) -> bool:
    """An armed act (``ARMED_FAMILIES``) whose own sentence names its place's country beside it (a regional
    war's round-up: "In Syria, state media said aircraft struck targets near Damascus"), or places it in a
    part of the country by the country's own name ("airstrikes in southern and eastern Lebanon"): no
    geocoder's namesake abroad reads a country's name with a bearing. Talks and deals are left to
    ``place_agrees``: their venue abroad ("talks in Geneva, Switzerland") is often the one place an outlet
    gives, while another places the same deal at home (real-news dev: trusting such a venue split a ceasefire
    agreed at talks abroad from another outlet's telling, B-cubed F1 0.839 -> 0.821)."""
    place = mention.place
    if family_of(mention.type) not in ARMED_FAMILIES or place is None:
        return False
    return country_named_beside(place, mention.sentence) or (
        place.precision is PlacePrecision.COUNTRY and country_part(place))
