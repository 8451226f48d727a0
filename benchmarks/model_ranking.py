"""How often a model artifact ranks a gold type first, on gold dev event sentences or real-news dev anchors.

    python benchmarks/model_ranking.py /tmp/no-golddev.npz [/tmp/no-golddev-novec.npz ...]
    python benchmarks/model_ranking.py --anchors /tmp/no-realnews.npz [...]

Score models trained without the sentences scored (``sitreps train --leave-out gold-dev``, or
``--leave-out realnews-dev`` with ``--anchors``, which reads ``../shared/realnews-dev``'s dev
articles only): the figure is how well the model alone generalises to sentences it never saw,
beside the hybrid figures of the evaluators. Prints, per artifact, the share of sentences whose
top type is one of their gold types, the share whose gold type is among the top three, and the
mean time to score one sentence.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from sitreps.extract.model import read_model
from sitreps.train.data import gold_dev, realnews_dev_anchors, splitter

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("models", nargs="+", type=Path)
    parser.add_argument("--anchors", action="store_true", help="score the real-news dev anchors instead")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    tokenizer = splitter().tokenizer
    examples = (realnews_dev_anchors(args.shared / "realnews-dev", ROOT / "benchmarks" / "realnews" / "split.json")
                if args.anchors else gold_dev(ROOT))
    events = [(e, [t.text for t in tokenizer(e.text)]) for e in examples if e.types]
    if not events:
        raise SystemExit("no sentences to score: is ../shared/realnews-dev there?")
    for path in args.models:
        model = read_model(path)
        top1 = top3 = 0
        started = time.perf_counter()
        for example, tokens in events:
            order = np.argsort(-model.probabilities(tokens))
            ranked = [model.types[i] for i in order[:3]]
            top1 += ranked[0] in example.types
            top3 += any(t in example.types for t in ranked)
        per_sentence = (time.perf_counter() - started) / len(events) * 1e3
        print(f"{path}: vectors {'yes' if model.vectors is not None else 'no'}; {len(events)} event sentences; "
              f"top-1 {top1 / len(events):.3f}, top-3 {top3 / len(events):.3f}; {per_sentence:.2f} ms a sentence")


if __name__ == "__main__":
    main()
