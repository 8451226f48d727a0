"""The words next to a trigger that can veto its type's sense (round 17, issue #13 "Incidents within a document").

A type lists lemmas that mark another sense of its words (``exclude`` in data/taxonomy.yaml): "bodies
dispersed among the wreckage" tells things scattered, not a crowd broken up. The check read only the
trigger's own dependents and its head, so the same sense escaped it whenever the parse put the thing one
step further: coordinated with the first argument ("widespread damage and bodies dispersed"), inside its
"of" phrase ("pieces of metal, wares and bodies dispersed into the streets"), or as the noun a participle
describes ("showed a collapsed roof, smoke and bodies dispersed across the courtyard"). Those stray
"dispersals" became protests broken up inside strike and bombing stories. A coordinated or counted word
fills the argument's role as much as the argument does, so it is read as well.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.of_objects import of_objects

# A trigger's subject and object: their coordinated and counted words fill the same role.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# The family of fights between armed sides, whose nouns also name contests of words ("a battle of wills").
BATTLE_FAMILY = "battle"
# A participle hung on the noun it describes ("bodies dispersed across the courtyard"): that noun is its argument.
DESCRIBING_DEPS = frozenset({"acl", "amod"})


def _arguments(head: Token) -> Iterator[Token]:
    yield from (c for c in head.children if c.dep_ in ARGUMENT_DEPS)
    if head.dep_ in DESCRIBING_DEPS:
        yield head.head


def near_words(head: Token) -> list[Token]:
    """The trigger's dependents and head, and each argument's coordinated words and "of" objects with theirs."""
    near = [*head.children, head.head]
    for argument in _arguments(head):
        for word in (argument, *of_objects(argument)):
            near.extend(word.conjuncts)
            if word is not argument:
                near.append(word)
    return near


def contest_of_words(head: Token, family: str) -> bool:
    """Whether a fight noun names a contest of words or minds by its own "of" object: "a battle of
    statements", "a clash of wills", "a fight of narratives" (``speech_contest_objects`` of
    data/en/eventness.yaml, round 24). Only nouns of the battle family; "a battle of attrition" or "the
    battle of Bakhmut" names fighting and keeps its sense."""
    if family != BATTLE_FAMILY or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(o.lemma_.lower() in words("eventness", "speech_contest_objects") for o in of_objects(head))
