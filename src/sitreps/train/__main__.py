"""Retrain the event model from its sources and write the artifact the pipeline loads.

    python -m sitreps.train [--repo .] [--shared ../shared] [--out src/sitreps/data/models/events.npz]
                            [--seed 14] [--limit N] [--epochs N] [--leave-out SOURCE ...]
                            [--vectors] [--frequent-words N]
    python -m sitreps.train --reader [--top-layers N] --out reader.npz [the same data options]
    python -m sitreps.train --merger [--shared ../shared] [--out src/sitreps/data/models/merger.npz] [--seed 22]

The same run as ``sitreps train`` (``sitreps.train.retrain``). ``--limit`` trains on the first
N sentences (after a seeded shuffle; the tests use it); ``--leave-out gold-dev`` leaves the gold
dev split out, which is how the hybrid's thresholds were chosen on dev without the model having
seen it (``--leave-out realnews-dev`` likewise for the real-news dev figures). ``--vectors``
also trains on word vectors distilled from MiniLM (``train.vectors``; needs ``sitreps[embeddings]``;
round 10 found no gain for the hybrid, so the packaged model has none); ``--frequent-words N`` adds
only the first N of MiniLM's own words to their vocabulary.

``--reader`` fine-tunes the MiniLM event reader instead (``train.reader``, ``extract.reader``; needs
``sitreps[embeddings]``) on the same sentences: the top ``--top-layers`` layers of the packaged encoder
and a head, written as a float16 delta that ``SITREPS_EVENT_READER`` points the pipeline at (an
option: round 26 measured it, docs/accuracy.md).

``--merger`` retrains the same-incident merger instead (``extract.same_incident``, ``train.merger``) on the
dev articles of the real-news set under ``--shared``/realnews-dev and of ``--repo``/benchmarks/gold/wire
(never a test split), prints its leave-articles-out cross-validation figures and writes it to ``--out``
(default ``src/sitreps/data/models/merger.npz``). It needs ``sitreps[embeddings]``: some of its features
are the sentence encoder's.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sitreps.train.data import SEED, SOURCES
from sitreps.train.fit import EPOCHS
from sitreps.train.merger import MERGER_OUT, CrossValidated, train_merger
from sitreps.train.merger import SEED as MERGER_SEED
from sitreps.train.merger_data import pairs_of, realnews_stories
from sitreps.train.reader import EPOCHS as READER_EPOCHS
from sitreps.train.reader import TOP_LAYERS, train_reader
from sitreps.train.retrain import DEFAULT_OUT, TrainOptions, TrainReport, retrain

WIRE_SET = Path("benchmarks/gold/wire")  # the merger's second set of dev articles, inside the repository


def summary(report: TrainReport) -> str:
    """The one line a run ends with."""
    return (f"trained on {report.sentences} sentences ({', '.join(report.sources)}) in {report.seconds:.0f} s; "
            f"wrote {report.out} ({report.size_mb:.1f} MB)")


def merger_summary(chosen: CrossValidated, out: Path) -> str:
    """The line a merger run ends with: its cross-validated choice and figures."""
    return (f"merger: {chosen.pairs} pairs ({chosen.positives} one incident); penalty {chosen.penalty}, threshold "
            f"{chosen.threshold}; out-of-fold log-loss {chosen.log_loss:.3f}, joins precision "
            f"{chosen.precision:.2f} recall {chosen.recall:.2f}; wrote {out}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repo", type=Path, default=Path("."), help="repository root (benchmarks/ inside)")
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="folder with training/, realnews-dev/")
    parser.add_argument("--out", type=Path, default=None, help=f"default {DEFAULT_OUT} ({MERGER_OUT} with --merger)")
    parser.add_argument("--seed", type=int, default=None, help=f"default {SEED} ({MERGER_SEED} with --merger)")
    parser.add_argument("--merger", action="store_true", help="retrain the same-incident merger instead")
    parser.add_argument("--limit", type=int, default=None, help="train on this many sentences only")
    parser.add_argument("--epochs", type=int, default=None,
                        help=f"passes over the sentences (default {EPOCHS}; {READER_EPOCHS} with --reader)")
    parser.add_argument("--leave-out", action="append", default=[], choices=list(SOURCES),
                        help="train without this source (repeatable)")
    parser.add_argument("--vectors", action="store_true", help="train on distilled MiniLM word vectors too")
    parser.add_argument("--frequent-words", type=int, default=None,
                        help="add only the first N of MiniLM's vocabulary words (default: all)")
    parser.add_argument("--reader", action="store_true", help="fine-tune the MiniLM event reader instead")
    parser.add_argument("--top-layers", type=int, default=TOP_LAYERS, help="encoder layers the reader fine-tunes")
    args = parser.parse_args(argv)
    if args.merger:
        out = args.out or MERGER_OUT
        stories = [*realnews_stories(args.shared / "realnews-dev"), *realnews_stories(args.repo / WIRE_SET)]
        pairs = pairs_of(stories)
        print(merger_summary(train_merger(pairs, out, MERGER_SEED if args.seed is None else args.seed), out))
        return
    if args.reader and (args.out is None or args.vectors):
        parser.error("--reader needs --out (the packaged event model stays the hashed one) and takes no --vectors")
    epochs = args.epochs if args.epochs is not None else READER_EPOCHS if args.reader else EPOCHS
    options = TrainOptions(args.repo, args.shared, args.out or DEFAULT_OUT, SEED if args.seed is None else args.seed,
                           args.limit, epochs, tuple(args.leave_out), args.vectors, args.frequent_words)
    print(summary(train_reader(options, args.top_layers) if args.reader else retrain(options)))


if __name__ == "__main__":
    main()
