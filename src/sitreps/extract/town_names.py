"""A town's name before an event noun says where, not who: "the Peshawar blast", "a Bijapur encounter", "the
Bannu attack".

A name before an event noun is usually its doer ("a Hamas attack", "a US strike", "a Front ambush"), and the
tagger often calls a town there a group ("Peshawar blast" tagged ORG), so such a town became the act's
initiator and, as a name describing the noun after it, no place at all. A one-word name the gazetteer holds
itself (not a near spelling: "Hamas" is no "Hamm") below a country, and by which the actor registry knows no
party ("Fano" is an Ethiopian militia and an Italian town), is read as the place of the act.

Relies on: spaCy's parse, tags and entities; the gazetteer and the actor registry (loaded once, lazily).
Word list: ``retelling_subjects`` of ``data/en/incidents.yaml`` and ``encounter_nouns`` of
``data/en/eventness.yaml`` (the event nouns). Round 24, issue #13 and #15 (wire part m).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.models import PlacePrecision
from sitreps.resolve.actors import get_registry
from sitreps.resolve.gazetteer import get_gazetteer
from sitreps.resolve.normalise import fold

PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Entity labels a town before an event noun is given: a place's, a group's (the tagger's "Peshawar blast"), none.
TOWN_LABELS = PLACE_ENTITIES | {"ORG", ""}
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


def town_before(modifier: Token) -> bool:
    """Whether a one-word proper name modifying a noun is a town the gazetteer holds below a country, and no
    party the registry knows."""
    if modifier.pos_ != "PROPN" or modifier.ent_type_ not in TOWN_LABELS or _in_longer_name(modifier):
        return False
    return _below_country(modifier.text)


def town_before_event(modifier: Token) -> bool:
    """Whether the name is such a town and the noun it modifies is an event noun ("the Bannu attack")."""
    head = modifier.head
    event_nouns = words("incidents", "retelling_subjects") | words("eventness", "encounter_nouns")
    return modifier.dep_ in MODIFIER_DEPS and head.i > modifier.i and head.lower_ in event_nouns \
        and town_before(modifier)


def _in_longer_name(token: Token) -> bool:
    """The token is one word of a longer entity or name ("Arakan" of "Arakan Army")."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.ent_iob_ == "I" or (after is not None and (after.ent_iob_ == "I" or after.pos_ == "PROPN")) \
        or (before is not None and before.pos_ == "PROPN")


@lru_cache(maxsize=4096)
def _below_country(name: str) -> bool:
    if get_registry().resolve(name) is not None:
        return False
    match = get_gazetteer().resolve(name)
    return (match.lat is not None and match.precision not in (PlacePrecision.COUNTRY, PlacePrecision.UNKNOWN)
            and not match.respelt and fold(match.name) == fold(name))
