"""What a sentence encoder says of a pair of one article's incidents: whether their words tell one act.

The generic features of ``extract.pair_features`` see where and how two incidents are told and whether
their fields agree, but none of their words: "a Russian drone struck the market" and "the drone slammed
into the stalls" are two verbs in two sentences to them. These features are cosines of the encoder's unit
vectors (``link.embedding``: the packaged MiniLM, whose vectors linking caches on disk per sentence), so
they carry meaning without naming any word of any article: the two incidents' sentences, their trigger
clauses (``own_clause``: a sentence that tells two acts differs there), the closest
pair of sentences among all their tellings (headline, lead, quote), and how much closer the two are to
each other than either is to a third incident of the article (a round-up's sentences all look alike).

Relies on: the trigger word of each telling of each incident in a parsed Doc, and an ``Embedder``.
Gives: ``Meaning`` (the vectors, embedded in one call per article) and ``meaning_features`` per pair.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Token

from sitreps.extract.event_classes import clause_head, starts_clause
from sitreps.link.embedding import Embedder

MEANING_FEATURES = ("sentence_cosine", "clause_cosine", "tellings_max_cosine", "sentence_cosine_margin")


@dataclass(frozen=True)
class Meaning:
    """Per incident (in the article's order): the cosines of its sentence with every incident's sentence, the
    unit vector of its trigger's clause, and the vectors of every sentence that tells it (its own first)."""

    sentence_cosines: np.ndarray
    clauses: np.ndarray
    tellings: tuple[np.ndarray, ...]


def meaning(tellings: Sequence[Sequence[Token]], embed: Embedder) -> Meaning:
    """The vectors the features compare, every distinct text of the article embedded in one call.
    ``tellings`` holds per incident the trigger word of each telling, its own trigger first."""
    sentences = [words[0].sent.text for words in tellings]
    clauses = [own_clause(words[0]) for words in tellings]
    told = [list(dict.fromkeys(w.sent.text for w in words)) for words in tellings]
    texts = list(dict.fromkeys([*sentences, *clauses, *(s for each in told for s in each)]))
    vectors = dict(zip(texts, embed(texts), strict=True)) if texts else {}
    unit = _stacked([vectors[s] for s in sentences])
    return Meaning(unit @ unit.T, _stacked([vectors[c] for c in clauses]),
                   tuple(_stacked([vectors[s] for s in each]) for each in told))


def own_clause(trigger: Token) -> str:
    """The words of the trigger's clause (``extract.event_classes.clause_head``) without the clauses it
    governs: of "troops shelled the depot, and police arrested two looters", "troops shelled the depot, and"
    for "shelled" and "police arrested two looters" for "arrested"."""
    head = clause_head(trigger)

    def own(token: Token) -> bool:
        while token.i != head.i:
            if starts_clause(token):
                return False
            token = token.head
        return True

    return "".join(t.text_with_ws for t in head.subtree if own(t)).strip()


def _stacked(vectors: list[np.ndarray]) -> np.ndarray:
    return np.stack(vectors).astype(np.float64) if vectors else np.zeros((0, 1))


def meaning_features(told: Meaning, first: int, later: int) -> list[float]:
    """The cosines (``MEANING_FEATURES``) of incidents ``first`` and ``later`` of one article."""
    cosines = told.sentence_cosines
    third = [k for k in range(len(cosines)) if k not in (first, later)]
    nearest_third = float(cosines[[first, later]][:, third].max()) if third else 0.0
    return [float(cosines[first, later]), float(told.clauses[first] @ told.clauses[later]),
            float((told.tellings[first] @ told.tellings[later].T).max()), float(cosines[first, later]) - nearest_third]
