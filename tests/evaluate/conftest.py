"""Prints the real-news figures at the end of a run that measured them (CI shows them this way)."""

from __future__ import annotations

import pytest
from realnews_figures import MEASURED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    figures = MEASURED
    if not figures:
        return
    terminalreporter.section("real-news figures (python -m sitreps.evaluate.realnews)")
    names = list(next(iter(figures.values())))
    terminalreporter.write_line(f"{'figure':28}" + "".join(f"{split:>10}" for split in figures))
    for name in names:
        terminalreporter.write_line(f"{name:28}" + "".join(f"{figures[s][name]:>10.3f}" for s in figures))
