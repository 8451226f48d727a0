"""'Did you mean …?' for ids, types, countries and sources a user mistyped."""

from __future__ import annotations

from collections.abc import Iterable
from difflib import get_close_matches

SUGGESTION_CUTOFF = 0.6
"""difflib's similarity ratio a candidate needs to be offered: its default, which catches one or two
wrong characters in an id or a type name without offering unrelated names."""


def did_you_mean(wrong: str, candidates: Iterable[str]) -> str:
    """' (did you mean X?)' for the closest candidate, or '' when none is close."""
    pool = list(candidates)
    lowered = {c.lower(): c for c in pool}
    found = get_close_matches(wrong.lower(), list(lowered), n=1, cutoff=SUGGESTION_CUTOFF)
    return f" (did you mean {lowered[found[0]]}?)" if found else ""
