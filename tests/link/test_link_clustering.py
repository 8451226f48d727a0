"""Constrained single linkage: reworded reports join across articles; contradicting reports never chain."""

from __future__ import annotations

import itertools

from sitreps.link.clustering import CANNOT_LINK, single_link_clusters

THRESHOLD = 0.55


def _scorer(scores: dict[frozenset[str], float]):
    return lambda a, b: scores.get(frozenset((a, b)), 0.4)


def test_retellings_that_score_higher_within_their_article_still_join_the_other_outlet():
    scores = {frozenset(("a1", "a2")): 0.75, frozenset(("b1", "b2")): 0.70, frozenset(("a2", "b1")): 0.58}
    assert single_link_clusters(["a1", "b1", "a2", "b2"], _scorer(scores), THRESHOLD) == [["a1", "b1", "a2", "b2"]]


def test_a_contradicting_pair_keeps_two_chained_clusters_apart():
    scores = {frozenset(("a", "b")): 0.8, frozenset(("b", "c")): 0.7, frozenset(("a", "c")): CANNOT_LINK / 2}
    assert single_link_clusters(["a", "b", "c"], _scorer(scores), THRESHOLD) == [["a", "b"], ["c"]]


def test_the_result_does_not_depend_on_the_order_the_reports_arrive_in():
    scores = {frozenset(("a", "b")): 0.8, frozenset(("b", "c")): 0.7, frozenset(("c", "d")): 0.9,
              frozenset(("a", "d")): 0.1}
    results = set()
    for order in itertools.permutations("abcd"):
        clusters = single_link_clusters(list(order), _scorer(scores), THRESHOLD)
        results.add(frozenset(frozenset(c) for c in clusters))
    assert len(results) == 1
