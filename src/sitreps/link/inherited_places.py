"""A place its report inherited from another sentence is no evidence that two outlets tell two places.

Extraction gives a report whose sentence names no place the story's place written before or after it
(``extract.story_place.inherit_places``), as an ACLED coder would: mostly right, but a headline or a
lead that names no town takes whatever town the article names elsewhere, often in a background line
("the protests began last week in Nairobi"). Across two outlets such a place then read as "places
apart" (place 0 and ``scoring.PLACE_APART_PENALTY``) against the other outlet's town of the incident,
and kept an outlet's report apart from the other's: one outlet's guess counted as evidence. Only the
disagreement is withheld: an inherited place that agrees still scores as one place, and within one
article (its own consolidation's word) and at the gates nothing changes.
"""

from __future__ import annotations

from sitreps.extract.story_place import NOT_NAMED_NOTE
from sitreps.link.tolls import NEUTRAL
from sitreps.models import Place


def inherited(place: Place | None) -> bool:
    """Whether the place was lent to its report by another sentence of the story."""
    return place is not None and (place.note or "").startswith(NOT_NAMED_NOTE)


def disagreement_withheld(place: float, a: Place | None, b: Place | None, same_document: bool) -> float:
    """The place similarity, neutral instead of 0 when two outlets' places lie apart and one of them
    was inherited from another sentence of its story."""
    if place == 0.0 and not same_document and (inherited(a) or inherited(b)):
        return NEUTRAL
    return place

