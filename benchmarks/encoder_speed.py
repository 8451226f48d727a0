"""What would a sentence encoder cost per sentence, against the bare spaCy pass? (issue 14)

A learned reader stronger than the hashed model (``docs/accuracy.md``, round 13: MiniLM fine-tuned scored
heldout macro-F1 0.481 against 0.323 at sentence level) was left off for speed: one MiniLM pass per sentence
was measured at 7-10 times the bare spaCy pass, on a machine at load 7. This script measures both on the
same sentences in the same run, so the ratio holds on a busy machine too:

    python benchmarks/encoder_speed.py [--sentences 1000] [--repeat 2]

It prints sentences per second of the bare English spaCy pipeline (``nlp.pipe``), of the packaged
all-MiniLM-L6-v2 encoder as linking calls it (``link.embedding.model_embedder``, ``sitreps[embeddings]``) and
the encoder's time as a multiple of spaCy's; both take batches of linking's ``ENCODE_BATCH``, and the fastest
of ``--repeat`` runs is kept. Sentences: the written training sentences
(``benchmarks/training/sentences.jsonl``), short wire-style sentences of every event type.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = ROOT / "benchmarks" / "training" / "sentences.jsonl"


def _sentences(limit: int) -> list[str]:
    with SENTENCES.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
    return texts[:limit]


def _fastest(run: Callable[[], object], repeat: int) -> float:
    """The fastest wall time of ``repeat`` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def measure(sentences: Sequence[str], repeat: int) -> tuple[float, float]:
    """Seconds for spaCy and for the encoder over ``sentences``, each warmed up first."""
    import spacy

    from sitreps.annotate.nlp import MODEL_PACKAGE
    from sitreps.link.embedding import ENCODE_BATCH, model_embedder

    nlp = spacy.load(MODEL_PACKAGE)
    list(nlp.pipe(sentences[:ENCODE_BATCH]))
    model_embedder(sentences[:ENCODE_BATCH])
    spacy_s = _fastest(lambda: list(nlp.pipe(sentences, batch_size=ENCODE_BATCH)), repeat)
    encoder_s = _fastest(lambda: model_embedder(sentences), repeat)
    return spacy_s, encoder_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    sentences = _sentences(args.sentences)
    spacy_s, encoder_s = measure(sentences, args.repeat)
    n = len(sentences)
    print(f"bare spaCy nlp.pipe      {n} sentences  {spacy_s:6.2f} s  {n / spacy_s:7.0f} sentences/s")
    print(f"all-MiniLM-L6-v2 encode  {n} sentences  {encoder_s:6.2f} s  {n / encoder_s:7.0f} sentences/s"
          f"  time vs spaCy {encoder_s / spacy_s:.2f}x")


if __name__ == "__main__":
    main()
