"""The attribution lexicons (data/<language>/: cues, sources, stance, modality, mentions), compiled.

Words live in data files so that linguists can extend them without touching
code; this module only reads them through ``sitreps.language_data`` and
compiles them, lazily, on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sitreps.errors import ConfigError
from sitreps.language_data import table

# The word-list files of data/<language>/ that hold the attribution lexicons.
LEXICON_FILES = ("cues", "sources", "stance", "modality", "mentions")


@dataclass(frozen=True)
class Lexicon:
    """Every attribution word list, as sets of lemmas or compiled phrase patterns."""

    speech_verbs: frozenset[str]
    indirect_verbs: frozenset[str]
    accusation_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    source_prepositions: re.Pattern[str]
    relay_lemmas: frozenset[str]
    denial_phrases: re.Pattern[str]
    allegation_phrases: re.Pattern[str]
    anonymity_phrases: re.Pattern[str]
    vague_phrases: re.Pattern[str]
    media_nouns: frozenset[str]
    media_name_words: frozenset[str]
    media_acronyms: frozenset[str]
    official_roles: frozenset[str]
    organisation_nouns: frozenset[str]
    anonymous_person_nouns: frozenset[str]
    person_role_nouns: frozenset[str]
    speculation: re.Pattern[str]
    hedges: re.Pattern[str]
    opinion: re.Pattern[str]
    background: re.Pattern[str]
    event_lemmas: frozenset[str]
    planned_lemmas: frozenset[str]
    purpose_prepositions: frozenset[str]
    planned_object_lemmas: frozenset[str]
    threatened_lemmas: frozenset[str]
    future_auxiliaries: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    backshifted_future: frozenset[str]
    condition_markers: frozenset[str]
    negations: frozenset[str]
    negating_adverbs: frozenset[str]
    negating_determiners: frozenset[str]
    negating_subjects: frozenset[str]
    alleged_words: frozenset[str]
    alleged_lemmas: frozenset[str]
    denied_lemmas: frozenset[str]
    occurrence_lemmas: frozenset[str]
    charge_nouns: frozenset[str]
    outcome_lemmas: frozenset[str]
    epistemic_modals: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    toll_objects: frozenset[str]
    hearsay_nouns: frozenset[str]
    verification_words: frozenset[str]
    checked_nouns: frozenset[str]
    prepositional_cue_heads: frozenset[str]
    prepositional_cue_particles: frozenset[str]
    silence_lemmas: frozenset[str]
    silence_determiners: frozenset[str]
    passive_speaker_lemmas: frozenset[str]
    accusation_prepositions: frozenset[str]
    indefinite_determiners: frozenset[str]
    name_titles: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    definite_determiners: frozenset[str]
    organisation_determiners: frozenset[str]
    role_complement_prepositions: frozenset[str]
    own_side_words: frozenset[str]
    own_party_nouns: frozenset[str]
    foe_nouns: frozenset[str]
    force_nouns: frozenset[str]
    unnamed_force_heads: frozenset[str]
    own_word_nouns: frozenset[str]
    responsibility_cues: frozenset[str]
    non_party_types: frozenset[str]
    spokesperson_nouns: frozenset[str]
    side_leader_nouns: frozenset[str]
    mouthpiece_heads: frozenset[str]
    mouthpiece_modifiers: frozenset[str]
    mouthpiece_persons: frozenset[str]
    state_body_heads: frozenset[str]
    armed_target_words: frozenset[str]
    armed_description_heads: frozenset[str]
    body_pronouns: frozenset[str]
    mouthpiece_prepositions: frozenset[str]
    statement_nouns: frozenset[str]
    issuer_prepositions: frozenset[str]
    rights_group_words: frozenset[str]
    abuse_lemmas: frozenset[str]


def phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    """One case-insensitive alternation of whole-word phrases, longest first."""
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(ordered) + r")\b", re.IGNORECASE)


def _words(values: list[Any]) -> frozenset[str]:
    return frozenset(str(value).lower() for value in values)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """All lexicons, read from the package data once per process."""
    data: dict[str, Any] = {}
    for name in LEXICON_FILES:
        data.update(table(name))
    patterns = {"source_prepositions", "denial_phrases", "allegation_phrases", "anonymity_phrases",
                "vague_phrases", "speculation", "hedges", "opinion", "background"}
    fields: dict[str, Any] = {}
    for field in Lexicon.__dataclass_fields__:
        if field not in data:
            raise ConfigError(f"attribution lexicon lacks the list {field!r}")
        fields[field] = phrase_pattern(data[field]) if field in patterns else _words(data[field])
    fields["media_acronyms"] = frozenset(str(v) for v in data["media_acronyms"])
    return Lexicon(**fields)
