"""Bounded HTTP load on the dashboard and the REST API: requests/s, p50 and p99 per endpoint.

Every figure comes from a real uvicorn server on 127.0.0.1 (a child process) over
one database, built once from the bundled example articles and the gold-set texts
(each copy given a numbered closing paragraph, so every article is a distinct
document), processed and linked. With ``--baseline REV`` the same run serves the
same database with the sources of git revision REV (``git archive``) and with
this checkout's, so "before" and "after" come from one invocation on one
machine: both servers run side by side and each endpoint is measured on one,
then the other, so the machine's other load falls on both alike. Each endpoint
gets ``--requests`` requests from ``--concurrency`` client threads, stopped early
after ``--budget`` seconds; a final "mixed" row cycles through every endpoint.

    python benchmarks/load.py [--db bench.db] [--articles 233] [--baseline HEAD~5]
                              [--requests 40] [--concurrency 4] [--budget 30]
"""

from __future__ import annotations

import argparse
import itertools
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
ENDPOINTS = (
    "/api/events", "/api/mentions", "/api/documents", "/api/documents?q=killed",
    "/api/map", "/api/timeline", "/api/actors", "/api/claims", "/api/stats",
    "/events", "/map", "/timeline", "/actors", "/claims",
)
STARTUP_TIMEOUT_S = 60.0
"""A cold uvicorn with the app's imports starts in a few seconds on a busy 2-CPU machine."""
REQUEST_TIMEOUT_S = 60.0
"""Longer than the slowest unoptimised endpoint took on 233 documents (about 6 s at p99)."""


@dataclass(frozen=True)
class Figures:
    """One endpoint under load on one version of the server."""

    endpoint: str
    requests: int
    errors: int
    per_second: float
    p50_ms: float
    p99_ms: float


def build_database(path: Path, articles: int) -> None:
    """Ingest, process and link ``articles`` distinct texts into a fresh SQLite file at ``path``."""
    sys.path.insert(0, str(HERE))
    from sitreps import api
    from throughput import build_corpus  # the same corpus builder as the throughput benchmark

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build_corpus(articles, folder)
        api.ingest([folder], db=path)
    report = api.process(db=path)
    print(f"built {path}: {report.processed} documents processed, {report.failed} failed", flush=True)


def sources_of(revision: str, into: Path) -> Path:
    """The ``src`` folder of a git revision, unpacked into ``into``."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", revision, "src"], capture_output=True, check=True)
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(src: Path, db: Path) -> tuple[subprocess.Popen[bytes], str]:
    """uvicorn serving ``db`` with the sitreps sources in ``src``; waits until it answers."""
    port = _free_port()
    code = ("import sys, uvicorn; from sitreps.serve import create_app; "
            f"uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port={port}, log_level='error')")
    env = {**os.environ, "PYTHONPATH": str(src)}
    server = subprocess.Popen([sys.executable, "-c", code, str(db)], env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/stats", timeout=5).status_code == 200:
                return server, base
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit(f"the server with sources {src} did not start within {STARTUP_TIMEOUT_S:.0f} s")


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def load(base: str, paths: list[str], label: str, requests: int, concurrency: int, budget: float) -> Figures:
    """``requests`` GETs cycling through ``paths`` from ``concurrency`` threads, stopped after ``budget`` s."""
    cycle = itertools.cycle(paths)
    targets = [next(cycle) for _ in range(requests)]
    latencies: list[float] = []
    errors = 0
    started = time.perf_counter()
    with httpx.Client(base_url=base, timeout=REQUEST_TIMEOUT_S) as client:
        def one(path: str) -> tuple[float, bool] | None:
            if time.perf_counter() - started > budget:
                return None
            begin = time.perf_counter()
            ok = client.get(path).status_code == 200
            return time.perf_counter() - begin, ok

        with ThreadPoolExecutor(concurrency) as pool:
            for result in pool.map(one, targets):
                if result is not None:
                    latencies.append(result[0])
                    errors += not result[1]
    wall = time.perf_counter() - started
    return Figures(label, len(latencies), errors, len(latencies) / wall,
                   1000 * _percentile(latencies, 0.5), 1000 * _percentile(latencies, 0.99))


def measure(sources: list[Path], db: Path, args: argparse.Namespace) -> list[list[Figures]]:
    """Every endpoint, then the mixed cycle, against one server per sources folder.

    The servers run side by side and each endpoint is measured on each of them in turn, so a
    change in the machine's other load (a shared CI box) falls on both versions alike.
    """
    servers = [start_server(src, db) for src in sources]
    try:
        for _, base in servers:
            for path in ENDPOINTS:  # warm caches and imports once, outside the timed runs
                httpx.get(base + path, timeout=REQUEST_TIMEOUT_S)
        rows = [(p, [p], args.requests) for p in ENDPOINTS] + [("mixed", list(ENDPOINTS), args.requests * 2)]
        figures: list[list[Figures]] = [[] for _ in servers]
        for label, paths, count in rows:
            for i, (_, base) in enumerate(servers):
                figures[i].append(load(base, paths, label, count, args.concurrency, args.budget))
    finally:
        for server, _ in servers:
            server.terminate()
            server.wait(timeout=30)
    return figures


def show(label: str, figures: list[Figures], before: list[Figures] | None = None) -> None:
    print(f"\n{label}")
    print(f"{'endpoint':26s} {'requests':>8s} {'errors':>6s} {'req/s':>8s} {'p50 ms':>8s} {'p99 ms':>8s}"
          + ("  speed-up (req/s)" if before else ""))
    for i, f in enumerate(figures):
        ratio = f"  x{f.per_second / before[i].per_second:6.1f}" if before else ""
        print(f"{f.endpoint:26s} {f.requests:8d} {f.errors:6d} {f.per_second:8.1f} {f.p50_ms:8.0f} {f.p99_ms:8.0f}"
              + ratio, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="database to serve; built here if missing (default: a temp file)")
    parser.add_argument("--articles", type=int, default=233, help="articles in a newly built database")
    parser.add_argument("--baseline", help="git revision to measure first, with the same database")
    parser.add_argument("--requests", type=int, default=40, help="requests per endpoint")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads")
    parser.add_argument("--budget", type=float, default=30.0, help="seconds at most per endpoint")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "load.db"
        if not db.exists():
            build_database(db, args.articles)
        if not args.baseline:
            show("this checkout", measure([REPO / "src"], db, args)[0])
            return
        before, after = measure([sources_of(args.baseline, Path(tmp) / "baseline"), REPO / "src"], db, args)
        show(f"before: sources of {args.baseline}", before)
        show("after: this checkout", after, before)


if __name__ == "__main__":
    main()
