"""How far the phrase a head token stands for reaches: its tokens and its character bounds.

The argument rules find a phrase by its head; actors, places, routes and the casualty counter need the
phrase's words and offsets without the clauses attached to it ("gunmen who fled", "the town, which ..."),
without a live blog's stamp before it ("UPDATE 09:15 - Russian forces") and, for ``core_bounds``, without
its coordinated parts.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.slots import ROLE_LISTS

# Dependents that belong to the clause around a phrase, not to the phrase itself.
PHRASE_CUT_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "prep", "cc", "parataxis"})
# Dash characters (hyphen, en dash, em dash) that, spaced, end a stamp or dateline before a phrase.
DASHES = frozenset("-\u2013\u2014")


def phrase_tokens(head: Token, *, with_conjuncts: bool = True) -> list[Token]:
    """The tokens of the phrase a head token stands for, without clauses attached to it."""
    tokens = [head]
    stack = list(head.children)
    while stack:
        child = stack.pop()
        if not with_conjuncts and child.head == head and child.dep_ in ("conj", "cc"):
            continue
        kept_prep = child.dep_ == "prep" and child.lower_ in words(ROLE_LISTS, "kept_prepositions") and not any(
            c.dep_ == "pcomp" for c in child.children)  # "the militia of burning homes" is a clause
        if child.is_space or (child.dep_ in PHRASE_CUT_DEPS and child.dep_ != "cc" and not kept_prep):
            continue
        tokens.append(child)
        stack.extend(child.children)
    return tokens


def phrase_bounds(head: Token, *, with_conjuncts: bool = True) -> tuple[int, int]:
    """Character offsets of the phrase a head token stands for, without clauses attached to it."""
    tokens = phrase_tokens(head, with_conjuncts=with_conjuncts)
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens)
    doc = head.doc
    stamps = [t.i for t in doc[start:head.i] if _spaced_dash(t)]  # "UPDATE 09:15 - Russian forces"
    start = stamps[-1] + 1 if stamps else start
    while start < head.i and (doc[start].is_punct or doc[start].is_space or _resultative(doc[start])):
        start += 1
    while end > head.i and (doc[end].is_punct or doc[end].is_space or doc[end].dep_ == "cc"):
        end -= 1
    return doc[start].idx, doc[end].idx + len(doc[end])


def _spaced_dash(token: Token) -> bool:
    """A dash with a space on each side: it ends a live blog's stamp or a dateline ("14:20 GMT - Police
    fired"), where a hyphen inside a word ("pro-government") has none."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (token.is_punct and set(token.text) <= DASHES and bool(token.whitespace_)
            and before is not None and bool(before.whitespace_))


def _resultative(token: Token) -> bool:
    """An adjective before the phrase's numeral belongs to the verb: "shot dead nine gunmen" (no noun
    phrase puts an adjective before its number, as "nine dead gunmen" does after it)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.dep_ == "amod" and following is not None and following.dep_ == "nummod" and (
        following.head == token.head)


def core_bounds(head: Token) -> tuple[int, int]:
    """The phrase of the head alone, without coordinated parts ("Russian officer" of "... and 11 servicemen")."""
    return phrase_bounds(head, with_conjuncts=False)
