"""One retraining run: gather the sources, fit, write the artifact; shared by ``sitreps train``
and ``python -m sitreps.train`` so both give the same model from the same options.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sitreps.errors import ConfigError
from sitreps.extract.features import sentence_features
from sitreps.extract.model import VectorPart, save_model
from sitreps.extract.taxonomy import load_taxonomy
from sitreps.extract.word_vectors import word_vectors
from sitreps.train.data import SEED, SOURCES, Example, gather, splitter
from sitreps.train.fit import EPOCHS, fit
from sitreps.train.vectors import distill, frequent_words, vocabulary

DEFAULT_OUT = Path("src/sitreps/data/models/events.npz")


@dataclass(frozen=True)
class TrainOptions:
    """What a run reads and writes; the defaults retrain the packaged model."""

    repo: Path = Path(".")
    shared: Path = Path("../shared")
    out: Path = DEFAULT_OUT
    seed: int = SEED
    limit: int | None = None  # train on the first N sentences after the seeded shuffle (tests)
    epochs: int = EPOCHS
    leave_out: tuple[str, ...] = ()  # sources to train without (how thresholds were chosen on dev)
    vectors: bool = False  # distil MiniLM word vectors and train on them too (round 10: no gain, off)
    frequent_words: int | None = None  # how many of MiniLM's vocabulary words to add (None: all)


@dataclass(frozen=True)
class TrainReport:
    """What a run did: sentences used, their sources, the artifact and how long it took."""

    sentences: int
    sources: tuple[str, ...]
    out: Path
    size_mb: float
    seconds: float


def _check(options: TrainOptions) -> None:
    unknown = sorted(set(options.leave_out) - set(SOURCES))
    if unknown:
        raise ConfigError(f"unknown training source(s) {', '.join(unknown)}: choose from {', '.join(SOURCES)}")
    if not (options.repo / "benchmarks" / "training" / "sentences.jsonl").exists():
        raise ConfigError(f"{options.repo} has no benchmarks/training/sentences.jsonl: "
                          "run from a sitreps checkout or pass --repo")
    if (options.limit is not None and options.limit < 1) or options.epochs < 1:
        raise ConfigError("--limit and --epochs must be at least 1")
    if options.frequent_words is not None and options.frequent_words < 0:
        raise ConfigError("--frequent-words must be 0 or more")


def _vector_part(token_lists: Sequence[Sequence[str]], options: TrainOptions,
                 log: Callable[[str], None]) -> VectorPart:
    """Distilled vectors of the training words and MiniLM's frequent words (``train.vectors``)."""
    words = vocabulary(token_lists, frequent_words(options.frequent_words))
    log(f"word vectors: distilling {len(words)} words from MiniLM")
    return VectorPart(words, distill(words), np.zeros(0))


@dataclass(frozen=True)
class Labelled:
    """The sentences a run trains on, in their seeded order, and their labels (sentences x types, 0/1)."""

    examples: list[Example]
    types: tuple[str, ...]
    labels: np.ndarray


def labelled(options: TrainOptions, log: Callable[[str], None] = print) -> Labelled:
    """The sources ``options`` keep, shuffled by its seed and cut at its limit; the same for every model kind."""
    _check(options)
    examples = [e for e in gather(options.repo, options.shared, log=log) if e.source not in options.leave_out]
    random.Random(options.seed).shuffle(examples)
    examples = examples[:options.limit] if options.limit else examples
    types = tuple(sorted(load_taxonomy().types))
    index = {t: i for i, t in enumerate(types)}
    labels = np.zeros((len(examples), len(types)), dtype=np.float32)
    for row, example in enumerate(examples):
        labels[row, [index[t] for t in example.types]] = 1.0
    return Labelled(examples, types, labels)


def retrain(options: TrainOptions, log: Callable[[str], None] = print) -> TrainReport:
    """Fit the event model on the sources ``options`` keep and write it to ``options.out``."""
    started = time.monotonic()
    data = labelled(options, log)
    examples, types, labels = data.examples, data.types, data.labels
    tokenizer = splitter().tokenizer
    token_lists = [[t.text for t in tokenizer(e.text)] for e in examples]
    features = [sentence_features(tokens) for tokens in token_lists]
    part = _vector_part(token_lists, options, log) if options.vectors else None
    vectors = None if part is None else word_vectors(part.words, part.table)
    words = None if vectors is None else [vectors.matrix(tokens) for tokens in token_lists]
    fitted = fit(features, labels, options.seed, epochs=options.epochs, words=words)
    sources = tuple(sorted({e.source for e in examples}))
    meta = {"seed": options.seed, "sentences": len(examples), "sources": list(sources),
            "left_out": sorted(options.leave_out), "vectors": options.vectors}
    options.out.parent.mkdir(parents=True, exist_ok=True)
    if part is not None and fitted.dense is not None:
        part = VectorPart(part.words, part.table, fitted.dense)
    save_model(options.out, types, fitted.weights, fitted.bias, meta, part)
    return TrainReport(len(examples), sources, options.out, options.out.stat().st_size / 1e6,
                       time.monotonic() - started)
