"""Typing an actor the registry does not know, from its own words.

"47th Separate Mechanised Brigade" is a state unit, "Martyrs Brigade" an armed group, "Ministry of
Interior of Chad" a government body, "Amina Yusuf" a person. The word rules live in
``data/actors/generic.yaml`` (``type_rules``); this module only applies them.
"""

from __future__ import annotations

import re

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
    if _group_army(name, lexicon):
        return "armed_group"
    named = rule_type(name, lexicon)
    if named is not None:
        return named
    if lexicon.numbered_unit.search(name):
        return "state_military"
    if _looks_like_person(name) and entity_label in (None, "PERSON"):
        return "person"
    return _DEFAULT_TYPE


def rule_type(name: str, lexicon: Lexicon) -> str | None:
    """The type the first ``type_rules`` entry whose words ``name`` holds gives, or None: no default."""
    key = f" {fold(name)} "
    for actor_type, words in lexicon.type_rules:
        if any(f" {word} " in key for word in words):
            if actor_type == "armed_group" and lexicon.numbered_unit.search(name):
                return "state_military"
            return actor_type
    return None


def names_armed_group(name: str, lexicon: Lexicon) -> bool:
    """Whether a name the registry lacks is written as an armed group's own: capitalised, and its words
    type it so ("Free Hills Army", "Popular Liberation Front"). Such a name decides a side as the
    registry's would; a bare noun typed by default ("gunmen", "students") does not."""
    words = _bare_words(name)
    if not words or not all(w[:1].isupper() for w in words if w.isalpha() and len(w) > 3):
        return False
    if _group_army(name, lexicon):
        return True
    folded = [fold(w) for w in words]
    group_words = frozenset(word_list(NAME_LISTS, "group_name_words"))
    return (rule_type(name, lexicon) == "armed_group" and any(w in group_words for w in folded)
            and not any(w in lexicon.countries for w in folded))


def _group_army(name: str, lexicon: Lexicon) -> bool:
    """Whether "Army" closes a proper name no country's: "the Free Hills Army", "the Arakan Army" are
    armed groups; "the Sudanese Army", "Kenya Army", "the National Army" and "the Army" are a state's."""
    words = _bare_words(name)
    heads = frozenset(word_list(NAME_LISTS, "group_army_heads"))
    if len(words) < 2 or fold(words[-1]) not in heads or lexicon.numbered_unit.search(name):
        return False
    before = [fold(w) for w in words[:-1]]
    state = frozenset(word_list(NAME_LISTS, "state_army_words"))
    return (all(w[:1].isupper() for w in words[:-1])
            and not any(w in lexicon.countries or w in state for w in before))


def _bare_words(name: str) -> list[str]:
    """A name's words without a leading "the", possessives and dots ("Ukraine's" -> "Ukraine", "U.S." -> "US")."""
    words = [re.sub(r"['’]s$", "", w).replace(".", "") for w in name.split()]
    return words[1:] if words and words[0].lower() == "the" else words


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
