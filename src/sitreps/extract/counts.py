"""How many: numbers inside argument phrases, and casualty figures anywhere in the sentence.

"Russian officer and 11 servicemen" is 12 persons: coordinated person nouns
add up. "killing at least 12 civilians" or "12 people were killed" give a
fatality count to the violent event of the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.annotate.quantities import Quantity, counting_lexicon, find_quantity, number_value
from sitreps.extract.english import phrases
from sitreps.models import Count, Span

PERSONS = "persons"
SINGULAR_DETERMINERS = frozenset({"a", "an", "one", "the", "his", "her", "their", "its"})
# Characters after a number that can hold an age suffix ("-years-old", " months old").
AGE_WINDOW = 16


@dataclass(frozen=True)
class _Part:
    """One conjunct of a counted phrase: its quantity (or 1 for a singular person) and offsets."""

    value: int | None
    low: int | None
    high: int | None
    start: int
    end: int
    explicit: bool


def is_age(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` is an age ("a 31-year-old soldier"): never a count."""
    following = " ".join(text[end:end + AGE_WINDOW].lower().replace("-", " ").split())
    return any(following.startswith(suffix.replace("-", " ")) for suffix in phrases("counts", "age_suffixes"))


def _conjuncts(head: Token) -> list[Token]:
    found, stack = [head], list(head.conjuncts)
    for token in stack:
        if token not in found:
            found.append(token)
    return sorted(found, key=lambda t: t.i)


def _noun_lemma(token: Token) -> str:
    """The counted noun: "11 of his servicemen" is headed by the number, the noun is its pobj."""
    if token.like_num:
        for child in token.children:
            if child.dep_ == "prep":
                return next((p.lemma_.lower() for p in child.children if p.dep_ == "pobj"), token.lemma_)
    return token.lemma_.lower()


def _part(token: Token, text: str) -> _Part | None:
    """The quantity of one conjunct, or 1 for a singular person noun such as "a lieutenant"."""
    left = token.left_edge.idx
    quantity = find_quantity(text[left:token.idx + len(token)])
    if quantity is not None and not is_age(text, left + quantity.end):
        return _Part(quantity.value, quantity.low, quantity.high, left + quantity.start, left + quantity.end,
                     explicit=True)
    persons, _ = counting_lexicon()
    if _noun_lemma(token) in persons and token.tag_ in ("NN", "NNP"):
        return _Part(1, 1, 1, token.idx, token.idx + len(token), explicit=False)
    return None


def phrase_count(head: Token, what: str | None, text: str) -> Count | None:
    """The count a phrase states, summing coordinated parts ("an officer and 11 servicemen")."""
    persons, _ = counting_lexicon()
    parts = [p for p in (_part(t, text) for t in _conjuncts(head)) if p is not None]
    if not any(p.explicit for p in parts):
        return None
    if what is None:
        if _noun_lemma(head) not in persons:
            return None
        what = PERSONS
    evidence = [Span.of(text, p.start, p.end) for p in parts]
    if len(parts) == 1:
        p = parts[0]
        return Count(what=what, value=p.value, low=p.low, high=p.high, evidence=evidence)
    exact = all(p.value is not None for p in parts)
    total = sum(p.value or p.low or 0 for p in parts)
    value = total if exact else None
    return Count(what=what, value=value, low=total, high=value, evidence=evidence)


def _casualty_number(token: Token, text: str) -> tuple[Quantity, int] | None:
    """The number a casualty word governs: its object, passive subject or own numeric modifier."""
    heads: list[Token] = []
    if token.pos_ == "VERB":
        heads = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    elif token.pos_ == "ADJ" and token.head.pos_ == "VERB":  # "two protesters were shot dead"
        heads = [c for c in token.head.children if c.dep_ in ("nsubjpass", "nsubj")]
    else:
        heads = [token] + [c for c in token.children if c.dep_ in ("nummod", "npadvmod")]
        if token.head.like_num:
            heads.append(token.head)
    for head in heads:
        left = head.left_edge.idx
        right = head.idx + len(head)
        quantity = find_quantity(text[left:right])
        if quantity is not None and is_age(text, left + quantity.end):
            quantity = None
        if quantity is not None and number_value(text[left + quantity.start:left + quantity.end]) != 1:
            return quantity, left
        if _one_person(head):  # "killing a policeman": one
            return Quantity(1, 1, 1, head.left_edge.idx - left, right - left), left
    return None


def _one_person(head: Token) -> bool:
    """A singular person noun with an indefinite article ("a policeman", "an aid worker")."""
    persons, _ = counting_lexicon()
    return head.tag_ == "NN" and head.lemma_.lower() in persons and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


def casualty_counts(sentence: SpacySpan, text: str) -> list[tuple[Token, Count]]:
    """Fatality and injury figures in a sentence, each with the casualty word that states it."""
    _, casualty = counting_lexicon()
    found: list[tuple[Token, Count]] = []
    for token in sentence:
        what = casualty.get(token.lemma_.lower())
        if what is None:
            continue
        located = _casualty_number(token, text)
        if located is None:
            continue
        quantity, offset = located
        evidence = [Span.of(text, offset + quantity.start, offset + quantity.end),
                    Span.of(text, token.idx, token.idx + len(token))]
        found.append((token, Count(what=what, value=quantity.value, low=quantity.low, high=quantity.high,
                                   evidence=evidence)))
    return found
