"""Order-independent incremental clustering.

Pairs scoring at or above the threshold are edges; connected components of
that graph are kept with union-find as mentions arrive. Within a component,
mentions are clustered greedily in a fixed order (earliest report first): a
mention joins the cluster it scores highest with, unless a gate separates it
from any member. Because a component's clusters depend only on its members,
adding documents one at a time or all at once gives the same events, and the
first report seen does not change the outcome.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable


class ThresholdGraph:
    """Edges at or above the link threshold, and the connected components they make."""

    def __init__(self) -> None:
        self._edges: dict[str, set[str]] = {}
        self._parent: dict[str, str] = {}
        self._members: dict[str, set[str]] = {}

    def add(self, key: str) -> None:
        self._edges.setdefault(key, set())
        self._parent[key] = key
        self._members[key] = {key}

    def link(self, a: str, b: str) -> None:
        """Record an edge and merge the two components."""
        self._edges[a].add(b)
        self._edges[b].add(a)
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return
        if len(self._members[root_a]) < len(self._members[root_b]):
            root_a, root_b = root_b, root_a
        self._parent[root_b] = root_a
        self._members[root_a] |= self._members.pop(root_b)

    def find(self, key: str) -> str:
        while self._parent[key] != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def component(self, key: str) -> set[str]:
        return self._members[self.find(key)]

    def remove(self, keys: Iterable[str]) -> list[str]:
        """Delete nodes; returns one member of each component that remains where they were."""
        gone = set(keys)
        affected: set[str] = set()
        for key in gone:
            affected |= self._members.pop(self.find(key), set())
        survivors = affected - gone
        for key in gone:
            for other in self._edges.pop(key, set()):
                self._edges.get(other, set()).discard(key)
            self._parent.pop(key, None)
        for key in survivors:
            self._parent[key] = key
            self._members[key] = {key}
        for key in survivors:
            for other in self._edges[key]:
                self.link(key, other)
        return sorted({self.find(k) for k in survivors})


def greedy_clusters(
    ordered: list[str], score: Callable[[str, str], float], threshold: float
) -> list[list[str]]:
    """Clusters of one component; ``ordered`` fixes the visiting order, ``score`` is 0 when gated."""
    clusters: list[list[str]] = []
    for key in ordered:
        best: list[str] | None = None
        best_score = threshold
        for cluster in clusters:
            scores = [score(key, member) for member in cluster]
            if min(scores) <= 0.0:
                continue
            if max(scores) >= best_score and (best is None or max(scores) > best_score):
                best, best_score = cluster, max(scores)
        if best is None:
            clusters.append([key])
        else:
            best.append(key)
    return clusters
