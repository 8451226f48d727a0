"""Scoring cross-document linking on the gold set (benchmarks/gold/linking/).

The gold set holds documents with hand-built mentions (so linking is scored
independently of extraction) and, per gold event, the contradictions and the
number of independent originators an analyst expects. Scores:

- B-cubed precision, recall and F1 of the clustering of gold mentions, on the
  dev split (used to choose the threshold), the test split, and both;
- contradiction precision and recall: (event, field) pairs flagged on the gold
  clusters against the annotated ones;
- originator accuracy: share of gold events whose originator count is right;
- over-merge cases held apart: share of the annotated look-alike pairs (two strikes
  of one day in one region, two strikes in one city, a desertion days after a
  defection: ``apart_from`` in events.jsonl) that no linked event joins.

    python -m sitreps.evaluate.linking [--explain]

``--explain`` also prints, for every gold event left in several predicted events
and every look-alike pair merged, the strongest pair across and why it scored so.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitreps.evaluate.metrics import Tally, gold_dir
from sitreps.link.embedding import CachedEmbedder, Embedder, default_embedder
from sitreps.link.explain import explain_pair, nodes_of
from sitreps.link.linker import Linker
from sitreps.link.scoring import LINK_THRESHOLD, score_pair
from sitreps.models import (
    ActorMention,
    Attribution,
    Count,
    Document,
    DocumentStatus,
    EventMention,
    Place,
    Span,
    TimeRef,
)

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


@dataclass(frozen=True)
class LinkingGold:
    """Documents with gold mentions, each mention's event key, and the per-event annotations."""

    documents: list[Document]
    event_of: dict[str, str]
    events: dict[str, dict[str, Any]]

    def split(self, name: str) -> LinkingGold:
        """The documents (and mentions) of the gold events of one split ("dev", "test", "all")."""
        if name == "all":
            return self
        keys = {k for k, e in self.events.items() if e["split"] == name}
        docs = [d for d in self.documents if any(self.event_of[m.id] in keys for m in d.events)]
        mentions = {m.id for d in docs for m in d.events}
        return LinkingGold(
            docs,
            {m: k for m, k in self.event_of.items() if m in mentions},
            {k: e for k, e in self.events.items() if k in keys},
        )


def load_gold(folder: Path | None = None) -> LinkingGold:
    """Read documents.jsonl and events.jsonl into documents with ``EventMention`` objects."""
    folder = folder or gold_dir("linking")
    documents, event_of = [], {}
    for record in _jsonl(folder / "documents.jsonl"):
        document = gold_document(record)
        documents.append(document)
        for mention, spec in zip(document.events, record["mentions"], strict=True):
            event_of[mention.id] = spec["event_key"]
    events = {e["event_key"]: e for e in _jsonl(folder / "events.jsonl")}
    return LinkingGold(documents, event_of, events)


def gold_document(record: dict[str, Any]) -> Document:
    """A processed document whose mentions are the hand-built gold mentions of the record."""
    text = record["text"]
    mentions = [_mention(record["id"], i, text, spec) for i, spec in enumerate(record["mentions"])]
    return Document(
        id=record["id"],
        outlet=record["outlet"],
        title=record["title"],
        published_at=record["published_at"],
        text=text,
        language="en",
        status=DocumentStatus.PROCESSED,
        events=mentions,
    )


def _mention(doc_id: str, index: int, text: str, spec: dict[str, Any]) -> EventMention:
    """A gold mention; the trigger span comes from its stored offset, every other value is
    evidenced by the sentence around the trigger (the gold set stores no other offsets)."""
    start = spec["trigger_start"]
    trigger = Span.of(text, start, start + len(spec["trigger"]))
    if trigger.text != spec["trigger"]:
        raise ValueError(f"{doc_id}: trigger offset {start} does not hold {spec['trigger']!r}")
    sentence = _sentence_around(text, trigger.start, trigger.end)
    place, time, source = spec.get("place"), spec.get("time"), spec.get("attribution")
    return EventMention(
        id=f"{doc_id}:m{index}",
        type=spec["type"],
        acled=None,
        plover=None,
        cameo=None,
        trigger=trigger,
        sentence=sentence,
        actors=[ActorMention(**a, evidence=[sentence]) for a in spec["actors"]],
        counts=[Count(**c, evidence=[sentence]) for c in spec["counts"]],
        place=Place(text=place["name"], **place, evidence=[sentence]) if place else None,
        time=TimeRef(**time, evidence=[sentence]) if time else None,
        modality=spec["modality"],
        attribution=Attribution(**source, evidence=[sentence]) if source else None,
        confidence=1.0,
    )


