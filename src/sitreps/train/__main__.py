"""Retrain the event model from its sources and write the artifact the pipeline loads.

    python -m sitreps.train [--repo .] [--shared ../shared] [--out src/sitreps/data/models/events.npz]
                            [--seed 14] [--limit N] [--epochs N] [--leave-out SOURCE ...]

``--limit`` trains on the first N sentences (after a seeded shuffle; the tests use it);
``--leave-out gold-dev`` leaves the gold dev split out, which is how the hybrid's thresholds
were chosen on dev without the model having seen it (``--leave-out realnews-dev`` likewise
for the real-news dev figures).
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import numpy as np

from sitreps.extract.features import sentence_features
from sitreps.extract.model import save_model
from sitreps.extract.taxonomy import load_taxonomy
from sitreps.train.data import SEED, SOURCES, gather, splitter
from sitreps.train.fit import fit

DEFAULT_OUT = Path("src/sitreps/data/models/events.npz")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repo", type=Path, default=Path("."), help="repository root (benchmarks/ inside)")
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="folder with training/, realnews-dev/")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--limit", type=int, default=None, help="train on this many sentences only")
    parser.add_argument("--epochs", type=int, default=None)
    parser.add_argument("--leave-out", action="append", default=[], choices=list(SOURCES),
                        help="train without this source (repeatable)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    examples = [e for e in gather(args.repo, args.shared) if e.source not in args.leave_out]
    random.Random(args.seed).shuffle(examples)
    examples = examples[:args.limit] if args.limit else examples
    types = sorted(load_taxonomy().types)
    index = {t: i for i, t in enumerate(types)}
    labels = np.zeros((len(examples), len(types)), dtype=np.float32)
    for row, example in enumerate(examples):
        labels[row, [index[t] for t in example.types]] = 1.0
    tokenizer = splitter().tokenizer
    features = [sentence_features([t.text for t in tokenizer(e.text)]) for e in examples]
    fitted = fit(features, labels, args.seed, **({"epochs": args.epochs} if args.epochs else {}))
    sources = sorted({e.source for e in examples})
    meta = {"seed": args.seed, "sentences": len(examples), "sources": sources,
            "left_out": sorted(args.leave_out)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    save_model(args.out, types, fitted.weights, fitted.bias, meta)
    size_mb = args.out.stat().st_size / 1e6
    print(f"trained on {len(examples)} sentences ({', '.join(sources)}) in {time.monotonic() - started:.0f} s; "
          f"wrote {args.out} ({size_mb:.1f} MB)")


if __name__ == "__main__":
    main()
