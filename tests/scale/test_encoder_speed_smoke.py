"""The encoder speed benchmark still runs (64 sentences, one run; the real run is by hand, see docs/accuracy.md)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "encoder_speed.py"


def test_encoder_speed_benchmark_smoke() -> None:
    pytest.importorskip("sentence_transformers", reason="the encoder is sitreps[embeddings]")
    done = subprocess.run([sys.executable, str(SCRIPT), "--sentences", "64", "--repeat", "1"],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert len(lines) == 2 and lines[0].startswith("bare spaCy") and lines[1].startswith("all-MiniLM-L6-v2")
    rates = [float(r) for r in re.findall(r"([\d.]+) sentences/s", done.stdout)]
    ratio = re.search(r"time vs spaCy ([\d.]+)x", lines[1])
    assert len(rates) == 2 and all(r > 0 for r in rates)
    assert ratio and float(ratio.group(1)) > 0
