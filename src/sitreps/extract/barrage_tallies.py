"""Interceptions told as a tally of a whole barrage keep the country, not a town told before them (issue 15).

"Ukraine's air force said its units shot down 41 of 73 drones" and "58 drones were intercepted over seven
regions" count what a whole night's attack sent over a country; the sentence before them ("In the port of
Izmail, a drone hit a terminal") names where one of its drones struck. ``story_place.inherit_places`` gives a
placeless mention the place of the sentence before; for a mention of a tally type (``tally_types`` of
``data/en/places.yaml``) whose own clause counts a part of a whole ("N of M") or spreads over a number of units
("over seven regions"), that place is widened to its country. An interception that names a place of its own
("shot down two drones over Odesa") and one that counts no part of a whole ("shot down the drone") are left
as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitreps.extract.english import words
from sitreps.extract.story_place import NOT_NAMED_NOTE
from sitreps.models import EventMention, PlacePrecision
from sitreps.resolve.gazetteer import Gazetteer
from sitreps.resolve.geoindex import unit_words
from sitreps.resolve.normalise import fold
from sitreps.resolve.places import geo_precision

COUNTRY_NOTE = "a tally of a whole barrage with no place of its own: the country of"


def _number(token: Token) -> bool:
    return token.like_num or any(c.dep_ == "nummod" and c.like_num for c in token.children)


def _part_of_whole(token: Token) -> bool:
    """A figure counted out of another: "41 of 73 drones", "two of the three missiles" (the parser hangs the
    "of" on the first figure, or both the first figure and "of" on the second as its quantity modifiers)."""
    if not token.like_num:
        return False
    children = list(token.children)
    hung = any(c.dep_ == "prep" and c.lower_ == "of" and any(_number(o) for o in c.children) for c in children)
    return hung or (any(c.dep_ == "quantmod" and c.lower_ == "of" for c in children)
                    and any(c.dep_ == "quantmod" and c.like_num for c in children))


def _spread(prep: Token) -> bool:
    """"over seven regions", "across 12 regions": a number of units, not one place."""
    units = unit_words()
    return prep.lower_ in words("places", "spread_prepositions") and any(
        _number(o) and fold(o.lemma_) in units.region | units.district and o.tag_ == "NNS" for o in prep.children)


def counts_a_barrage(doc: Doc, mention: EventMention) -> bool:
    """Whether the mention's trigger counts part of a whole or spreads over several units in its own clause."""
    if mention.type not in words("places", "tally_types"):
        return False
    head = next((t for t in doc.char_span(mention.trigger.start, mention.trigger.end, alignment_mode="expand") or ()
                 if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT"), None)
    if head is None:
        return False
    for token in head.subtree:
        if (token.head.i == head.i or token.head.head.i == head.i) and (_part_of_whole(token) or _spread(token)):
            return True
    return False


def barrage_countries(doc: Doc, gazetteer: Gazetteer, mentions: Sequence[EventMention]) -> list[EventMention]:
    """The mentions, each barrage tally that took a place of another sentence widened to that place's country."""
    result = []
    for mention in mentions:
        place = mention.place
        lent = place is not None and (place.note or "").startswith(NOT_NAMED_NOTE)
        if not lent or place is None or place.precision is PlacePrecision.COUNTRY or place.country is None \
                or not counts_a_barrage(doc, mention):
            result.append(mention)
            continue
        match = gazetteer.resolve(place.country)
        if match.precision is not PlacePrecision.COUNTRY or match.lat is None:
            result.append(mention)
            continue
        country = place.model_copy(update={
            "name": match.name, "lat": match.lat, "lon": match.lon, "country": match.country, "admin1": None,
            "precision": match.precision, "approximate": False, "geo_precision": geo_precision(match.precision,
                                                                                               has_point=True),
            "note": f"{COUNTRY_NOTE} {place.text}"})
        result.append(mention.model_copy(update={"place": country}))
    return result
