"""The home countries of the armed groups and forces a story names: evidence of where a shared town name lies.

A story of "Hezbollah fighters clashed with gunmen in Tripoli" or "gunmen linked to Los Choneros shot
four men in Santa Rosa" may name no country at all: its places are towns of several countries
(Tripoli in Libya and Lebanon), and the largest namesake abroad won. The groups that do the fighting
say which country the story is in. Their home country is weighed only to choose among a
shared name's countries (:func:`sitreps.resolve.namesakes.settle`), after the countries the story
names itself: a group abroad (Wagner in Mali) never outvotes the places the story writes.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from sitreps.annotate.doctext import doc_ents
from sitreps.resolve.actors import ActorRegistry

# Labels under which the small tagger writes a group's name: "ADF" an organisation, "Houthis" a
# nationality, "Shabaab" sometimes a person, "Los Choneros" a place (a town's name resolves to no
# group); dates, times and numbers never name one.
GROUP_LABELS = frozenset({"ORG", "NORP", "PERSON", "GPE"})
# Registry types that fight at home: an armed group, a state's forces or police. A government or a
# person is often quoted abroad ("the US said"), an international body has no country.
HOME_TYPES = frozenset({"armed_group", "state_military", "police"})


def actor_homes(doc: Doc, registry: ActorRegistry) -> tuple[str, ...]:
    """The home countries of the known fighting groups the story's entities name, most named first."""
    homes: Counter[str] = Counter()
    for entity in doc_ents(doc):
        if entity.label_ not in GROUP_LABELS:
            continue
        record = registry.resolve(entity.text)
        if record is not None and record.known and record.country and record.type in HOME_TYPES:
            homes[record.country] += 1
    return tuple(country for country, _ in homes.most_common())
