"""Where the hurt or the dead were carried: a place of care, not the event's place.

Wire copy tells where casualties went right after the event: "Bodies were brought to Al-Aqsa Martyrs
Hospital in nearby Deir al-Balah", "the wounded were rushed to the hospital in Florencia". The town
named there is where a hospital stands, often a bigger town than the event's, and read as a place of
the story it outranked or vetoed the town the event happened in. A place under a verb of carrying
people (``carrying_verbs`` of ``data/en/places.yaml``) whose destination is a place of care
(``care_nouns``) is no candidate, unless that verb is the event's own trigger ("took 12 hostages to a
camp in X" is the abduction). A destination of another kind ("took them to a forest near Djibo") is
left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words


def carried_to(pobj: Token, trigger: Token | None) -> bool:
    """Whether a locative object tells where the hurt or the dead were carried (module doc), however the
    parse hangs its preposition: under the place of care ("the hospital in X") or on the verb itself."""
    for token in pobj.ancestors:
        if token.pos_ in ("VERB", "AUX"):
            return token != trigger and _carries_to_care(token)
    return False


def _carries_to_care(verb: Token) -> bool:
    """Whether a verb of carrying has a place of care for its destination: "rushed to a clinic"."""
    if verb.lemma_.lower() not in words("places", "carrying_verbs"):
        return False
    care = words("places", "care_nouns")
    return any(prep.lower_ in words("places", "destination_prepositions") and any(
        place.dep_ == "pobj" and place.lemma_.lower() in care for place in prep.children)
        for prep in verb.children if prep.dep_ == "prep")
