"""Transliteration-tolerant name keys: one town written the ways different outlets romanise it.

Outlets romanise the same Arabic, Cyrillic, Somali or Tamashek name differently: "Huliaipole" and
GeoNames' "Hulyaypole", "Maaloula" and "Malula", "Tell Rifaat" and "Tall Rifat", "Dhusamareb"
and "Dhuusamarreeb". They differ in vowels (one, two or none; y for i) and in doubled letters,
far more than a one-letter typo, so the gazetteer's fuzzy ratio misses them. Their consonant
skeleton agrees: :func:`spelling_key` keeps the consonants in order, writes every run of vowels
as one mark and drops doubled letters. A key that loose matches many unrelated names, so
:class:`SpellingIndex` is asked only within the story's countries, for names of
MIN_KEY_LETTERS letters or more, and a match must still be close in plain spelling
(MIN_SCORE) and be the only place of its key (or the same place entered twice).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from rapidfuzz import fuzz

# Vowel letters of Latin romanisations, y included ("Hulyaypole" = "Huliaipole").
_VOWEL_RUN = re.compile(r"[aeiouy]+")
_NOT_LETTER = re.compile(r"[^a-z]")
_DOUBLED = re.compile(r"(.)\1+")
VOWEL_MARK = "*"
# Shortest name (letters only) matched by its skeleton: a short skeleton ("Baga": b*g*) is shared by
# many villages of one country. Eight letters keeps "Maaloula" and leaves "Kaya" or "Seba" exact-only.
MIN_KEY_LETTERS = 8
# rapidfuzz ratio the written name must still reach against the place's own name: the variants
# above score 80-87, while unrelated names sharing a skeleton score far lower. Set by judgement on
# the variants listed in the module docstring and tests/resolve/test_spelling.py.
MIN_SCORE = 75.0


def spelling_key(folded: str) -> str:
    """The skeleton of a folded Latin name: consonants in order, each vowel run one mark, no doubles."""
    letters = _NOT_LETTER.sub("", folded)
    return without_doubles(_VOWEL_RUN.sub(VOWEL_MARK, letters))


def without_doubles(folded: str) -> str:
    """A folded name with each doubled letter written once ("bakhmutt" -> "bakhmut")."""
    # a function, not the template r"\1": re expands a template in Python for every match, and a
    # country's whole table of names is keyed at once (a third faster so)
    return _DOUBLED.sub(_first_of_run, folded)


def _first_of_run(run: re.Match[str]) -> str:
    return run.group(1)


class SpellingIndex:
    """Places of each country by skeleton, built per country on first use from its folded names."""

    def __init__(self, names_in: Callable[[str], Mapping[int, str]]) -> None:
        self._names_in = names_in
        self._keys: dict[str, dict[str, list[int]]] = {}

    def matches(self, folded: str, codes: list[str], min_letters: int = MIN_KEY_LETTERS) -> list[int]:
        """Ids of the places in ``codes`` whose name is a romanisation of ``folded`` (empty if none);
        ``min_letters`` is lower for a name already rewritten into the country's own letters."""
        if len(_NOT_LETTER.sub("", folded)) < min_letters:
            return []
        key = spelling_key(folded)
        found = []
        for code in codes:
            names = self._names_in(code)
            for ident in self._by_key(code, names).get(key, []):
                if fuzz.ratio(folded.replace(" ", ""), names[ident].replace(" ", "")) >= MIN_SCORE:
                    found.append(ident)
        return found

    def _by_key(self, code: str, names: Mapping[int, str]) -> dict[str, list[int]]:
        if code not in self._keys:
            table: dict[str, list[int]] = {}
            for ident, name in names.items():
                table.setdefault(spelling_key(name), []).append(ident)
            self._keys[code] = table
        return self._keys[code]
