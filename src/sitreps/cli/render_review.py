"""Printing the review audit trail: one row per decision, ids kept whole."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.table import Table

from sitreps.store.review import ReviewEntry


def _events(state: Any) -> str:
    if not state:
        return ""
    return "\n".join(f"{e['id']} ({len(e['mentions'])} report(s))" if "mentions" in e
                     else f"{e['id']} {e['field']}: {e['value']}" for e in state)


def review_table(entries: Sequence[ReviewEntry]) -> Table:
    """#, kind, who/when, why, before -> after, and whether it was undone."""
    table = Table()
    for column, wraps in (("#", False), ("kind", False), ("by", True), ("when", False), ("why", True),
                          ("before", False), ("after", False), ("undone", True)):
        table.add_column(column, overflow="fold" if wraps else "ellipsis", no_wrap=not wraps)
    for e in entries:
        undone = f"{e.undone_at[:19]} by {e.undone_by or '?'}" if e.undone_at else ""
        table.add_row(str(e.id), e.kind, e.author or "", e.created_at[:19], e.reason or "", _events(e.before),
                      _events(e.after), undone)
    return table
