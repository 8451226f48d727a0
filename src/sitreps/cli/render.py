"""Printing results: rich tables for people, the models' own JSON for programs."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

from rich import box
from rich.console import Console
from rich.table import Table

from sitreps.models import Document, EventMention, Role
from sitreps.store.records import DocumentMeta

# Article text is untrusted: rich markup in it must print literally. In a pipe
# there is no terminal width to fit, so tables get room instead of 80 columns.
PIPE_WIDTH = 200
console = Console(markup=False, highlight=False, width=None if sys.stdout.isatty() else PIPE_WIDTH)


def showing(shown: int, total: int, noun: str) -> None:
    """'showing N of M' (on standard error, so pipes get only the table) when a list is cut short."""
    if shown < total:
        print(f"showing {shown} of {total} {noun}s; --limit N shows more", file=sys.stderr)


def print_json(payload: object) -> None:
    """JSON on stdout, UTF-8, never ASCII-escaped (names in every script stay readable)."""
    print(json.dumps(payload, ensure_ascii=False, indent=2))


def _actors(mention: EventMention, roles: tuple[Role, ...]) -> str:
    return "; ".join(a.name for a in mention.actors if a.role in roles)


def _counts(mention: EventMention) -> str:
    parts = []
    for count in mention.counts:
        figure = str(count.value) if count.value is not None else f"{count.low or '?'}-{count.high or ''}"
        parts.append(f"{count.what} {figure}")
    return ", ".join(parts)


def _when(document: Document | DocumentMeta, mention: EventMention) -> str:
    if mention.time and mention.time.start:
        return mention.time.start
    if mention.time and mention.time.end:
        return f"<= {mention.time.end}"
    return document.published_at[:10] if document.published_at else ""


COMPACT_MENTION_WIDTHS = {"type": 14, "initiator": 13, "target": 11, "place": 12, "modality": 9}
"""With the mention id (16) and the date (10) the compact mention table takes 97 columns: it fits a
100-column terminal with the id whole (the document id and counts are in --wide)."""


def _compact_mentions(rows: Sequence[tuple[Document | DocumentMeta, EventMention]]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    table.add_column("id", no_wrap=True, min_width=16)
    table.add_column("date", no_wrap=True)
    for name, width in COMPACT_MENTION_WIDTHS.items():
        table.add_column(name, max_width=width, no_wrap=True, overflow="ellipsis")
    for document, mention in rows:
        place = mention.place.name or mention.place.text if mention.place else ""
        table.add_row(mention.id, _when(document, mention), mention.type.replace("_", " "),
                      _actors(mention, (Role.INITIATOR,)), _actors(mention, (Role.TARGET, Role.RECIPIENT)),
                      place or "", mention.modality.value)
    return table


def mention_table(rows: Sequence[tuple[Document | DocumentMeta, EventMention]], *, wide: bool = True) -> Table:
    """One row per event mention: every column, or (``wide`` false) the ones that fit 100 columns."""
    if not wide:
        return _compact_mentions(rows)
    table = Table(show_lines=False)
    for column in ("id", "date", "type", "initiator", "target/recipient", "counts", "place", "modality",
                   "source", "document"):
        table.add_column(column, overflow="fold")
    for document, mention in rows:
        place = mention.place.name or mention.place.text if mention.place else ""
        source = mention.attribution.source or mention.attribution.source_kind if mention.attribution else ""
        table.add_row(mention.id, _when(document, mention), mention.type, _actors(mention, (Role.INITIATOR,)),
                      _actors(mention, (Role.TARGET, Role.RECIPIENT)), _counts(mention), place or "",
                      mention.modality.value, str(source or ""), document.id)
    return table


def document_summary(document: Document) -> None:
    """A human-readable view of one document and what was extracted from it."""
    console.print(f"{document.id}  {document.title or '(untitled)'}")
    console.print(f"outlet: {document.outlet or '-'}  published: {document.published_at or '-'}  "
                  f"language: {document.language or '-'}  status: {document.status.value}"
                  + (f" ({document.status_reason})" if document.status_reason else ""))
    if document.events:
        console.print(mention_table([(document, m) for m in document.events]))
    for quote in document.quotes:
        console.print(f"quote ({'direct' if quote.direct else 'indirect'}) {quote.speaker or '?'}"
                      f"{', ' + quote.role if quote.role else ''}: {quote.text.text}")
    for claim in document.claims:
        console.print(f"claim [{claim.kind.value}; {claim.source_kind.value}: {claim.source or '-'}] "
                      f"{claim.span.text}")
