"""Tests needing ../shared skip with one line on a user's clone and fail in CI when it is missing."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
SEED_TESTS = ("extract/test_seed_article.py", "attribute/test_claims.py", "attribute/test_quotes.py")


def _run(tmp_path: Path, ci: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SITREPS_SHARED_DIR": str(tmp_path / "no-shared"), "CI": ci}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
         *(str(TESTS / t) for t in SEED_TESTS), "-k", "seed or every"],
        capture_output=True, text=True, env=env, cwd=TESTS.parent, timeout=600,
    )


def test_without_shared_the_seed_tests_skip_with_a_reason(tmp_path: Path) -> None:
    result = _run(tmp_path, ci="")
    assert result.returncode == 0, result.stdout[-2000:]
    skips = [line for line in result.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(skips) >= len(SEED_TESTS), result.stdout[-2000:]
    assert all("../shared/seeds/000_6603e4f5cebf0663.txt is absent" in line for line in skips)
    assert not re.search(r"^(FAILED|ERROR)", result.stdout, re.MULTILINE)


def test_in_ci_a_missing_shared_folder_fails(tmp_path: Path) -> None:
    result = _run(tmp_path, ci="true")
    assert result.returncode == 1, result.stdout[-2000:]
    assert "CI=true requires it" in result.stdout
