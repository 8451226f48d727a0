"""Whom a subject stands for when the sentence names it elsewhere.

The noun a pronoun stands for ("the army said it had shelled": the army) and the speaker whose members a
reported "its fighters" are. Kept apart so the slot readers and the actor rules read the same antecedent.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.slots import ROLE_LISTS
from sitreps.resolve.registry_data import load_lexicon


def antecedent(token: Token) -> Token:
    """The noun a pronoun stands for, where the sentence says it.

    A relative pronoun stands for the noun its clause modifies ("soldiers who
    defected"); the subject pronoun of a reported clause for the speaker ("the
    army said it had shelled": it is the army), but not when the speaker comes after ("they abducted
    80 pupils, police said": someone told before), unless it is the first person ("we detained four,
    the police said"); that of an adverbial clause for the main clause's subject ("gunmen fled after
    they attacked": the gunmen).
    """
    if token.lower_ in words(ROLE_LISTS, "relative_pronouns") and token.head.dep_ == "relcl":
        return token.head.head
    clause = token.head
    if (token.lower_ in words(ROLE_LISTS, "subordinate_subject_pronouns") and token.dep_ in ("nsubj", "nsubjpass")
            and clause.dep_ == "advcl"):  # "militants killed two soldiers after they attacked": the militants
        mains = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if mains:
            return mains[0]
    if token.lower_ in words(ROLE_LISTS, "speaker_pronouns") and token.dep_ == "nsubj" and clause.dep_ == "ccomp":
        speakers = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if speakers and (speakers[0].i < token.i or token.lower_ in words(ROLE_LISTS, "first_person_speakers")):
            return speakers[0]  # "They abducted 80 pupils, police said": they are told before, not the police
    return token


def members_speaker(token: Token) -> Token | None:
    """Whose members a reported subject such as "its fighters", "their units" are: the speaker's.

    "The RSF said its fighters had taken the town", "Hamas said its fighters fired": the fighters act
    for the RSF, Hamas (the phrase stays the argument; its actor is the speaker's).
    """
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or (
            token.lower_ not in load_lexicon().member_nouns) or not any(
            c.dep_ == "poss" and c.lower_ in words(ROLE_LISTS, "speaker_possessives") for c in token.children):
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def owner_speaker(owner: Token) -> Token:
    """The speaker a reported "its" stands for, when it owns the reported clause's subject, else the owner.

    "Kyiv said its drones had struck a depot", "Tehran said its missiles hit the bases": the drones and
    missiles are the speaker's, and so is the strike (a possessive pronoun names nobody on its own).
    """
    noun = owner.head
    if owner.dep_ != "poss" or owner.lower_ not in words(ROLE_LISTS, "speaker_possessives") or (
            noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.dep_ != "ccomp"):
        return owner
    speakers = [c for c in noun.head.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return speakers[0] if speakers else owner
