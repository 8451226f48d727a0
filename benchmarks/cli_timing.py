"""How long `sitreps` commands take to answer, against bare Python start-up measured in the same run.

Each command runs in a fresh process (what a user waits for at the prompt), ``--repeat``
times; the median is printed. ``events`` and ``review list`` read a database holding
the bundled example corpus: built here with ``sitreps demo`` unless ``--db`` names one.
``--baseline-src DIR`` also times the sources in DIR (e.g. an older checkout's ``src``)
on a copy of the same database, so a before/after comparison comes from one run. Each
tree gets its own copy, upgraded on its first run (so build the database with the older
tree: a newer schema is refused by older code); the median over ``--repeat`` hides that run.

    python benchmarks/cli_timing.py [--repeat 5] [--db corpus.db] [--baseline-src ../main/src]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
LAUNCH = "from sitreps.cli import app; app(prog_name='sitreps')"


def _env(src: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(src), "COLUMNS": "100"}


def _time(argv: list[str], src: Path, repeat: int) -> float | None:
    """Median wall seconds of ``argv`` over ``repeat`` runs; None when the command fails there."""
    seconds = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(argv, env=_env(src), capture_output=True, check=False)
        seconds.append(time.perf_counter() - start)
        if done.returncode != 0:
            return None
    return statistics.median(seconds)


def _sitreps(*args: str) -> list[str]:
    return [sys.executable, "-c", LAUNCH, *args]


def _build_db(folder: Path, src: Path) -> str:
    db = str(folder / "corpus.db")
    print(f"building {db} with `sitreps demo` (processes the bundled corpus once)...", file=sys.stderr)
    subprocess.run(_sitreps("demo", "--db", db), env=_env(src), capture_output=True, check=True)
    return db


def _copy(db: str, target: Path) -> str:
    """A copy of the SQLite database ``db`` (sqlite3's backup API: consistent in WAL mode)."""
    with sqlite3.connect(db.removeprefix("sqlite:///")) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return str(target)


def _commands(db: str) -> dict[str, list[str]]:
    return {
        "python -c pass (start-up floor)": [sys.executable, "-c", "pass"],
        "sitreps --help": _sitreps("--help"),
        "sitreps events --help": _sitreps("events", "--help"),
        "sitreps events (bundled corpus)": _sitreps("events", "--db", db),
        "sitreps types": _sitreps("types"),
        "sitreps review list": _sitreps("review", "list", "--db", db),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", help="A database with the bundled corpus processed (default: build one).")
    parser.add_argument("--baseline-src", type=Path, help="Also time the sources in this folder.")
    args = parser.parse_args()
    trees = {"this tree": SRC} | ({"baseline": args.baseline_src.resolve()} if args.baseline_src else {})
    with tempfile.TemporaryDirectory(prefix="sitreps-cli-timing-") as tmp:
        db = args.db or _build_db(Path(tmp), args.baseline_src.resolve() if args.baseline_src else SRC)
        per_tree = {name: _commands(_copy(db, Path(tmp) / f"{i}.db")) for i, name in enumerate(trees)}
        print(f"median of {args.repeat} runs, seconds; 'n/a': the command fails or does not exist there")
        print(f"{'command':<36}" + "".join(f"{name:>12}" for name in trees))
        for label in per_tree["this tree"]:
            cells = [_time(per_tree[name][label], src, args.repeat) for name, src in trees.items()]
            print(f"{label:<36}" + "".join(f"{c:>12.3f}" if c is not None else f"{'n/a':>12}" for c in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
