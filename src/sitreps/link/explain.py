"""Why two reports were or were not linked: their linking features side by side and the pair's score.

For developers and analysts checking a split event or a wrong merge: it rebuilds
the nodes the linker compares (``mention_node``, vectors from the given
embedder) and prints, per pair, each side's type, place, time window and actors,
then the gate that ruled the pair out or the weighted terms of its score.
"""

from __future__ import annotations

from collections.abc import Iterable

from sitreps.link.embedding import Embedder
from sitreps.link.nodes import LinkNode, document_nodes
from sitreps.link.scoring import LINK_THRESHOLD, score_pair
from sitreps.models import Document


def nodes_of(documents: Iterable[Document], embedder: Embedder) -> dict[str, LinkNode]:
    """Mention id -> its linking node, sentence and story vectors filled in (one embedding call)."""
    nodes = {n.key: n for d in documents for n in document_nodes(d)}
    ordered = list(nodes.values())
    vectors = embedder([n.sentence for n in ordered] + [n.story for n in ordered])
    for node, vector, story in zip(ordered, vectors[: len(ordered)], vectors[len(ordered) :], strict=True):
        node.vector, node.story_vector = vector, story
    return nodes


def describe(node: LinkNode) -> str:
    """One line of a node's linking features."""
    place = node.place
    where = f"{place.name} ({place.country}, {place.precision.value})" if place is not None else "no place"
    window = f"{node.window[0]}..{node.window[1]}" if node.window is not None else "any time"
    flags = " ".join(f for f, on in (("lead", node.lead), ("doubtful-place", not node.place_confident)) if on)
    actors = ", ".join(sorted(node.actors)) or "no actors"
    return f"{node.type} [{node.family}] at {where}, {window}, article in {node.where or '?'}; {actors} {flags}".strip()


def explain_pair(a: LinkNode, b: LinkNode, threshold: float = LINK_THRESHOLD) -> str:
    """Both sides and the verdict: the gate, or the score with its non-zero terms."""
    scored = score_pair(a, b)
    if scored.gate is not None:
        verdict = f"gate: {scored.gate}"
    else:
        terms = " ".join(f"{name} {value:+.3f}" for name, value in scored.terms if value)
        side = "links" if scored.score >= threshold else "below"
        verdict = f"score {scored.score:.3f} ({side} {threshold}): {terms}"
    return f"  {describe(a)}\n  {describe(b)}\n  -> {verdict}"
