"""Verbs that tell a violent event only when they act on a person: "gunmen shot a shopkeeper", "armed men
snatched a priest", not "shot a video" or "snatched a late winner".

The verbs and the type each tells are data (``person_object_verbs`` in data/en/triggers.yaml); the
person is a common noun of WordNet's noun.person class (the rarer ones included: "councillor") or the
counting lexicon's people and groups (``extract.nouns``), or a named person.

Relies on: spaCy's tags, lemmas and dependency parse. One parse error is read past: after "on a
motorbike" or "on a scooter" the tagger takes "shot" for a noun ("motorbike shot") and hangs the
victim elsewhere; a past form the data names (``mistagged_past_forms``) that the tagger made a noun
and that a person's noun phrase directly follows is the verb.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from sitreps.extract.nouns import is_actor_noun, is_person_noun, is_untagged_person_noun
from sitreps.language_data import word_list, word_table

# The slots where a verb's patient stands: its object, or its subject in the passive ("a boy was shot").
PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
# The parts of speech of a noun phrase that follows a mis-tagged verb: "a 12-year-old boy", "two brothers".
NOUN_PHRASE_POS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "PUNCT"})


@cache
def _past_forms() -> dict[str, str]:
    return {str(k): str(v) for k, v in word_table("triggers", "mistagged_past_forms").items()}


def is_person(token: Token) -> bool:
    """A named person, or a common noun for a person or group (the rarer WordNet persons included)."""
    return token.ent_type_ == "PERSON" or any(test(token) for test in (is_person_noun, is_untagged_person_noun,
                                                                       is_actor_noun))


def acts_on_person(verb: Token) -> bool:
    """Whether a verb's patient is a person or group: its object, its passive subject, or, when it has
    neither, those of the verb it is coordinated with ("shot and wounded a councillor")."""
    def patients(token: Token) -> list[Token]:
        return [c for c in token.children if c.dep_ in PATIENT_DEPS]

    found = patients(verb) or [p for c in verb.children if c.dep_ == "conj" for p in patients(c)]
    if not found and verb.dep_ == "conj":
        found = patients(verb.head)
    return any(is_person(p) for p in found)


def mistagged_verb(token: Token) -> str | None:
    """The verb lemma of a past form tagged as a noun that a person's noun phrase follows, or None."""
    verb = _past_forms().get(token.lower_)
    if verb is None or token.pos_ != "NOUN":
        return None
    following = token.doc[token.i + 1:token.sent.end]
    if following and following[0].lower_ in _skipped_words():
        following = following[1:]
    if not following or following[0].pos_ not in ("DET", "NUM"):
        return None
    phrase = []
    for word in following:
        if word.pos_ not in NOUN_PHRASE_POS or (word.is_punct and word.text != "-"):
            break
        phrase.append(word)
    nouns = [w for w in phrase if w.pos_ in ("NOUN", "PROPN")]
    return verb if nouns and is_person(nouns[-1]) else None


@cache
def _skipped_words() -> frozenset[str]:
    return frozenset(word_list("triggers", "mistagged_skip_words"))
