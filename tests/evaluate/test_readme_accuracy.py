"""The README's accuracy commands run as written: the gold scorer prints its tables, the real-news one parses."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECTION = "## How accurate it is"


def readme_commands() -> list[list[str]]:
    """The command lines of the section's fenced bash blocks, comments removed."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index(SECTION):]
    section = section[: section.find("\n## ", 1)]
    blocks = re.findall(r"```bash\n(.*?)```", section, re.S)
    assert blocks, f"no bash block under {SECTION!r}"
    lines = [line.split("#", 1)[0].strip() for block in blocks for line in block.splitlines()]
    return [shlex.split(line) for line in lines if line]


def test_readme_accuracy_commands_are_the_scorers() -> None:
    assert {tuple(c[:3]) for c in readme_commands()} == {("python", "-m", "sitreps.evaluate.realnews"),
                                                         ("python", "-m", "sitreps.evaluate.events")}


def test_readme_gold_command_prints_the_tables() -> None:
    command = next(c for c in readme_commands() if c[2] == "sitreps.evaluate.events")
    result = subprocess.run([sys.executable, *command[1:]], cwd=ROOT, capture_output=True, text=True,
                            check=False, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "| type | P | R | F1 | gold |" in result.stdout
    assert re.search(r"- type_micro_f1: 0\.\d{3}", result.stdout)


def test_readme_realnews_commands_parse() -> None:
    """Their options are valid (the run itself is the floors test's, which needs the set)."""
    commands = [c for c in readme_commands() if c[2] == "sitreps.evaluate.realnews"]
    assert commands
    for command in commands:
        result = subprocess.run([sys.executable, *command[1:], "--help"], cwd=ROOT, capture_output=True, text=True,
                                check=False, timeout=120)
        assert result.returncode == 0, result.stderr
        assert all(option in result.stdout for option in command[3:] if option.startswith("--"))
