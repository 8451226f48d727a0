"""The event gold set: a held-out split large enough to mean something, apart from dev (floors: test_floors.py)."""

from __future__ import annotations

from sitreps.evaluate.events import load_gold

# The held-out split must stay large enough for its figures to mean something.
MIN_HELDOUT_ITEMS = 80


def test_heldout_split_is_large_and_apart_from_dev() -> None:
    heldout, dev = load_gold("heldout"), load_gold("dev")
    assert len(heldout) >= MIN_HELDOUT_ITEMS
    assert not {i["text"] for i in heldout} & {i["text"] for i in dev}
