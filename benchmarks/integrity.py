"""Integrity and resource limits: this tree against a baseline revision, measured in the same run.

Every figure comes from a fresh Python process; the baseline is the same
measurement run on the sources of ``--baseline`` (default: the commit before the
integrity work), extracted with ``git archive`` into a temporary folder.

- feed: a 500-entry RSS feed (about 0.9 MB) polled twice with nothing new: database size after each poll;
- resume: `sitreps process` SIGKILLed mid-extraction and mid-linking, then run again: documents,
  mentions and events against an uninterrupted run;
- long: seconds to process one generated article of 25k ... 700k characters (the baseline only at
  sizes it finishes in reasonable time);
- ingest: a JSONL dump of ``--ingest-mb`` MB: seconds, peak memory, longest write transaction;
- concurrent: two ingests, a process and reads at once on one SQLite file: expected vs stored.

    python benchmarks/integrity.py [--baseline REV] [--only feed,resume,long,ingest,concurrent] [--ingest-mb 50]

Test articles are invented (tests/scale/articles.py); nothing is downloaded.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from scale.articles import article, write_articles  # noqa: E402  (test articles written for this project)

BASELINE = "1e9b718"
"""The last commit before the integrity work (issue 19)."""
FEED_ENTRIES = 500
RESUME_ARTICLES = 40
LONG_SIZES = (25_000, 50_000, 100_000, 200_000, 700_000)
BASELINE_LONG_LIMIT = 50_000
"""The baseline grows worse than linearly (50k: about a minute here); larger sizes would take many minutes."""
NO_LENGTH_LIMIT_SIZE = 200_000


# --- measurements, each run in a child process on one source tree ---


def feed_storage() -> dict[str, Any]:
    from sitreps.ingest.feeds import parse_feed
    from sitreps.ingest.records import IngestedItem
    from sitreps.store import open_store

    items = "".join(
        f"<item><title>Report {n}</title><link>https://example.test/{n}</link>"
        f"<description>{' '.join(article(n).split(chr(10))[3:])} {'Background paragraph. ' * 60}</description></item>"
        for n in range(FEED_ENTRIES))
    raw = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench Wire</title>'
           f"{items}</channel></rss>").encode()
    sizes = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "feed.db"
        for _ in range(2):
            with open_store(db) as store:
                parsed = [o for o in parse_feed(raw, source="https://example.test/feed")
                          if isinstance(o, IngestedItem)]
                store.add_documents((item.document, item.raw) for item in parsed)
            sizes.append(sum(f.stat().st_size for f in Path(tmp).iterdir()))
    return {"feed_bytes": len(raw), "entries": FEED_ENTRIES, "after_poll_1": sizes[0], "after_poll_2": sizes[1]}


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        one = lambda sql: int(conn.execute(sql).fetchone()[0])  # noqa: E731
        return {"processed": one("SELECT COUNT(*) FROM documents WHERE status = 'processed'"),
                "mentions": one("SELECT COUNT(*) FROM mentions"),
                "events": one("SELECT COUNT(*) FROM events"),
                "linked mentions": one("SELECT COUNT(DISTINCT mention_id) FROM event_mentions")}


def _kill_process_when(db: Path, ready: Callable[[], bool]) -> None:
    command = [sys.executable, "-c", "from sitreps.cli.app import app; app()", "process", "--db", str(db),
               "--batch-size", "2"]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not ready() and child.poll() is None:
        time.sleep(0.005)
    if child.poll() is None:
        os.kill(child.pid, signal.SIGKILL)
    child.wait()


def resume() -> dict[str, Any]:
    from sitreps import api

    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_articles(Path(tmp) / "articles", RESUME_ARTICLES)
        reference = Path(tmp) / "reference.db"
        api.ingest(paths, db=reference)
        api.process(db=reference)
        result["uninterrupted"] = _counts(reference)
        for name, moment in (("killed mid-extraction", lambda db: _counts(db)["processed"] >= 4),
                             ("killed mid-linking", lambda db: _counts(db)["processed"] == RESUME_ARTICLES)):
            db = Path(tmp) / f"{name.split()[-1]}.db"
            api.ingest(paths, db=db)
            _kill_process_when(db, lambda db=db, moment=moment: moment(db))
            at_kill = _counts(db)
            api.process(db=db)
            result[name] = {"at kill": at_kill, "after rerun": _counts(db)}
    return result


def long_document(chars: int) -> dict[str, Any]:
    from sitreps import pipeline
    from sitreps.ingest.documents import build_item
    from sitreps.ingest.records import Article

    text, index = "Title: A long report", 0
    while len(text) + len(body := article(index).split("\n\n", 1)[1]) + 2 <= chars:
        text, index = f"{text}\n\n{body}", index + 1
    document = build_item(Article(text=text, raw=text.encode(), source="long.txt")).document
    pipeline.load_resources()
    started = time.perf_counter()
    [done] = list(pipeline.process([document]))
    return {"chars": len(text), "seconds": round(time.perf_counter() - started, 2), "status": done.status.value,
            "mentions": len(done.events), "reason": done.status_reason}


def ingest_dump(megabytes: int) -> dict[str, Any]:
    from sitreps import api
    from sitreps.store.sql_store import SqlStore

    holds: list[float] = []
    original = SqlStore.add_documents

    def timed(self: SqlStore, items: Any) -> Any:
        started = time.perf_counter()
        try:
            return original(self, items)
        finally:
            holds.append(time.perf_counter() - started)

    SqlStore.add_documents = timed  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "dump.jsonl"
        filler = " ".join(["Residents described the damage to the market and the road."] * 25)
        with dump.open("w", encoding="utf-8") as out:
            index = 0
            while out.tell() < megabytes * 1024 * 1024:
                out.write(json.dumps({"title": f"Report {index}", "text": f"{article(index)}\n{filler}"}) + "\n")
                index += 1
        started = time.perf_counter()
        report = api.ingest([dump], db=Path(tmp) / "dump.db")
        seconds = time.perf_counter() - started
    return {"records": index, "stored": report.stored, "seconds": round(seconds, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "transactions": len(holds), "longest_transaction_s": round(max(holds), 2)}


def concurrent() -> dict[str, Any]:
    from sitreps import api
    from sitreps.scale import BatchLimits
    from sitreps.store import open_store

    total, overlap = 120, 40
    half = (total + overlap) // 2
    errors: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        first = write_articles(Path(tmp) / "first", half)
        second = write_articles(Path(tmp) / "second", total - (half - overlap), start=half - overlap)
        db = Path(tmp) / "shared.db"
        open_store(db).close()
        busy = threading.Event()
        busy.set()

        def guarded(work: Callable[[], Any]) -> threading.Thread:
            def run() -> None:
                try:
                    work()
                except Exception as error:  # counted and printed: the figure is the error count
                    errors.append(f"{type(error).__name__}: {error}")
            return threading.Thread(target=run)

        def process() -> None:
            while busy.is_set() or api.pending_count(db=db):
                api.process(db=db, batch_size=4, link=False)

        def read() -> None:
            while busy.is_set():
                api.mentions(db=db, limit=20)

        ingests = [guarded(lambda p=p: api.ingest(p, db=db, limits=BatchLimits(max_docs=5)))
                   for p in (first, second)]
        others = [guarded(process), guarded(read)]
        for thread in [*ingests, *others]:
            thread.start()
        for thread in ingests:
            thread.join()
        busy.clear()
        for thread in others:
            thread.join()
        with sqlite3.connect(db) as conn:
            stored = conn.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM documents").fetchone()
            processed = conn.execute("SELECT COUNT(*) FROM documents WHERE status = 'processed'").fetchone()[0]
            mentions = conn.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM mentions").fetchone()
    return {"expected documents": total, "stored documents": stored[0], "distinct": stored[1],
            "processed": processed, "mentions": mentions[0], "distinct mentions": mentions[1], "errors": errors}


CHILDREN: dict[str, Callable[[str], dict[str, Any]]] = {
    "feed": lambda _: feed_storage(),
    "resume": lambda _: resume(),
    "long": lambda arg: long_document(int(arg)),
    "ingest": lambda arg: ingest_dump(int(arg)),
    "concurrent": lambda _: concurrent(),
}


# --- the driver: run each measurement on both trees ---


def run_child(src: Path, name: str, arg: str = "", extra_env: dict[str, str] | None = None) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(src), **(extra_env or {})}
    done = subprocess.run([sys.executable, __file__, "--child", name, "--arg", arg], env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"failed": done.stderr.strip().splitlines()[-1:] or [f"exit {done.returncode}"]}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def baseline_tree(revision: str, folder: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "src"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder / "src"


def show(title: str, before: Any, after: Any) -> None:
    print(f"\n## {title}\nbaseline: {json.dumps(before, indent=1)}\nthis tree: {json.dumps(after, indent=1)}",
          flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", default=BASELINE)
    parser.add_argument("--only", default="feed,resume,long,ingest,concurrent")
    parser.add_argument("--ingest-mb", type=int, default=50)
    parser.add_argument("--child")
    parser.add_argument("--arg", default="")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child](args.arg)))
        return
    wanted = set(args.only.split(","))
    current = ROOT / "src"
    with tempfile.TemporaryDirectory() as tmp:
        base = baseline_tree(args.baseline, Path(tmp))
        if "feed" in wanted:
            show("feed polled twice, database bytes", run_child(base, "feed"), run_child(current, "feed"))
        if "resume" in wanted:
            show("kill and resume (SQLite)", run_child(base, "resume"), run_child(current, "resume"))
        if "long" in wanted:
            for size in LONG_SIZES:
                before = run_child(base, "long", str(size)) if size <= BASELINE_LONG_LIMIT else "not run"
                show(f"one document of {size:,} characters", before, run_child(current, "long", str(size)))
            unlimited = {"SITREPS_MAX_CHARS": "0"}
            show(f"{NO_LENGTH_LIMIT_SIZE:,} characters without the length limit (the time budget stops it)",
                 "not run", run_child(current, "long", str(NO_LENGTH_LIMIT_SIZE), unlimited))
        if "ingest" in wanted:
            mb = str(args.ingest_mb)
            show(f"ingest of a {mb} MB JSONL", run_child(base, "ingest", mb), run_child(current, "ingest", mb))
        if "concurrent" in wanted:
            show("two ingests + process + reads on one SQLite file", "not applicable (needs the streaming ingest)",
                 run_child(current, "concurrent"))


if __name__ == "__main__":
    main()
