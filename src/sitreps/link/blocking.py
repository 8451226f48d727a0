"""Candidate blocking: a mention is only compared with mentions of its type groups, week and country.

Comparing all pairs grows with the square of the corpus. Every node is filed
under (group, week bucket) for each linkable group of its type
(``data/link_groups.yaml``) and each week its time window touches, and within
that under its country; a node is compared only with nodes sharing a block,
where an unknown country matches every country. The number of comparisons per
node then depends on how many reports one week and country hold, not on the
size of the corpus.
"""

from __future__ import annotations

from sitreps.link.nodes import LinkNode
from sitreps.link.windows import Window

BUCKET_DAYS = 7
"""Width of a time bucket. Windows run from 5 days (a dated report, ±2) to about 2 months, so a node
sits in 1 to 10 buckets; narrower buckets multiply index entries, wider ones multiply comparisons."""

NO_WINDOW = -1
"""Bucket of nodes with no time at all (no stated time, no publication date). Such a node may be
any event of its groups: it is compared with every node of its groups, and they with it."""

BlockKey = tuple[str, int]


def buckets(window: Window | None) -> range:
    """The week buckets a time window touches."""
    if window is None:
        return range(NO_WINDOW, NO_WINDOW + 1)
    return range(window[0].toordinal() // BUCKET_DAYS, window[1].toordinal() // BUCKET_DAYS + 1)


class BlockIndex:
    """Node keys filed by (group, bucket) and then by country (None for unknown)."""

    def __init__(self) -> None:
        self._blocks: dict[BlockKey, dict[str | None, set[str]]] = {}
        self._buckets: dict[str, set[int]] = {}

    def add(self, node: LinkNode) -> None:
        for key in _keys(node):
            block = self._blocks.setdefault(key, {})
            block.setdefault(node.country, set()).add(node.key)
            self._buckets.setdefault(key[0], set()).add(key[1])

    def remove(self, node: LinkNode) -> None:
        for key in _keys(node):
            self._blocks.get(key, {}).get(node.country, set()).discard(node.key)

    def candidates(self, node: LinkNode) -> set[str]:
        """Keys of the other nodes sharing a block with this one."""
        found: set[str] = set()
        for key in self._search_keys(node):
            block = self._blocks.get(key)
            if not block:
                continue
            if node.country is None:
                for keys in block.values():
                    found.update(keys)
            else:
                found.update(block.get(node.country, ()))
                found.update(block.get(None, ()))
        found.discard(node.key)
        return found

    def _search_keys(self, node: LinkNode) -> list[BlockKey]:
        """The node's own blocks and its groups' undated block; every block of its groups when undated."""
        if node.window is None:
            return [(g, b) for g in sorted(node.groups) for b in sorted(self._buckets.get(g, ()))]
        return _keys(node) + [(g, NO_WINDOW) for g in sorted(node.groups)]


def _keys(node: LinkNode) -> list[BlockKey]:
    return [(group, bucket) for group in sorted(node.groups) for bucket in buckets(node.window)]
