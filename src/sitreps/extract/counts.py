"""How many: numbers inside argument phrases ("an officer and 11 servicemen" is 12 persons).

Coordinated person nouns add up. Casualty figures told anywhere in a sentence
("killing at least 12 civilians") are read by ``extract.casualties``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from sitreps.annotate.quantities import counting_lexicon, find_quantity, group_nouns
from sitreps.extract.english import phrases, words
from sitreps.extract.toll_scope import is_aggregate
from sitreps.models import Count, Span

PERSONS = "persons"
KILLED = "killed"
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


def is_measure(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` is joined by a hyphen to the word after it ("a one-day
    toll", "a 50-kg bomb", "a two-storey house"): a measure of something else, never a head count."""
    return text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha()


def is_unit_name(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` names a unit ("444 Brigade fighters", "Unit 8200"): a
    capitalised group noun right after or right before it."""
    groups = group_nouns()
    after, before = text[end:].split()[:1], text[:start].split()[-1:]
    return any(word[:1].isupper() and word.strip(",.;:").lower() in groups for word in after + before)


def role_count_what(what: str | None, trigger: Iterable[Token]) -> str | None:
    """What a trigger's role phrase counts, given what its type counts there: a type that counts its
    targets as killed does so only when the trigger's own words tell deaths ("massacred 30 villagers",
    "shot dead two protesters") of one incident, not a tally over a war or a period ("300 civilians have
    been killed in the province this year", ``toll_scope.is_aggregate``); "tortured three detainees",
    "opened fire on 40 worshippers", "a crackdown on 300 students" count the harmed as persons, so no toll
    is made of them."""
    if what != KILLED:
        return what
    _, casualty = counting_lexicon()
    lethal = words("counts", "lethal_trigger_words")
    telling = [t for t in trigger if casualty.get(t.lemma_.lower()) == KILLED or t.lemma_.lower() in lethal]
    if telling and not any(is_aggregate(t) for t in telling):
        return what
    return PERSONS


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
