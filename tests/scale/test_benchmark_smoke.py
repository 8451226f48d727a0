"""The throughput benchmark still runs (20 articles, one process; the real run is by hand, see docs/scaling.md)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "throughput.py"


def test_throughput_benchmark_smoke() -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), "--sizes", "20", "--parallel-size", "0"],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert len(lines) == 2 and lines[0].startswith("bare spaCy") and lines[1].startswith("sitreps, 1 process")
    ratio = re.search(r"ratio to spaCy\s+([\d.]+)", lines[1])
    rss = re.findall(r"peak RSS\s+(\d+) MB", done.stdout)
    assert ratio and float(ratio.group(1)) > 0
    cpu = re.search(r"CPU time\s+([\d.]+)", lines[1])
    assert cpu and float(cpu.group(1)) > 0
    assert len(rss) == 2 and all(int(r) > 0 for r in rss)
