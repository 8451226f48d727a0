"""The README's accuracy command runs as written and prints the headline figures."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECTION = "## How accurate it is"


def readme_commands() -> list[list[str]]:
    """The command lines of the section's first fenced block, comments removed."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index(SECTION):]
    block = re.search(r"```bash\n(.*?)```", section, re.S)
    assert block, f"no bash block under {SECTION!r}"
    lines = [line.split("#", 1)[0].strip() for line in block.group(1).splitlines()]
    return [shlex.split(line) for line in lines if line]


def test_readme_accuracy_command_prints_the_tables() -> None:
    commands = readme_commands()
    assert [c[:3] for c in commands] == [["python", "-m", "sitreps.evaluate.events"]]
    result = subprocess.run([sys.executable, *commands[0][1:]], cwd=ROOT, capture_output=True, text=True,
                            check=False, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "| type | P | R | F1 | gold |" in result.stdout
    assert re.search(r"- type_micro_f1: 0\.\d{3}", result.stdout)
