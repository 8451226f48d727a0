"""A headline's present tense the tagger reads as a noun: "Army shells rebel positions near Goma",
"Houthis shell Taiz homes". Headlines drop articles and auxiliaries, so "shells" after a name looks like
the plural of the weapon; yet the parse still hangs an object on it, which no noun takes.

The verb lexicon never saw such a word (it reads verbs only), and the noun lexicon either lacks it ("shell"
is a weapon, not an event) or gives it its noun type. Read as a verb, it gives the verb's type ("shelled":
shelling). Only a word with a direct object and a doer before it (a subject, or the compound a title-case
parse makes of one: "Army shells") is taken; "artillery shells hit the town" has no object on "shells".

Relies on: spaCy's dependency parse (subject, compound, direct object).
"""

from __future__ import annotations

from spacy.tokens import Token

NOUN_POS = "NOUN"
OBJECT_DEP = "dobj"
DOER_DEPS = frozenset({"nsubj", "compound"})  # spaCy's English labels of a subject and a noun's modifier


def noun_told_as_verb(token: Token) -> bool:
    """Whether a common noun is a headline's verb: it has a direct object and a doer before it."""
    if token.pos_ != NOUN_POS:
        return False
    children = list(token.children)
    return any(c.dep_ == OBJECT_DEP and c.i > token.i for c in children) and \
        any(c.dep_ in DOER_DEPS and c.i < token.i for c in children)
