"""Does a learned pair score decide "one incident or two" within one article better than the rules?

Runs the whole pipeline on the real-news dev split (as ``python -m sitreps.evaluate.realnews`` does)
while recording, per article, the mentions handed to ``extract.consolidate`` (the ``Told`` items)
and the incidents it made of them. Every two mentions of one article whose triggers both lie in
gold anchors make a pair, labelled by gold: one gold event (should merge) or none shared (should
stay apart); mentions matched to no gold event are left out. For each pair it prints:

* the rules' verdict: the two ended in one incident (``consolidate``'s grouping);
* a logistic-regression pair score over general features (type kind, place agreement, day
  agreement, initiators, figures, sentence distance, headline/lead position, anaphora, binding,
  shared trigger word), scored by cross-validation grouped by article (no article is in the
  training folds of its own pairs), read at the threshold that over-merges as many negative
  pairs as the rules do, and at its own best F1.

The comparison decides whether a learned score should replace or back the rules (round 11,
issue #13). Dev split only.

    python benchmarks/retelling_pairs.py [--set ../shared/realnews-dev] [--seed 0]
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

import sitreps.extract.incidents as incidents_module
from sitreps.evaluate.realnews import run_pipeline
from sitreps.evaluate.realnews_gold import GoldSet, load_split
from sitreps.extract.agreement import (
    days,
    figures_agree,
    initiators_agree,
    is_local,
    places_agree,
    same_spot,
)
from sitreps.extract.incident_kinds import host_type, type_kind
from sitreps.extract.retelling import Told, can_retell
from sitreps.models import EventMention, Role

FOLDS = 5
# Pairs further apart than this many characters count as "far" (about five news sentences).
FAR_CHARS = 800


@dataclass(frozen=True)
class Recorded:
    """One article's call of ``consolidate``: the mentions in text order, and which incident each ended in."""

    text_hash: str
    told: list[Told]
    incident_of: list[int]


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def record_calls() -> list[Recorded]:
    """Wrap ``consolidate`` as ``extract.incidents`` calls it, keeping each call's told items and grouping.
    A call is matched to its article afterwards: every trigger's text must lie at its offsets there."""
    calls: list[Recorded] = []
    original = incidents_module.consolidate

    def recording(told: Sequence[Told], retype: incidents_module.Callable[..., EventMention]) -> list[EventMention]:
        merged = original(told, retype)
        starts = [{m.trigger.start, *(s.start for s in m.retellings)} for m in merged]
        incident_of = [next((i for i, s in enumerate(starts) if t.mention.trigger.start in s), -1) for t in told]
        key = "|".join(f"{t.mention.trigger.start}:{t.mention.trigger.text}" for t in told)
        calls.append(Recorded(_hash(key), list(told), incident_of))
        return merged

    incidents_module.consolidate = recording
    return calls


def gold_of(told: Told, text: str, anchors: list[tuple[str, list[tuple[int, int]]]]) -> frozenset[str]:
    span = (told.mention.trigger.start, told.mention.trigger.end)
    if text[span[0]:span[1]] != told.mention.trigger.text:
        return frozenset()
    return frozenset(gid for gid, ranges in anchors if any(span[0] < e and s < span[1] for s, e in ranges))


def features(a: Told, b: Told) -> list[float]:
    """General features of two mentions of one article, ``a`` told first."""
    first, later = a.mention, b.mention
    da, db = days(first.time), days(later.time)
    init_a = any(x.role is Role.INITIATOR for x in first.actors)
    init_b = any(x.role is Role.INITIATOR for x in later.actors)
    distance = later.trigger.start - first.trigger.start
    places_local = first.place is not None and later.place is not None and is_local(first.place) \
        and is_local(later.place)
    return [
        float(first.type == later.type),
        float(type_kind(first.type) == type_kind(later.type)),
        float(host_type(first.type, later.type) is not None),
        float(first.place is None or later.place is None),
        float(places_agree(first.place, later.place)),
        float(places_local and places_agree(first.place, later.place)),
        float(same_spot(first.place, later.place)),
        float(da is None or db is None),
        float(da is not None and da == db),
        float(da is not None and db is not None and da != db),
        float(init_a and init_b),
        float(initiators_agree(first, later)),
        float(figures_agree(first, later, a.lead)),
        float(bool(first.counts) and bool(later.counts)),
        float(first.sentence.start == later.sentence.start),
        float(distance > FAR_CHARS),
        float(a.lead),
        float(b.lead),
        float(b.anaphoric),
        float(b.fresh),
        float(a.head in b.bound),
        float(a.head in b.sequenced),
        float(first.trigger.text.lower() == later.trigger.text.lower()),
        float(first.background != later.background),
        float(b.opening_place is not None),
        float(can_retell(first, b, a.lead, a.head in b.bound)),
    ]


