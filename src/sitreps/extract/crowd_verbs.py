"""Verbs that tell a riot when a crowd does them to a place: "protesters stormed the parliament building",
"a mob stormed the police station", not "fans stormed the pitch" or "troops stormed the hideout".

A crowd that storms a building has left peaceful protest behind: ACLED codes it a violent demonstration
(issue #13 "Types": "storming and burning a parliament coded as a peaceful protest"). The verb is no
trigger of its own (``armed_doer_verbs`` keeps "storm" out for armed doers, round 15b), so a crowd's storming
gave no row at all. The verbs, the type they tell and the crowd nouns are data (``crowd_doer_verbs`` and
``crowd_doers`` in data/en/triggers.yaml); the objects no assault reaches are ``unassailed_objects``.

Relies on: spaCy's dependency parse (subject, object, passive subject).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from sitreps.extract.armed_verbs import PATIENT_DEPS, assailable, doers_of
from sitreps.language_data import word_list, word_table


@cache
def crowd_doer_verbs() -> dict[str, str]:
    """Each verb of ``crowd_doer_verbs`` with the type id it tells."""
    return {str(k): str(v) for k, v in word_table("triggers", "crowd_doer_verbs").items()}


@cache
def _crowd_doers() -> frozenset[str]:
    return frozenset(word_list("triggers", "crowd_doers"))


def crowd_verb(token: Token) -> str | None:
    """The type id a verb of ``crowd_doer_verbs`` tells when every doer it has is a crowd and it is done to a
    place a crowd can storm; else None."""
    lemma = token.lemma_.lower()
    if lemma not in crowd_doer_verbs() or not _told_as_verb(token):  # the word first: asked of every token
        return None
    patients = [c for c in token.children if c.dep_ in PATIENT_DEPS]
    doers = doers_of(token)
    if not patients or not doers or not all(assailable(p, lemma) for p in patients):
        return None
    if not all(_crowd(d) for d in doers):
        return None
    return crowd_doer_verbs()[lemma]


def _told_as_verb(token: Token) -> bool:
    """A verb, or a headline's present tense the tagger reads as a noun though the parse gives it a subject
    and an object ("Protesters storm parliament in Colombo")."""
    if token.pos_ == "VERB":
        return True
    deps = {c.dep_ for c in token.children}
    return token.pos_ == "NOUN" and "nsubj" in deps and "dobj" in deps


def _crowd(doer: Token) -> bool:
    """A crowd noun, or a number of one ("hundreds of demonstrators", "thousands of protesters")."""
    named = [doer] + [p for c in doer.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"]
    return any(t.lemma_.lower() in _crowd_doers() or t.lower_ in _crowd_doers() for t in named)
