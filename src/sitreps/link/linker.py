"""The incremental cross-document linker: mentions in, linked events out.

Requires documents whose ``events`` hold extracted (ideally resolved)
mentions; gives ``Event`` objects with consensus, contradictions and
originators. See docs/linking.md for the method and its measured accuracy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sitreps.link.assemble import Catalog, MentionSite, build_event, event_id_for
from sitreps.link.blocking import BlockIndex
from sitreps.link.clustering import CANNOT_LINK, ThresholdGraph, single_link_clusters
from sitreps.link.contributions import contributions_of
from sitreps.link.decisions import LinkDecision, apply_decisions
from sitreps.link.embedding import CachedEmbedder, Embedder, default_embedder
from sitreps.link.families import claim_types
from sitreps.link.nodes import UNDATED_LAST, LinkNode, document_nodes, event_node, report_time
from sitreps.link.originators import OriginDoc
from sitreps.link.pair_gates import spans_overlap
from sitreps.link.regroup import catalog_of
from sitreps.link.report_dates import in_lead, report_dates
from sitreps.link.scoring import CLAIM_WITHOUT_ACTOR, LINK_THRESHOLD, PairScore, score_pair
from sitreps.link.shingles import signature
from sitreps.link.toll_contradiction import tolls_contradict
from sitreps.models import Document, Event

Progress = Callable[[int], None]
"""Called with how many more documents are linked."""

BATCH_DOCUMENTS = 64
"""Documents linked per batch: one embedding call per batch (the model is fastest on batches of
tens of sentences), and progress reported after each."""


class Linker:
    """Links mentions into events as documents arrive; the result does not depend on arrival order.

    ``existing`` events (read back from the store) take part as single nodes
    until their documents are added again; ``decisions`` are applied after
    automatic linking every time events are read. ``embedder`` defaults to the
    packaged sentence model (``default_embedder``).
    """

    def __init__(
        self,
        existing: Iterable[Event] = (),
        decisions: Iterable[LinkDecision] = (),
        embedder: Embedder | None = None,
        threshold: float = LINK_THRESHOLD,
    ) -> None:
        self.threshold = threshold
        self.comparisons = 0
        self._decisions = list(decisions)
        self._embedder = CachedEmbedder(embedder) if embedder else None
        self._nodes: dict[str, LinkNode] = {}
        self._doc_nodes: dict[str, list[str]] = {}
        self._proxy_of: dict[str, str] = {}
        self._index = BlockIndex()
        self._graph = ThresholdGraph()
        self._scores: dict[str, dict[str, PairScore]] = {}
        self._cluster_of: dict[str, str] = {}
        self._clusters: dict[str, list[str]] = {}
        self.catalog = Catalog()
        self._load(list(existing))

    def add(self, document: Document) -> list[str]:
        """Link a document's mentions; returns the ids of the events they joined or created."""
        self.add_many([document])
        return self._event_ids([m.id for m in document.events])

    def add_many(self, documents: Iterable[Document], on_progress: Progress | None = None) -> None:
        """Link documents in batches of ``BATCH_DOCUMENTS``; ``on_progress(n)`` after each batch.

        The result is the same as adding them one by one. Sentences are embedded
        once per batch, in one call, and only for mentions that have another
        mention to be compared with (most reports of a large corpus share no block
        with any other and never need a vector).
        """
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) == BATCH_DOCUMENTS:
                self._add_batch(batch, on_progress)
                batch = []
        if batch:
            self._add_batch(batch, on_progress)

    def _add_batch(self, documents: list[Document], on_progress: Progress | None) -> None:
        fresh: list[LinkNode] = []
        for document in documents:
            self._drop_document(document.id)
            self._release([m.id for m in document.events])
            nodes = document_nodes(document)
            self._record(document)
            self._doc_nodes[document.id] = [n.key for n in nodes]
            fresh.extend(nodes)
        for node in fresh:
            self._nodes[node.key] = node
            self._index.add(node)
            self._graph.add(node.key)
        candidates = {node.key: sorted(self._index.candidates(node)) for node in fresh}
        needed = {key for key, others in candidates.items() if others}
        needed |= {other for others in candidates.values() for other in others}
        self._embed([self._nodes[k] for k in sorted(needed) if self._nodes[k].vector is None])
        for node in fresh:
            for other in candidates[node.key]:
                if self._score(node.key, other) >= self.threshold:
                    self._graph.link(node.key, other)
        for root in sorted({self._graph.find(node.key) for node in fresh}):
            self._recluster(root)
        if on_progress is not None:
            on_progress(len(documents))

    def events(self) -> list[Event]:
        """Every linked event, manual decisions applied, earliest report first."""
        groups: dict[str, list[str]] = {}
        for mention_id, cluster in self._partition().items():
            groups.setdefault(cluster, []).append(mention_id)
        return self.assemble(groups.values())

    def assemble(self, groups: Iterable[list[str]]) -> list[Event]:
        """Events built from given groups of mention ids (used to score consensus on gold clusters)."""
        built = [build_event(sorted(group), self.catalog) for group in groups if group]
        return sorted(built, key=lambda e: (e.first_reported or UNDATED_LAST, e.id))

    # --- building nodes ---

    def _load(self, existing: list[Event]) -> None:
        """Existing events become one node each, with their contributions and originators kept.

        They are not compared with each other (they were apart when stored), only
        with the mentions added later; their vectors are computed when first needed.
        """
        events = [event for event in existing if event.mentions]
        catalog_of(events, self.catalog)
        for event in events:
            node = event_node(event)
            for ref in event.mentions:
                self._proxy_of[ref.mention_id] = node.key
            self._nodes[node.key] = node
            self._index.add(node)
            self._graph.add(node.key)
            self._clusters[node.key] = [node.key]
            self._cluster_of[node.key] = node.key

    def _record(self, document: Document) -> None:
        """What assembling events needs to know about a document and its mentions."""
        reported = report_time(document) or None
        self.catalog.documents[document.id] = OriginDoc(
            document.id, reported or "", signature(document.text), frozenset()
        )
        self.catalog.report_dates.update(report_dates(document))
        for mention in document.events:
            contributions = contributions_of(mention)
            self.catalog.contributions[mention.id] = contributions
            self.catalog.sites[mention.id] = MentionSite(document.id, document.outlet, reported)
            self.catalog.codes[mention.id] = (mention.acled, mention.plover, mention.cameo)
            if mention.background:
                self.catalog.background.add(mention.id)
            if in_lead(document, mention):
                self.catalog.leads.add(mention.id)
            if any(c.field == "place" for c in contributions) and mention.place is not None:
                self.catalog.places[mention.id] = mention.place
            if any(c.field == "time" for c in contributions) and mention.time is not None:
                self.catalog.times[mention.id] = mention.time

    def _embed(self, nodes: list[LinkNode]) -> None:
        if not nodes:
            return
        if self._embedder is None:
            self._embedder = CachedEmbedder(default_embedder())
        vectors = self._embedder([n.sentence for n in nodes] + [n.story for n in nodes])
        for node, vector, story in zip(nodes, vectors[: len(nodes)], vectors[len(nodes) :], strict=True):
            node.vector, node.story_vector = vector, story

    # --- linking ---

    def _pair(self, a: str, b: str) -> PairScore:
        """Pair score and its reasons, computed once per pair."""
        cached = self._scores.setdefault(a, {}).get(b)
        if cached is None:
            self.comparisons += 1
            cached = score_pair(self._nodes[a], self._nodes[b])
            self._scores[a][b] = cached
            self._scores.setdefault(b, {})[a] = cached
        return cached

    def _score(self, a: str, b: str) -> float:
        """Pair score in [0, 1] (``_pair``'s)."""
        return self._pair(a, b).score

    def _apart(self, a: str, b: str) -> bool:
        """Whether a pair keeps its two clusters apart (``PairScore.contradicts``)."""
        pair = self._pair(a, b)
        told = pair.gate == CLAIM_WITHOUT_ACTOR and (self._claim_told_with(a, b) or self._claim_told_with(b, a))
        return pair.contradicts(CANNOT_LINK, told) or tolls_contradict(self._nodes[a], self._nodes[b])

    def _claim_told_with(self, claim: str, report: str) -> bool:
        """Whether ``claim`` shares its sentence with a report of its own article that links to ``report``."""
        node = self._nodes[claim]
        if node.type not in claim_types() or node.document_id is None or node.sentence_span is None:
            return False
        return any(
            spans_overlap(self._nodes[k].sentence_span, node.sentence_span)
            and self._nodes[k].type not in claim_types()
            and self._score(k, report) >= self.threshold
            for k in self._doc_nodes.get(node.document_id, [])
            if k != claim and k != report and k in self._nodes
        )

    def _recluster(self, key: str) -> None:
        members = sorted(self._graph.component(key), key=lambda k: self._nodes[k].sort_key)
        for old in {self._cluster_of.get(k) for k in members}:
            self._clusters.pop(old or "", None)
        for cluster in single_link_clusters(members, self._score, self.threshold, self._apart):
            self._clusters[cluster[0]] = cluster
            for k in cluster:
                self._cluster_of[k] = cluster[0]

    # --- removal (a document added again, or an existing event's documents re-added) ---

    def _drop_document(self, document_id: str) -> None:
        keys = self._doc_nodes.pop(document_id, [])
        for key in keys:
            self.catalog.forget(key)
        self._remove_nodes(keys)

    def _release(self, mention_ids: list[str]) -> None:
        """Take re-added mentions out of the existing events that held them."""
        emptied = []
        for mention_id in mention_ids:
            proxy_key = self._proxy_of.pop(mention_id, None)
            if proxy_key is None:
                continue
            self.catalog.forget(mention_id)
            proxy = self._nodes[proxy_key]
            proxy.mention_ids = tuple(m for m in proxy.mention_ids if m != mention_id)
            if not proxy.mention_ids:
                emptied.append(proxy_key)
        self._remove_nodes(emptied)

    def _remove_nodes(self, keys: list[str]) -> None:
        if not keys:
            return
        for key in keys:
            self._index.remove(self._nodes.pop(key))
            for other in self._scores.pop(key, {}):
                self._scores.get(other, {}).pop(key, None)
            self._clusters.pop(self._cluster_of.pop(key, ""), None)
        for root in self._graph.remove(keys):
            self._recluster(root)

    # --- reading results ---

    def _partition(self) -> dict[str, str]:
        """Mention id -> cluster key, decisions applied."""
        partition = {
            m: cluster
            for cluster, keys in self._clusters.items()
            for k in keys
            for m in self._nodes[k].mention_ids
        }
        return apply_decisions(partition, self._decisions)

    def _event_ids(self, mention_ids: list[str]) -> list[str]:
        if self._decisions:
            partition = self._partition()
            clusters = {partition[m] for m in mention_ids}
            groups = [[m for m, c in partition.items() if c == cluster] for cluster in clusters]
        else:
            keys = {self._cluster_of[m] for m in mention_ids}
            groups = [[m for k in self._clusters[key] for m in self._nodes[k].mention_ids] for key in keys]
        return sorted({event_id_for(self._earliest(group)) for group in groups})

    def _earliest(self, mention_ids: list[str]) -> str:
        sites = self.catalog.sites
        return min(mention_ids, key=lambda m: (sites[m].reported or UNDATED_LAST, m))
