"""A town's name before an event noun says where, not who: "the Peshawar blast", "a Bijapur encounter", "the
Bannu attack".

A name before an event noun is usually its doer ("a Hamas attack", "a US strike", "a Front ambush"), and the
tagger often calls a town there a group ("Peshawar blast" tagged ORG), so such a town became the act's
initiator and, as a name describing the noun after it, no place at all. A one-word name the gazetteer holds
itself (not a near spelling: "Hamas" is no "Hamm") below a country, and by which the actor registry knows no
party ("Fano" is an Ethiopian militia and an Italian town), is read as the place of the act. So is a name of
several words the gazetteer holds under a longer official name ("Lanao del Sur clash": the "Province of Lanao
del Sur"; "the North Waziristan attack"), whose words all stand in that name (round 29: wire dev WW13 and WW14
had the province as the clash's and the ambush's initiator).

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
    """Whether a proper name (``_proper_name``) modifying a noun is a place the gazetteer holds below a
    country, and no party the registry knows: a one-word name as the gazetteer spells it, or the whole name
    of several words the modifier ends ("Sur" of "Lanao del Sur") within the gazetteer's name."""
    if not _proper_name(modifier) or modifier.ent_type_ not in TOWN_LABELS:
        return False
    if not _in_longer_name(modifier):
        return _below_country(modifier.text)
    name = _name_ending(modifier)
    return name is not None and _region_below_country(name)


def town_before_event(modifier: Token) -> bool:
    """Whether the name is such a town and the noun it modifies is an event noun ("the Bannu attack")."""
    head = modifier.head
    event_nouns = words("incidents", "retelling_subjects") | words("eventness", "encounter_nouns")
    return modifier.dep_ in MODIFIER_DEPS and head.i > modifier.i and head.lower_ in event_nouns \
        and town_before(modifier)


def _proper_name(token: Token) -> bool:
    """A proper noun, or a word the tagger calls an adjective but the entity tagger a place ("Toll in
    Shebekino rocket attack rises": "Shebekino" an adjective of "attack" tagged GPE, round 29 wire part x)."""
    return token.pos_ == "PROPN" or (token.pos_ == "ADJ" and token.ent_type_ in PLACE_ENTITIES)


def _in_longer_name(token: Token) -> bool:
    """The token is one word of a longer entity or name ("Arakan" of "Arakan Army")."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.ent_iob_ == "I" or (after is not None and (after.ent_iob_ == "I" or after.pos_ == "PROPN")) \
        or (before is not None and before.pos_ == "PROPN")


def _name_ending(token: Token) -> str | None:
    """The name of several words the token ends: its entity, when the token is the entity's last word
    ("Lanao del Sur", tagged one entity whatever its label); None for a word inside a name ("Arakan" of
    "Arakan Army") or outside an entity."""
    if token.ent_iob_ != "I" or (token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I"):
        return None
    start = token.i
    while token.doc[start].ent_iob_ == "I":
        start -= 1
    return token.doc[start:token.i + 1].text


@lru_cache(maxsize=4096)
def _region_below_country(name: str) -> bool:
    """A name of several words the gazetteer places below a country, every word of it in the gazetteer's
    name ("Province of Lanao del Sur", "North Wazīristān District"), not a part of it ("Lakki Marwat" is
    no "Lakki"), and no party the registry knows."""
    if get_registry().resolve(name) is not None:
        return False
    match = get_gazetteer().resolve(name)
    found = f" {fold(match.name)} "
    return (match.lat is not None and match.precision not in (PlacePrecision.COUNTRY, PlacePrecision.UNKNOWN)
            and not match.respelt and f" {fold(name)} " in found)


@lru_cache(maxsize=4096)
def _below_country(name: str) -> bool:
    if get_registry().resolve(name) is not None:
        return False
    match = get_gazetteer().resolve(name)
    return (match.lat is not None and match.precision not in (PlacePrecision.COUNTRY, PlacePrecision.UNKNOWN)
            and not match.respelt and fold(match.name) == fold(name))
