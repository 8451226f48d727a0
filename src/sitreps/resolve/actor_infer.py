"""Typing an actor the registry does not know, from its own words.

"47th Separate Mechanised Brigade" is a state unit, "Martyrs Brigade" an armed group, "Ministry of
Interior of Chad" a government body, "Amina Yusuf" a person. The word rules live in
``data/actors/generic.yaml`` (``type_rules``); this module only applies them.
"""

from __future__ import annotations

from sitreps.language_data import word_list
from sitreps.resolve.normalise import fold
from sitreps.resolve.registry_data import Lexicon

# Types that belong to no country unless the name says so (a person's nationality is not the
# story's country; an international body has none).
_COUNTRYLESS = frozenset({"person", "international_organisation", "ngo", "media"})
_PERSON_LABELS = frozenset({"PERSON", "PER"})
# A name of this many capitalised words, none of them an organisation word, reads as a person's.
_PERSON_WORDS = (2, 4)
_DEFAULT_TYPE = "armed_group"
# Word lists of actor names (data/en/actor_names.yaml), also read by resolve/actors.py.
NAME_LISTS = "actor_names"


def infer_type(name: str, entity_label: str | None, lexicon: Lexicon) -> str:
    """The actor type ``name`` suggests; spaCy's label wins for persons."""
    key = f" {fold(name)} "
    if entity_label in _PERSON_LABELS:
        return "person"
    if lexicon.numbered_unit.search(name) and _has_country(key, lexicon):
        return "state_military"
    for actor_type, words in lexicon.type_rules:
        if any(f" {word} " in key for word in words):
            if actor_type == "armed_group" and lexicon.numbered_unit.search(name):
                return "state_military"
            return actor_type
    if lexicon.numbered_unit.search(name):
        return "state_military"
    if _looks_like_person(name) and entity_label in (None, "PERSON"):
        return "person"
    return _DEFAULT_TYPE


def infer_country(name: str, actor_type: str, context: list[str], lexicon: Lexicon) -> str | None:
    """The country named in ``name`` ("Ukrainian ...", "... of Chad"), else the context's first."""
    words = fold(name).split()
    backing = frozenset(word_list(NAME_LISTS, "backing_words"))  # "<country>-backed/-led": a sponsor
    for size in (2, 1):
        for start in range(len(words) - size + 1):
            country = lexicon.countries.get(" ".join(words[start : start + size]))
            backer = start + size < len(words) and words[start + size] in backing
            if country and not backer:  # "Iranian-backed militias" are not Iran's
                return country
    if actor_type in _COUNTRYLESS or not context:
        return None
    return context[0]


def _has_country(key: str, lexicon: Lexicon) -> bool:
    return any(word in lexicon.countries for word in key.split())


def _looks_like_person(name: str) -> bool:
    words = name.split()
    low, high = _PERSON_WORDS
    return low <= len(words) <= high and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
