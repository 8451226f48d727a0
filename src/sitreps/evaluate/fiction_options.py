"""The command line the fiction benchmarks share: which gold file to score, and whether to list the misses.

The scripts in ``benchmarks/`` that score an area on fiction of our own (actors, counts, dates,
sub-types, deal content, retellings) each read a JSONL gold and can print what they got wrong;
one parser keeps their options the same, so a batch is scored alike in every area
(``--gold benchmarks/gold/<area>/<batch>.jsonl``).
"""

from __future__ import annotations

import argparse
from pathlib import Path


def fiction_options(description: str | None, gold: Path, errors_help: str) -> argparse.Namespace:
    """``--gold`` (default ``gold``) and ``--errors`` (``errors_help`` says what it prints), parsed from argv."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=gold, help="the fiction gold (JSONL) to score")
    parser.add_argument("--errors", action="store_true", help=errors_help)
    return parser.parse_args()
