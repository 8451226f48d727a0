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

from sitreps.extract.story_place import NOT_NAMED_NOTE
from sitreps.link.nodes import LinkNode
from sitreps.link.tolls import NEUTRAL
from sitreps.models import Place


def inherited(place: Place | None) -> bool:
    """Whether the place was lent to its report by another sentence of the story."""
    return place is not None and (place.note or "").startswith(NOT_NAMED_NOTE)


def told_elsewhere(place: Place | None, sentence: tuple[int, int] | None) -> bool:
    """Whether every word naming the place lies outside the report's own sentence (a retelling's or
    another report's place its consolidation or the story lent it)."""
    if place is None or sentence is None or not place.evidence:
        return False
    return all(e.end <= sentence[0] or e.start >= sentence[1] for e in place.evidence)


def disagreement_withheld(place: float, a: LinkNode, b: LinkNode, same_document: bool) -> float:
    """The place similarity, neutral instead of 0 when two outlets' places lie apart and one of them
    was inherited from, or is named only in, another sentence of its story."""
    lent = any(inherited(n.place) or told_elsewhere(n.place, n.sentence_span) for n in (a, b))
    if place == 0.0 and not same_document and lent:
        return NEUTRAL
    return place