def _sentence_around(text: str, start: int, end: int) -> Span:
    """The sentence holding a trigger: from after the previous sentence end to the next one."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    after = _SENTENCE_END.search(text, end)
    finish = after.end() if after else len(text)
    while begin < start and text[begin].isspace():
        begin += 1
    return Span.of(text, begin, finish)


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering (mention -> cluster) against gold."""
    pred_groups, gold_groups = _groups(predicted), _groups(gold)
    precision = recall = 0.0
    for mention in gold:
        mine, truth = pred_groups[predicted[mention]], gold_groups[gold[mention]]
        shared = len(mine & truth)
        precision += shared / len(mine)
        recall += shared / len(truth)
    p, r = precision / len(gold), recall / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _groups(assignment: dict[str, str]) -> dict[str, set[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for mention, cluster in assignment.items():
        groups[cluster].add(mention)
    return groups


def link_gold(gold: LinkingGold, embedder: Embedder, threshold: float = LINK_THRESHOLD) -> dict[str, str]:
    """Mention id -> predicted event id after linking the gold documents."""
    linker = Linker(embedder=embedder, threshold=threshold)
    for document in gold.documents:
        linker.add(document)
    return {ref.mention_id: event.id for event in linker.events() for ref in event.mentions}


def held_apart(gold: LinkingGold, predicted: dict[str, str]) -> float:
    """Share of annotated look-alike event pairs whose mentions share no predicted event."""
    clusters: dict[str, set[str]] = defaultdict(set)
    for mention, cluster in predicted.items():
        clusters[gold.event_of[mention]].add(cluster)
    pairs = {tuple(sorted((k, o))) for k, e in gold.events.items() for o in e.get("apart_from", [])}
    if not pairs:
        return 1.0
    return sum(not (clusters[a] & clusters[b]) for a, b in pairs) / len(pairs)


def consensus_scores(gold: LinkingGold, embedder: Embedder) -> dict[str, float]:
    """Contradiction precision/recall and originator accuracy, measured on the gold clusters."""
    linker = Linker(embedder=embedder)
    for document in gold.documents:
        linker.add(document)
    by_key: dict[str, list[str]] = defaultdict(list)
    for mention, key in gold.event_of.items():
        by_key[key].append(mention)
    tally, right = Tally(), 0
    for key, mentions in sorted(by_key.items()):
        (event,) = linker.assemble([mentions])
        flagged = {f.field for f in event.fields if f.contradiction}
        expected = set(gold.events[key]["contradictions"])
        tally.add(Tally(len(flagged & expected), len(flagged - expected), len(expected - flagged)))
        right += event.n_originators == gold.events[key]["originators"]
    return {
        "contradiction_precision": tally.precision,
        "contradiction_recall": tally.recall,
        "originator_accuracy": right / len(by_key),
    }


SPLITS = ("dev", "test", "all")


def score(embedder: Embedder | None = None, splits: Iterable[str] = SPLITS) -> dict[str, float]:
    """All linking scores; the embedder defaults to the packaged sentence model."""
    shared = CachedEmbedder(embedder or default_embedder())
    gold = load_gold()
    scores: dict[str, float] = {}
    for name in splits:
        part = gold.split(name)
        predicted = link_gold(part, shared)
        p, r, f = bcubed(predicted, part.event_of)
        scores.update({f"{name}_bcubed_precision": p, f"{name}_bcubed_recall": r, f"{name}_bcubed_f1": f})
        if name == "all":
            scores["overmerge_held_apart"] = held_apart(part, predicted)
    scores.update(consensus_scores(gold, shared))
    return scores


def explain(embedder: Embedder | None = None) -> list[str]:
    """For each gold event split across predicted events, and each look-alike pair merged, the
    strongest pair of mentions between the parts and why it scored as it did."""
    shared = CachedEmbedder(embedder or default_embedder())
    gold = load_gold()
    predicted = link_gold(gold, shared)
    nodes = nodes_of(gold.documents, shared)
    by_key: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for mention, key in gold.event_of.items():
        by_key[key][predicted[mention]].append(mention)
    lines: list[str] = []
    for key, parts in sorted(by_key.items()):
        groups = list(parts.values())
        for i, left in enumerate(groups):
            for right in groups[i + 1 :]:
                lines.append(f"{key} split ({gold.events[key]['description']}):")
                lines.append(_strongest(left, right, nodes))
    for key, event in sorted(gold.events.items()):
        for other in event.get("apart_from", []):
            mine, theirs = _mentions(gold, key), _mentions(gold, other)
            if key < other and {predicted[m] for m in mine} & {predicted[m] for m in theirs}:
                lines.append(f"{key} merged with look-alike {other}:")
                lines.append(_strongest(mine, theirs, nodes))
    return lines


def _mentions(gold: LinkingGold, key: str) -> list[str]:
    return [m for m, k in gold.event_of.items() if k == key]


def _strongest(left: list[str], right: list[str], nodes: dict[str, Any]) -> str:
    a, b = max(((x, y) for x in left for y in right), key=lambda p: score_pair(nodes[p[0]], nodes[p[1]]).score)
    return explain_pair(nodes[a], nodes[b])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--explain", action="store_true", help="why split gold events and merged look-alikes scored so")
    args = parser.parse_args()
    for name, value in score().items():
        print(f"{name:32} {value:.3f}")
    if args.explain:
        print("\n".join(explain()) or "every gold event is one predicted event; no look-alike merged")


if __name__ == "__main__":
    main()
