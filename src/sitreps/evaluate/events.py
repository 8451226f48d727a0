"""Scoring event extraction on the gold set (benchmarks/gold/events/{dev,heldout}.jsonl).

An extracted mention matches a gold event of the same item and type, preferring
one whose trigger overlaps. Arguments, counts, places and times are scored on
character overlap with the gold strings, so the score says whether sitreps
found the right words, not whether it paraphrased them.

    python -m sitreps.evaluate.events [--split heldout|dev|all] [--extractor rules|model|hybrid]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sitreps import pipeline
from sitreps.evaluate.metrics import Tally, gold_dir, macro_f1
from sitreps.extract.candidates import DEFAULT_EXTRACTOR, EXTRACTOR_ENV, EXTRACTORS
from sitreps.extract.implied_actors import IMPLIED_FLAG
from sitreps.ingest import document_id
from sitreps.models import Document, DocumentStatus, EventMention

Range = tuple[int, int]


@dataclass
class Scores:
    """Tallies per type, per argument role and per field, plus agreement counts on matched events."""

    types: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    roles: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    counts: Tally = field(default_factory=Tally)
    modality_right: int = 0
    place: Tally = field(default_factory=Tally)
    time: Tally = field(default_factory=Tally)
    matched: int = 0


def _find(text: str, needle: str | None) -> Range | None:
    if not needle:
        return None
    start = text.find(needle)
    return (start, start + len(needle)) if start >= 0 else None


def _overlaps(a: Range | None, b: Range | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def load_gold(split: str) -> list[dict[str, Any]]:
    """Gold items of one split ("dev", "heldout") or of both ("all")."""
    folder = gold_dir("events")
    names = ["dev", "heldout"] if split == "all" else [split]
    items: list[dict[str, Any]] = []
    for name in names:
        with (folder / f"{name}.jsonl").open(encoding="utf-8") as handle:
            items.extend(json.loads(line) for line in handle if line.strip())
    return items


def _document(item: dict[str, Any]) -> Document:
    return Document(id=document_id(item["text"]), text=item["text"], published_at=item.get("published_at"),
                    language="en", status=DocumentStatus.PENDING)


def _match(gold_events: list[dict[str, Any]], predicted: list[EventMention], text: str
           ) -> list[tuple[dict[str, Any], EventMention]]:
    pairs, free = [], list(predicted)
    for gold in gold_events:
        same_type = [m for m in free if m.type == gold["type"]]
        trigger = _find(text, gold.get("trigger"))
        overlapping = [m for m in same_type if _overlaps((m.trigger.start, m.trigger.end), trigger)]
        candidates = overlapping or same_type
        if candidates:
            chosen = candidates[0]
            pairs.append((gold, chosen))
            free.remove(chosen)
    return pairs


def _score_arguments(scores: Scores, text: str, gold: dict[str, Any] | None, mention: EventMention | None) -> None:
    gold_args = [(a["role"], _find(text, a["text"])) for a in (gold or {}).get("actors", [])]
    # The gold marks the span that names each argument; a crowd the event type implies names none (its
    # evidence is the trigger), so it is no span claim to score (``extract.implied_actors``).
    named = [a for a in (mention.actors if mention else []) if a.review_flag != IMPLIED_FLAG]
    predicted = [(a.role.value, (a.evidence[0].start, a.evidence[0].end)) for a in named]
    for role, rng in predicted:
        hit = next((g for g in gold_args if g[0] == role and _overlaps(g[1], rng)), None)
        if hit:
            gold_args.remove(hit)
            scores.roles[role].tp += 1
        else:
            scores.roles[role].fp += 1
    for role, _ in gold_args:
        scores.roles[role].fn += 1


def _score_counts(scores: Scores, gold: dict[str, Any] | None, mention: EventMention | None) -> None:
    gold_counts = [(c["what"], c.get("value"), c.get("low")) for c in (gold or {}).get("counts", [])]
    for count in mention.counts if mention else []:
        key = (count.what, count.value, count.low)
        if key in gold_counts:
            gold_counts.remove(key)
            scores.counts.tp += 1
        else:
            scores.counts.fp += 1
    scores.counts.fn += len(gold_counts)


def _score_field(tally: Tally, gold_range: Range | None, predicted: Range | None) -> None:
    if predicted and _overlaps(gold_range, predicted):
        tally.tp += 1
        return
    if predicted:
        tally.fp += 1
    if gold_range:
        tally.fn += 1


def score_items(items: list[dict[str, Any]], extractor: str | None = None) -> Scores:
    """Run the whole pipeline (with ``extractor``, default the configured one) over gold items; tally every field."""
    scores = Scores()
    documents = list(pipeline.process([_document(i) for i in items], extractor=extractor))
    for item, document in zip(items, documents, strict=True):
        text, gold_events = item["text"], item.get("events", [])
        pairs = _match(gold_events, document.events, text)
        matched_gold = [id(g) for g, _ in pairs]
        matched_pred = {m.id for _, m in pairs}
        for gold, mention in pairs:
            scores.types[gold["type"]].tp += 1
            scores.matched += 1
            scores.modality_right += gold.get("modality", "reported") == mention.modality.value
            _score_field(scores.place, _find(text, gold.get("place")),
                         (mention.place.evidence[0].start, mention.place.evidence[0].end) if mention.place else None)
            time_ev = mention.time.evidence[0] if mention.time and mention.time.start else None
            _score_field(scores.time, _find(text, gold.get("time")), (time_ev.start, time_ev.end) if time_ev else None)
        for gold in gold_events:
            if id(gold) not in matched_gold:
                scores.types[gold["type"]].fn += 1
        for mention in document.events:
            if mention.id not in matched_pred:
                scores.types[mention.type].fp += 1
        for gold, mention in pairs:
            _score_arguments(scores, text, gold, mention)
            _score_counts(scores, gold, mention)
        for gold in gold_events:
            if id(gold) not in matched_gold:
                _score_arguments(scores, text, gold, None)
                _score_counts(scores, gold, None)
        for mention in document.events:
            if mention.id not in matched_pred:
                _score_arguments(scores, text, None, mention)
                _score_counts(scores, None, mention)
    return scores


def summary(scores: Scores) -> dict[str, float]:
    """The headline figures the CI floors guard."""
    micro = Tally()
    for tally in scores.types.values():
        micro.add(tally)
    roles = Tally()
    for tally in scores.roles.values():
        roles.add(tally)
    return {
        "type_micro_precision": micro.precision,
        "type_micro_recall": micro.recall,
        "type_micro_f1": micro.f1,
        "type_macro_f1": macro_f1(scores.types),
        "argument_micro_f1": roles.f1,
        "count_f1": scores.counts.f1,
        "modality_accuracy": scores.modality_right / scores.matched if scores.matched else 0.0,
        "place_f1": scores.place.f1,
        "time_f1": scores.time.f1,
    }


def score(split: str = "heldout", extractor: str | None = None) -> dict[str, float]:
    """Headline figures on one split of the gold set."""
    return summary(score_items(load_gold(split), extractor))


def report(scores: Scores) -> str:
    """A Markdown table per type and per argument role, then the headline figures."""
    lines = ["| type | P | R | F1 | gold |", "|---|---|---|---|---|"]
    for name, tally in sorted(scores.types.items()):
        gold = tally.tp + tally.fn
        lines.append(f"| {name} | {tally.precision:.2f} | {tally.recall:.2f} | {tally.f1:.2f} | {gold} |")
    lines += ["", "| argument | P | R | F1 |", "|---|---|---|---|"]
    for name, tally in sorted(scores.roles.items()):
        lines.append(f"| {name} | {tally.precision:.2f} | {tally.recall:.2f} | {tally.f1:.2f} |")
    lines += [f"| counts | {scores.counts.precision:.2f} | {scores.counts.recall:.2f} | {scores.counts.f1:.2f} |",
              f"| place | {scores.place.precision:.2f} | {scores.place.recall:.2f} | {scores.place.f1:.2f} |",
              f"| time | {scores.time.precision:.2f} | {scores.time.recall:.2f} | {scores.time.f1:.2f} |", ""]
    lines += [f"- {name}: {value:.3f}" for name, value in summary(scores).items()]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="heldout", choices=["dev", "heldout", "all"])
    parser.add_argument("--extractor", default=None, choices=list(EXTRACTORS),
                        help=f"rules, model or hybrid (default: ${EXTRACTOR_ENV}, else {DEFAULT_EXTRACTOR})")
    args = parser.parse_args()
    print(report(score_items(load_gold(args.split), args.extractor)))


if __name__ == "__main__":
    main()
