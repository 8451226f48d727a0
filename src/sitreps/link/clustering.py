"""Order-independent incremental clustering.

Pairs scoring at or above the threshold are edges; connected components of
that graph are kept with union-find as mentions arrive. Within a component,
mentions are clustered by constrained single linkage: the strongest pairs
first, two clusters joining unless a pair across them contradicts (a gate, a
far toll). Because a component's clusters depend only on its members,
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


CANNOT_LINK = 0.30
"""Two clusters are not merged while any pair across them scores below this (a gate scores 0; a far
toll or two towns apart bring a pair this low): a strong link elsewhere must not chain two reports
that contradict each other into one event. Set below every same-event pair of the gold dev split;
lowered from 0.35 in round 5: on the real-news dev split an article's row holds retellings typed
differently (a capture, a withdrawal, a clash), and such a retelling scores 0.30-0.35 against the
other outlet's report of the same event without contradicting it (dev rows per event 1.738 ->
1.725; every figure of 0.30 held down to 0.20, so nothing on dev sits between)."""


def single_link_clusters(
    ordered: list[str],
    score: Callable[[str, str], float],
    threshold: float,
    apart: Callable[[str, str], bool] | None = None,
) -> list[list[str]]:
    """Clusters of one component by constrained single linkage.

    Pairs at or above ``threshold`` are taken strongest first (ties by key, so the result does
    not depend on arrival order); each joins the two clusters it connects unless some pair
    across them scores below ``CANNOT_LINK``. ``ordered`` fixes the order of members within a
    cluster and of the clusters (earliest report first).
    """
    veto = apart or (lambda x, y: score(x, y) < CANNOT_LINK)
    position = {key: i for i, key in enumerate(ordered)}
    pairs = sorted(
        ((value, a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :] if (value := score(a, b)) >= threshold),
        key=lambda p: (-p[0], position[p[1]], position[p[2]]),
    )
    cluster_of = {key: i for i, key in enumerate(ordered)}
    members: dict[int, list[str]] = {i: [key] for i, key in enumerate(ordered)}
    for _, a, b in pairs:
        ca, cb = cluster_of[a], cluster_of[b]
        if ca == cb or any(veto(x, y) for x in members[ca] for y in members[cb]):
            continue
        keep, gone = min(ca, cb), max(ca, cb)
        for key in members[gone]:
            cluster_of[key] = keep
        members[keep].extend(members.pop(gone))
    return [sorted(group, key=position.__getitem__) for _, group in sorted(members.items())]
