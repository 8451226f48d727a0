"""Whether a verb is told as a to-infinitive: "sent troops to fight", "men believed to belong to the ELN".

Rules that read a verb's purpose or a description its subject carries ask the same question of the parse;
spaCy's English models hang the infinitive's "to" on its verb as an ``aux`` child.
"""

from __future__ import annotations

from spacy.tokens import Token

INFINITIVE_DEP = "aux"
INFINITIVE_MARKER = "to"


def to_infinitive(verb: Token) -> bool:
    """Whether ``verb`` carries the "to" of an infinitive ("to fight", "to belong")."""
    return any(c.dep_ == INFINITIVE_DEP and c.lower_ == INFINITIVE_MARKER for c in verb.children)
