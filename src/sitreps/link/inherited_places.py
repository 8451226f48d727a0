"""A place its report inherited from another sentence is no evidence that two outlets tell two places.

Extraction gives a report whose sentence names no place the story's place written before or after it
(``extract.story_place.inherit_places``), as an ACLED coder would: mostly right, but a headline or a
lead that names no town takes whatever town the article names elsewhere, often in a background line
("the protests began last week in Nairobi"). Across two outlets such a place then read as "places
apart" (place 0 and ``scoring.PLACE_APART_PENALTY``) against the other outlet's town of the incident,
and kept an outlet's report apart from the other's: one outlet's guess counted as evidence. Only the
disagreement is withheld: an inherited place that agrees still scores as one place, and within one
article (its own consolidation's word) and at the gates nothing changes.

Round 18: not only a place the story lent (``NOT_NAMED_NOTE``) but any place whose every naming word
lies outside the report's own sentence (``told_elsewhere``): consolidation gives a report the finest
place of the sentences it judged its retellings, and those include generic plurals of the background
("the province has seen deadly raids these last months, notably at Arbinda"), photo captions and
quotes; a headline "Soum: the militia post of Djibo attacked" then carried the background's town
against the other outlet's Djibo. The reporting sentence's own place keeps its full weight.
"""

from __future__ import annotations

import re

from sitreps.extract.story_place import NOT_NAMED_NOTE
from sitreps.link.nodes import LinkNode
from sitreps.link.tolls import NEUTRAL
from sitreps.models import Place
from sitreps.resolve.normalise import fold

_WORD = re.compile(r"[^\W\d_][\w'-]*")


def inherited(place: Place | None) -> bool:
    """Whether the place was lent to its report by another sentence of the story."""
    return place is not None and (place.note or "").startswith(NOT_NAMED_NOTE)


def told_elsewhere(place: Place | None, node: LinkNode) -> bool:
    """Whether every word naming the place lies outside the report's own sentence (a retelling's or
    another report's place its consolidation or the story lent it) and the sentence does not name it
    either (the evidence of a name told twice may be its first telling, the headline's).

    A retelling in the article's lead (``LinkNode.lead_retellings``) counts as the report's own: the
    headline names its incident in few words ("Drone strike on wedding in North Kordofan") and the lead
    places it ("in a village of Bara locality"); that is the writer's word, not a background line's. Round
    28: read as lent, the Bara strike's disagreement with another outlet's El Obeid strike, 60 km away, was
    withheld and the two linked (wire WS8)."""
    span = node.sentence_span
    if place is None or span is None or not place.evidence:
        return False
    own = (span, *node.lead_retellings)
    if any(e.start < end and e.end > start for e in place.evidence for start, end in own):
        return False
    said = set(_proper_words(node.sentence))
    return not any(said.intersection(_proper_words(e.text)) for e in place.evidence)


def _proper_words(text: str) -> list[str]:
    """The folded capitalised words of a text: what a place's naming shares with a sentence naming it
    again ("the Galgaduud region" and "militants in Galgaduud"; not "the" or "region")."""
    return [fold(word) for word in _WORD.findall(text) if word[0].isupper()]


def disagreement_withheld(place: float, a: LinkNode, b: LinkNode, same_document: bool) -> float:
    """The place similarity, neutral instead of 0 when two outlets' places lie apart and one of them
    was inherited from, or is named only in, another sentence of its story."""
    if place != 0.0 or same_document:
        return place
    return NEUTRAL if any(inherited(n.place) or told_elsewhere(n.place, n) for n in (a, b)) else place

