"""Gerunds the parser made verbs where the sentence uses them as event nouns.

"An aid convoy came under shelling by government forces", "two journalists were wounded by Russian
shelling": the tagger reads "shelling" as a verb hung on its preposition (``pcomp``), so the argument
rules read it as a clause whose subject is borrowed from the verb above, and the journalists, whom the
shelling struck, became its doer. A gerund with none of a clause's own dependents, after a preposition
that takes an event noun in these tellings, is read as the noun it names: its modifiers and "by"
phrase say who did it, the verb above it whom it struck, as for "came under attack" and "killed by an
airstrike". "Rebels were repelled after attacking" (a clause of its own) is left a verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.slots import ROLE_LISTS

# Dependents only a clause has: a gerund with a subject, an object or an auxiliary is a verb
# ("by shooting protesters", "after being shelled").
CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "dative", "aux", "auxpass", "mark",
                         "ccomp", "xcomp", "attr", "oprd"})


def gerund_noun(token: Token) -> bool:
    """A gerund parsed as a verb under a preposition that takes an event noun, with no clause of its own."""
    return (token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.pos_ == "ADP"
            and token.head.lower_ in words(ROLE_LISTS, "gerund_noun_prepositions")
            and not any(c.dep_ in CLAUSE_DEPS for c in token.children))


def preposition_object(noun: Token) -> bool:
    """The object of a preposition: a noun (``pobj``) or a gerund read as one ("under shelling")."""
    return noun.dep_ == "pobj" or gerund_noun(noun)
