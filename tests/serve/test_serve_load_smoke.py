"""The load benchmark still runs: a real server on 127.0.0.1 over the session database, two requests per endpoint,
before (HEAD's sources) and after (this checkout) side by side. The real run is by hand (docs/security.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "load.py"
SQLITE_URL = "sqlite:///"


def test_load_benchmark_smoke(served_db: str) -> None:
    db = served_db.removeprefix(SQLITE_URL)
    done = subprocess.run([sys.executable, str(SCRIPT), "--db", db, "--baseline", "HEAD", "--requests", "2",
                           "--concurrency", "1", "--budget", "20"],
                          capture_output=True, text=True, timeout=600, check=False, env={**os.environ})
    assert done.returncode == 0, done.stderr[-2000:]
    rows = [line.split() for line in done.stdout.splitlines() if line.startswith(("/", "mixed"))]
    assert len(rows) == 2 * 15  # 14 endpoints and the mixed cycle, before and after
    assert all(row[2] == "0" for row in rows), done.stdout  # no errors
    assert all(float(row[3]) > 0 for row in rows)
