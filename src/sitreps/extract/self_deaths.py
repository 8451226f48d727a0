"""A bomber's own death told by a reflexive ("a suicide bomber blew himself up at a mosque, killing nine
worshippers"): one more dead than the figure of the victims.

ACLED counts every dead of an event, the attacker included, so the toll of such a bombing is the
victims and the bomber. The figure of "killing himself and seven others" already holds the bomber (the
reflexive is one of its victims, ``extract.victim_figures``); here the bomber dies in a verb of its own,
which governs the killing ("blew himself up, killing nine") or which the killing governs ("nine were
killed when a bomber blew himself up"). Only a singular reflexive: "blew themselves up" does not say how
many. English words in ``data/en/counts.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.victim_figures import Figure

LISTS = "counts"
# The slot of the reflexive on the verb ("blew himself up").
OBJECT = "dobj"


def bomber_dead(casualty: Token, figure: Figure) -> Token | None:
    """The reflexive that tells the bomber dead beside a casualty word's figure of victims, when the
    figure does not already count it."""
    reflexives = words(LISTS, "reflexive_victims")
    verbs = [a for a in casualty.ancestors if a.sent == casualty.sent][:1]
    verbs += [c for c in casualty.children if c.dep_ == "advcl"]
    for verb in verbs:
        if verb.lemma_.lower() not in words(LISTS, "self_destroying_verbs"):
            continue
        bomber = next((c for c in verb.children if c.dep_ == OBJECT and c.lower_ in reflexives), None)
        if bomber is not None and not figure.start <= bomber.idx < figure.end:
            return bomber
    return None


def with_bomber(figure: Figure) -> Figure:
    """The figure of the victims with the bomber added."""
    def plus(value: int | None) -> int | None:
        return None if value is None else value + 1
    return Figure(plus(figure.value), plus(figure.low), plus(figure.high), figure.start, figure.end)
