"""An event word that names a body's remit is no event: "the coordination headquarters for prisoners of war",
"the committee for the release of hostages", "the envoy for hostage affairs", "the office on abductions".

Real reporting cites bodies whose names hold event words, mostly in lower case where the tagger marks no
organisation, so the lexicon read "prisoners of war" in a spokesman's credit line as a capture and gave a
swap story a capture row beside the swap. An event word reached from a body noun ("headquarters",
"ministry", "envoy", ...) through its "for", "of" or "on" phrase only, however deeply nested ("the
headquarters for the treatment of prisoners of war"), says what the body deals with, not what happened.
An event whose own phrase names a body ("the bombing of the ministry", "an attack on the headquarters")
is left alone: there the event word governs the body, not the other way round.

Relies on: spaCy's dependency parse. Word lists: ``remit_bodies`` and ``remit_prepositions`` in
``data/en/eventness.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words

LISTS = "eventness"
# "the headquarters for the treatment of prisoners of war" nests the event word two phrases below the body;
# three phrases is as deep as a body's name runs in the credit lines written for the tests.
MAX_PHRASES = 3
# How a word hangs inside the phrase's noun: coordinated, compound or describing ("for prisoners and
# detainees", "for hostage affairs", "of disappeared people").
NAME_LINKS = frozenset({"compound", "conj", "amod"})


def names_a_remit(trigger: Token) -> bool:
    """Whether ``trigger`` sits in the "for"/"of"/"on" phrase of a body noun, possibly through nested phrases."""
    word = trigger
    for _ in range(MAX_PHRASES):
        while word.dep_ in NAME_LINKS and word.head.i != word.i:
            word = word.head
        preposition = word.head
        if word.dep_ != "pobj" or preposition.lower_ not in words(LISTS, "remit_prepositions"):
            return False
        owner = preposition.head
        if _is_body(owner):
            return True
        word = owner
    return False


def _is_body(noun: Token) -> bool:
    """A body noun, alone or with the compound words before it ("the ministry", "a task force")."""
    bodies = words(LISTS, "remit_bodies")
    compounds = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    named = " ".join([*compounds, noun.lemma_.lower()])
    return noun.lemma_.lower() in bodies or noun.lower_ in bodies or named in bodies