def pairs(calls: list[Recorded], gold: GoldSet, texts: dict[str, str]
          ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels, the rules' verdicts and article groups of every gold-matched pair."""
    rows, labels, rules, groups = [], [], [], []
    by_key = {c.text_hash: c for c in calls}
    for index, (article, text) in enumerate(sorted(texts.items())):
        anchors = [(e.id, [(text.find(n), text.find(n) + len(n)) for n in e.anchors[article] if text.find(n) >= 0])
                   for e in gold.events if article in e.anchors]
        for call in by_key.values():
            ids = [gold_of(t, text, anchors) for t in call.told]
            if not call.told or any(text[t.mention.trigger.start:t.mention.trigger.end] != t.mention.trigger.text
                                    for t in call.told):
                continue
            for i, a in enumerate(call.told):
                for j in range(i + 1, len(call.told)):
                    if not ids[i] or not ids[j]:
                        continue
                    rows.append(features(a, call.told[j]))
                    labels.append(bool(ids[i] & ids[j]))
                    rules.append(call.incident_of[i] == call.incident_of[j] != -1)
                    groups.append(index)
    return np.array(rows), np.array(labels), np.array(rules), np.array(groups)


def cross_validated(x: np.ndarray, y: np.ndarray, groups: np.ndarray, seed: int) -> np.ndarray:
    scores = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        model = LogisticRegression(C=1.0, max_iter=1000, random_state=seed).fit(x[train], y[train])
        scores[test] = model.predict_proba(x[test])[:, 1]
    return scores


def _figures(merge: np.ndarray, y: np.ndarray) -> str:
    tp = int((merge & y).sum())
    fp = int((merge & ~y).sum())
    fn = int((~merge & y).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (f"merged-right {tp:4d}  over-merged {fp:4d}  left-apart {fn:4d}  "
            f"P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    gold = load_split("dev", args.set)
    calls = record_calls()
    with tempfile.TemporaryDirectory() as tmp:
        _, articles = run_pipeline(gold, Path(tmp))
    texts = {key: info.document.text for key, info in articles.items() if info.document is not None}
    x, y, rules, groups = pairs(calls, gold, texts)
    print(f"{len(y)} gold-matched pairs in {len(set(groups.tolist()))} articles: {int(y.sum())} of one event")
    print(f"rules (consolidate)      {_figures(rules, y)}")
    print(f"can_retell pairwise      {_figures(x[:, -1].astype(bool), y)}")
    scores = cross_validated(x, y, groups, args.seed)
    over = int((rules & ~y).sum())
    negatives = np.sort(scores[~y])[::-1]
    at_equal = negatives[over] if over < len(negatives) else 0.0
    print(f"score @ rules' over-merge {_figures(scores > at_equal, y)}  (threshold {at_equal:.3f})")
    best = max(np.unique(scores), key=lambda t: _f1(scores >= t, y))
    print(f"score @ best F1          {_figures(scores >= best, y)}  (threshold {best:.3f})")
    both = rules | (scores > at_equal)
    print(f"rules OR score          {_figures(both, y)}")


def _f1(merge: np.ndarray, y: np.ndarray) -> float:
    tp = int((merge & y).sum())
    return 2 * tp / (int(merge.sum()) + int(y.sum())) if tp else 0.0


if __name__ == "__main__":
    main()
