"""A vague tally told in the perfect: many dead counted over many acts up to now, never one incident.

"Hundreds of civilians have been killed in air strikes, according to the United Nations" sums a war's
strikes: a round plural quantity ("hundreds", "tens of thousands") as the subject of a killing word in the
present perfect, whose cause is a bare plural act ("in air strikes", "by drone attacks"). Neither the
killing word nor the act noun is an incident (round 23b, issue #13 "Event-ness"). Each cue alone stays an
incident: a counted toll ("40 civilians have been killed in air strikes on the town"), one act ("in an
air strike on the market"), the simple past ("were killed in air strikes on Monday"), a fight of days
("have been killed in the fighting since Saturday").

Relies on: spaCy's tags and dependency parse; ``tally_quantities`` and ``tally_cause_prepositions`` in
``data/en/eventness.yaml`` and the counting lexicon's killing words.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.annotate.quantities import counting_lexicon
from sitreps.extract.english import words
from sitreps.extract.generic_statements import present_perfect

LISTS = "eventness"
# Tags of a plural noun: "hundreds" as a quantity, "strikes" as many acts.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Modifiers that make a plural act a known set, not many acts: "the strikes", "two strikes", "its strikes".
SET_DEPS = frozenset({"det", "nummod", "poss"})
# How a cause hangs from the killing word: "killed in air strikes" (prep), "killed by air strikes" (agent).
CAUSE_DEPS = frozenset({"prep", "agent"})
# Entity labels of a time: a tally told with one ("this week", "on Monday") is dated, so a report of days.
TIME_LABELS = frozenset({"DATE", "TIME"})


def _bare_plural(noun: Token) -> bool:
    """Many acts, none singled out: a plural with no determiner, number or owner, and no named object
    ("raids on Tungan Gini" are the raids on one village, a report of their own)."""
    return noun.tag_ in PLURAL_TAGS and not any(c.dep_ in SET_DEPS for c in noun.children) \
        and not any(t.pos_ == "PROPN" and t.dep_ == "pobj" for t in noun.subtree)


def _causes(verb: Token) -> list[Token]:
    """The acts a killing word names as its cause ("in air strikes", "by drone attacks")."""
    prepositions = words(LISTS, "tally_cause_prepositions")
    return [g for c in verb.children if c.dep_ in CAUSE_DEPS and c.lower_ in prepositions
            for g in c.children if g.dep_ == "pobj"]


def _tallies(verb: Token) -> bool:
    """A killing word in the present perfect whose subject is a round plural quantity ("hundreds of
    civilians have been killed") and whose cause is a bare plural act, told with no time of its own."""
    _, casualties = counting_lexicon()
    if verb.lemma_.lower() not in casualties or not present_perfect(verb):
        return False
    quantities = words(LISTS, "tally_quantities")
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in PLURAL_TAGS and c.lemma_.lower() in quantities
               for c in verb.children):
        return False
    if any(t.ent_type_ in TIME_LABELS for t in verb.subtree):
        return False
    return any(_bare_plural(cause) for cause in _causes(verb))


def is_vague_tally(trigger: Token) -> bool:
    """The killing word of a vague tally, or the bare plural act it names as the cause."""
    if _tallies(trigger):
        return True
    preposition = trigger.head
    return trigger.dep_ == "pobj" and _bare_plural(trigger) and preposition.dep_ in CAUSE_DEPS \
        and _tallies(preposition.head)
