"""Numbers in news text ("at least 12", "between 20 and 30", "dozens", "eleven") as value/low/high.

Vague words bound a count instead of inventing a value; the vocabulary and the
bounds live in ``data/en/quantities.yaml`` (read through :mod:`sitreps.language_data`) so the
conventions are reviewable and another language is a new file, not edits here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from sitreps.language_data import table
from sitreps.yaml_data import parse_yaml

QUANTITY_WORDS = "quantities"  # data/<language>/quantities.yaml
# From a thousand up a multiplier closes a group of the number: "one thousand two hundred" is
# 1,000 + 200, while "two hundred" multiplies what came before it.
GROUP_MULTIPLIER = 1000


@dataclass(frozen=True)
class Quantity:
    """A parsed quantity with its character offsets in the text it was read from."""

    value: int | None
    low: int | None
    high: int | None
    start: int
    end: int


@dataclass(frozen=True)
class _Vocabulary:
    numbers: dict[str, int]
    vague: dict[str, tuple[int | None, int | None, int | None]]
    qualifiers: dict[str, str]
    interrogatives: frozenset[str]
    multipliers: frozenset[str]
    joiners: frozenset[str]
    pattern: re.Pattern[str]


def load_data(name: str) -> dict[str, Any]:
    """A bundled YAML data file of ``sitreps.data`` (read by callers behind their own lru_cache)."""
    text = resources.files("sitreps.data").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = parse_yaml(text)
    return data


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    data = table(QUANTITY_WORDS)
    words = {key: [str(word) for word in data[key]] for key in (
        "articles", "article_multiples", "multipliers", "number_joiners", "range_openers", "range_joiners",
        "range_links")}
    numbers = {k: int(v) for k, v in data["numbers"].items() if k not in words["articles"]}
    # a phrase with a value of its own ("half a dozen": 6) is a number; the others bound an unknown one
    vague = {k: (v.get("value"), v.get("low"), v.get("high")) for k, v in data["vague"].items()}
    qualifiers = dict(data["qualifiers"])
    word_num = _alternation(list(numbers))
    joiner = _alternation(words["number_joiners"])
    # "more than a dozen", "over a hundred": the article sits between the qualifier and the number
    article = rf"(?:(?:{_alternation(words['articles'])})\s+(?=(?:{_alternation(words['article_multiples'])})\b))?"
    number = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{word_num})(?:(?:\s+(?:{joiner})\s+|[\s-]+)(?:{word_num}))*)"
    pattern = re.compile(
        rf"\b(?:(?P<vague>{_alternation(list(vague))})\b"
        rf"|(?:{_alternation(words['range_openers'])})\s+(?P<b1>{number})\s+(?:{_alternation(words['range_joiners'])})"
        rf"\s+(?P<b2>{number})\b"
        rf"|(?:(?P<qual>{_alternation(list(qualifiers))})\s+)?{article}(?P<num>{number})"
        rf"(?:\s*(?:-|–|{_alternation(words['range_links'])})\s*(?P<num2>{number}))?\b)",
        re.IGNORECASE,
    )
    interrogatives = frozenset(str(w).lower() for w in data["interrogatives"])
    return _Vocabulary(numbers, vague, qualifiers, interrogatives, frozenset(words["multipliers"]),
                       frozenset(words["number_joiners"]), pattern)


def number_value(text: str) -> int | None:
    """The integer a numeral or number words denote ("1,200", "eleven", "two dozen", "21")."""
    vocab = _vocabulary()
    cleaned = text.strip().lower().replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", cleaned):
        return int(float(cleaned))
    total, current = 0, 0
    for word in re.split(r"[\s-]+", cleaned):
        if word in vocab.joiners or not word:
            continue
        if word not in vocab.numbers:
            return None
        n = vocab.numbers[word]
        if word in vocab.multipliers:
            current = max(current, 1) * n
            if n >= GROUP_MULTIPLIER:
                total, current = total + current, 0
        else:
            current += n
    return total + current


def _bounded(qualifier: str | None, n: int) -> tuple[int | None, int | None, int | None]:
    """(value, low, high) for a number under a qualifier such as "at least" or "up to"."""
    kind = _vocabulary().qualifiers.get(re.sub(r"\s+", " ", qualifier.lower())) if qualifier else None
    if kind == "low":
        return n, n, None
    if kind == "low_exclusive":
        return None, n, None
    if kind == "high":
        return None, None, n
    if kind == "high_exclusive":
        return None, None, n
    if kind == "approximate":
        return n, None, None
    return n, n, n


def _asked(before: str, vocab: _Vocabulary) -> bool:
    """Whether the text before a vague word ends in a question word ("how many"): no quantity."""
    previous = before.split()[-1:] if before.strip() else []
    return bool(previous) and previous[0].lower() in vocab.interrogatives


def find_quantity(text: str) -> Quantity | None:
    """The first quantity in ``text`` (a noun phrase), or None when it has no number."""
    vocab = _vocabulary()
    for match in vocab.pattern.finditer(text):
        if match.group("b1"):
            low, high = number_value(match.group("b1")), number_value(match.group("b2"))
            return Quantity(None, low, high, match.start(), match.end())
        if match.group("vague"):
            if _asked(text[:match.start()], vocab):
                continue
            key = re.sub(r"\s+", " ", match.group("vague").lower())
            value, low, high = vocab.vague[key]
            return Quantity(value, low, high, match.start(), match.end())
        n = number_value(match.group("num"))
        if n is None:
            continue
        if match.group("num2"):
            n2 = number_value(match.group("num2"))
            return Quantity(None, n, n2, match.start(), match.end())
        value, low, high = _bounded(match.group("qual"), n)
        return Quantity(value, low, high, match.start(), match.end())
    return None


@lru_cache(maxsize=1)
def group_nouns() -> frozenset[str]:
    """Nouns that name an organised group or a doer ("army", "mob", "bomber"): actors without a name."""
    return frozenset(load_data("counting.yaml")["group_nouns"])


@lru_cache(maxsize=1)
def counting_lexicon() -> tuple[frozenset[str], dict[str, str]]:
    """Person nouns, and casualty lemmas mapped to what they count (killed / injured)."""
    data = load_data("counting.yaml")
    casualty = {lemma: what for what, lemmas in data["casualties"].items() for lemma in lemmas}
    return frozenset(data["person_nouns"]), casualty
