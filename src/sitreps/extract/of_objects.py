"""What a word governs through "of": "control of the town" (town), "the handover of 909 bodies"
(bodies), "two of his sons" (sons).

Territory, rescue and retype rules all look through "of" to what an act takes or hands over; one
reading keeps them alike. ``OF`` is the English preposition (a word a rule compares, as the parse
labels it ``prep``).
"""

from __future__ import annotations

from spacy.tokens import Token

OF = "of"


def of_objects(token: Token) -> list[Token]:
    """The objects of the "of" phrases hung on ``token``."""
    return [g for p in token.children if p.dep_ == "prep" and p.lower_ == OF for g in p.children if g.dep_ == "pobj"]
