"""Linking benchmark: accuracy on the gold set, the threshold grid, and speed.

Speed: ``sitreps link`` on the bundled corpus (26 documents, the real model,
loaded before timing) against the old way of embedding every mention one
document at a time; a merge applied in place against the full relink it
replaces; and linking 1,000 and 10,000 synthetic documents.

Accuracy uses the packaged sentence model (all-MiniLM-L6-v2). The speed runs
use synthetic mentions (random types, days, countries, coordinates, actors and
word lists, 1 to 5 reports per event) and replace the sentence model with
precomputed random vectors (an event vector plus noise per report), so they
measure the linker (blocking, scoring, clustering, consensus), not the model:
the model itself embeds about 250 sentences a second on CPU, once per distinct
sentence (embeddings are cached).

    python benchmarks/linking.py [--sizes 1000 10000] [--skip-gold] [--skip-corpus]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Sequence
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

import numpy as np

from sitreps import api
from sitreps.evaluate.linking import bcubed, link_gold, load_gold, score
from sitreps.link.decisions import DecisionKind, LinkDecision
from sitreps.link.embedding import CachedEmbedder, model_embedder
from sitreps.link.families import _families
from sitreps.link.linker import Linker
from sitreps.link.persist import apply_decision, link_documents
from sitreps.models import (
    ActorMention,
    Document,
    DocumentStatus,
    EventMention,
    Place,
    PlacePrecision,
    Role,
    Span,
    TimeRef,
)
from sitreps.store import open_store

GRID = [0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70]
DIM = 384  # all-MiniLM-L6-v2's vector size
NOISE = 0.7  # per-report noise, relative to the event vector: same-event cosines near 0.67, others near 0
COUNTRIES = 30
MENTIONS_PER_DAY = 30
"""Synthetic corpora grow in time at a constant daily volume (30 reports a day over 30 countries), as a
monitoring corpus does; at a fixed time span, blocks fill up and comparisons per mention grow with size."""
ACTORS = 400
VOCABULARY = [f"w{i}" for i in range(5000)]


def gold_report() -> None:
    """Gold scores with the real model, then B-cubed F1 over the threshold grid on each split."""
    for name, value in score().items():
        print(f"{name:32} {value:.3f}")
    gold, embedder = load_gold(), CachedEmbedder(model_embedder)
    for split in ("dev", "test"):
        part = gold.split(split)
        cells = [f"{t:.2f}:{bcubed(link_gold(part, embedder, t), part.event_of)[2]:.3f}" for t in GRID]
        print(f"threshold grid ({split} B-cubed F1): {' '.join(cells)}")


def synthetic(n_mentions: int, seed: int = 7) -> tuple[list[Document], dict[str, np.ndarray]]:
    """Documents with one mention each, and the vector of every mention sentence."""
    rng, gen = random.Random(seed), np.random.default_rng(seed)
    types = sorted(_families()) or ["armed_clash", "peaceful_protest", "air_drone_strike"]
    centres = [(rng.uniform(-30, 55), rng.uniform(-20, 120)) for _ in range(COUNTRIES)]
    docs: list[Document] = []
    vectors: dict[str, np.ndarray] = {}
    while len(docs) < n_mentions:
        kind, country = rng.choice(types), rng.randrange(COUNTRIES)
        lat, lon = centres[country][0] + rng.uniform(-3, 3), centres[country][1] + rng.uniform(-3, 3)
        day = date(2020, 1, 1) + timedelta(days=rng.randrange(max(1, n_mentions // MENTIONS_PER_DAY)))
        actors, words = rng.sample(range(ACTORS), 2), rng.sample(VOCABULARY, 14)
        centre = _unit(gen.normal(size=DIM))
        for _ in range(rng.randint(1, 5)):
            text = " ".join(rng.sample(words, 10) + rng.sample(VOCABULARY, 3)) + "."
            doc_id = f"s{len(docs)}"

            vectors[text] = _unit(centre + NOISE * _unit(gen.normal(size=DIM))).astype(np.float32)
            reported = (day + timedelta(days=rng.randint(0, 2))).isoformat()
            docs.append(_document(doc_id, text, kind, actors, (lat, lon, f"C{country}"), day, reported))
    return docs[:n_mentions], vectors


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / np.linalg.norm(vector)


def _document(
    doc_id: str,
    text: str,
    kind: str,
    actors: list[int],
    where: tuple[float, float, str],
    day: date,
    reported: str,
) -> Document:
    whole = Span.of(text, 0, len(text))
    mention = EventMention(
        id=f"{doc_id}:m0",
        type=kind,
        acled=None,
        plover=None,
        cameo=None,
        trigger=Span.of(text, 0, 3),
        sentence=whole,
        actors=[
            ActorMention(role=Role.PARTICIPANT, name=f"a{a}", actor_id=f"a{a}", evidence=[whole])
            for a in actors
        ],
        place=Place(
            text="x",
            lat=where[0],
            lon=where[1],
            country=where[2],
            precision=PlacePrecision.EXACT,
            evidence=[whole],
        ),
        time=TimeRef(start=day.isoformat(), end=day.isoformat(), precision="day", evidence=[whole]),
        confidence=1.0,
    )
    return Document(
        id=doc_id, outlet=f"o{hash(doc_id) % 50}", published_at=reported, text=text, events=[mention]
    )


def time_linking(n_mentions: int) -> float:
    """Seconds to link ``n_mentions`` synthetic mentions and read back the events."""
    docs, vectors = synthetic(n_mentions)

    def embed(sentences: Sequence[str]) -> np.ndarray:
        return np.stack([vectors[s] for s in sentences])

    linker = Linker(embedder=embed)
    started = time.perf_counter()
    linker.add_many(docs)
    events = linker.events()
    elapsed = time.perf_counter() - started
    print(
        f"{n_mentions:>7} mentions: {elapsed:7.1f} s, {len(events)} events, "
        f"{linker.comparisons} comparisons ({linker.comparisons / n_mentions:.1f} per mention)"
    )
    return elapsed


def corpus_report() -> None:
    """``sitreps link`` and a merge on the bundled corpus, the model loaded first, each against its baseline."""
    with tempfile.TemporaryDirectory(prefix="sitreps-linkbench-") as tmp:
        db = Path(tmp) / "corpus.db"
        api.ingest([str(resources.files("sitreps") / "examples" / "corpus")], db=db)
        api.process(db=db, link=False)
        with open_store(db) as store:
            docs = list(store.iter_documents(DocumentStatus.PROCESSED))
        sentences = [m.sentence.text for d in docs for m in d.events]
        model_embedder(["warm-up"])  # the model is loaded once per process, before timing
        started = time.perf_counter()
        for doc in docs:  # baseline: what linking cost before, every mention embedded one document at a time
            if doc.events:
                model_embedder([m.sentence.text for m in doc.events])
        baseline = time.perf_counter() - started
        started = time.perf_counter()
        n_events = api.link(db=db)  # the first relink embeds what the vector cache lacks
        first_link = time.perf_counter() - started
        started = time.perf_counter()
        api.link(db=db)  # as after `sitreps process`, which linked (and embedded) these documents
        linked = time.perf_counter() - started
        print(f"sitreps link, {len(docs)} documents ({len(sentences)} mentions): {linked:.1f} s, {n_events} events; "
              f"{first_link:.1f} s with nothing cached (baseline, embedding every mention document by document: "
              f"{baseline:.1f} s)")
        with open_store(db) as store:
            first, second = store.query_events(limit=2)
        started = time.perf_counter()
        api.decide(DecisionKind.MERGE, event_ids=[first.id, second.id], db=db)
        merged = time.perf_counter() - started
        started = time.perf_counter()
        api.link(db=db)
        relinked = time.perf_counter() - started
        print(f"link merge on the corpus: {merged:.2f} s (baseline, relinking everything: {relinked:.1f} s)")


def time_merge(n_documents: int) -> None:
    """A merge on a stored, linked synthetic corpus: applied in place, against relinking everything."""
    docs, vectors = synthetic(n_documents)

    def embed(sentences: Sequence[str]) -> np.ndarray:
        return np.stack([vectors[s] for s in sentences])

    with tempfile.TemporaryDirectory(prefix="sitreps-linkbench-") as tmp, open_store(Path(tmp) / "s.db") as store:
        store.add_documents((d.model_copy(update={"status": DocumentStatus.PENDING}), d.text.encode()) for d in docs)
        store.save_results(d.model_copy(update={"status": DocumentStatus.PROCESSED}) for d in docs)
        link_documents(store, embedder=embed)
        first, second = store.query_events(limit=2)
        started = time.perf_counter()
        apply_decision(store, LinkDecision(kind=DecisionKind.MERGE, event_ids=[first.id, second.id]))
        merged = time.perf_counter() - started
        started = time.perf_counter()
        link_documents(store, embedder=embed)
        relinked = time.perf_counter() - started
    print(f"link merge, {n_documents} stored documents: {merged:.2f} s "
          f"(baseline, relinking everything: {relinked:.1f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--skip-gold", action="store_true")
    parser.add_argument("--skip-corpus", action="store_true")
    args = parser.parse_args()
    if not args.skip_gold:
        gold_report()
    if not args.skip_corpus:
        corpus_report()
    times = [time_linking(n) for n in args.sizes]
    time_merge(args.sizes[-1])
    if len(times) >= 2:
        print(
            f"growth ratio ({args.sizes[-1]} / {args.sizes[0]}): {times[-1] / times[0]:.1f} "
            f"(size ratio {args.sizes[-1] / args.sizes[0]:.0f}; equal means linear)"
        )


if __name__ == "__main__":
    main()
