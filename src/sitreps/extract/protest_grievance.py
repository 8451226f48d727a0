"""A killing a protest is held over is its grievance, not its outcome: "students marched to mark one year since
police shot dead 14 protesters", "relatives rallied to demand justice for demonstrators killed by soldiers".

A peaceful protest whose toll is protesters killed by a doer takes the killing's type, excessive force
(``extract.consequences``); yet a killing inside the protest's purpose clause (its infinitive: "to mark", "to
demand", "to commemorate") is what the crowd protests, told of an earlier day, and the march itself met no
force (ACLED: peaceful protest; issue #13 "Types", peaceful protests coded as excessive force). A killing told
beside the march ("marched until police opened fire, killing two") stands in no purpose clause of it.

Relies on: spaCy's dependency parse (the casualty word's governors up to the protest word).
"""

from __future__ import annotations

from spacy.tokens import Token

# spaCy's English labels of a clause that adds to its verb, and the tag of the infinitive's "to".
CLAUSE_DEPS = frozenset({"advcl", "xcomp"})
INFINITIVE_TAG = "TO"


def in_grievance(protest: Token, casualty: Token) -> bool:
    """Whether ``casualty`` stands inside an infinitive purpose clause of ``protest``."""
    token = casualty
    while token.i != token.head.i:
        if token.head.i == protest.i:
            return _purpose(token)
        token = token.head
    return False


def _purpose(clause: Token) -> bool:
    """An infinitive clause: "to mark", "to demand", "to commemorate"."""
    return clause.dep_ in CLAUSE_DEPS and any(c.tag_ == INFINITIVE_TAG for c in clause.children)
