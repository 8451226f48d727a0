"""Printing linked events: the event table and one event's fields with support and contradictions."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from sitreps.cli.render import console
from sitreps.models import Event


def _field(event: Event, name: str) -> str:
    found = next((f for f in event.fields if f.field == name), None)
    return (found.label or str(found.value)) if found and found.value is not None else ""


def _counts(event: Event) -> str:
    return ", ".join(f"{f.field.removeprefix('count:')} {f.label or f.value}"
                     for f in event.fields if f.field.startswith("count:"))


def event_table(events: Sequence[Event]) -> Table:
    """One row per linked event: what, who, where, when, how many, and how many independent sources."""
    table = Table()
    for column in ("id", "first reported", "type", "initiator", "target/recipient", "counts", "place", "docs",
                   "outlets", "originators", "contradictions"):
        table.add_column(column, overflow="fold")
    for event in events:
        place = event.place.name or event.place.text if event.place else ""
        targets = "; ".join(v for v in (_field(event, "actor:target"), _field(event, "actor:recipient")) if v)
        table.add_row(event.id, (event.first_reported or "")[:10], event.type, _field(event, "actor:initiator"),
                      targets, _counts(event), place or "", str(event.n_documents), str(event.n_outlets),
                      str(event.n_originators), str(len(event.contradictions)) if event.contradictions else "")
    return table


def event_detail(event: Event) -> None:
    """Every field: the canonical value, its support, and each rival value with who reports it."""
    console.print(f"{event.id}  {event.type}  documents {event.n_documents}, outlets {event.n_outlets}, "
                  f"independent originators {event.n_originators}; first reported {event.first_reported or '-'}, "
                  f"last {event.last_reported or '-'}")
    table = Table()
    for column in ("field", "value", "support", "candidates (outlets)"):
        table.add_column(column, overflow="fold")
    for field in event.fields:
        candidates = "; ".join(f"{c.label} ({', '.join(o for o in c.outlets if o) or len(c.document_ids)})"
                               for c in field.candidates)
        flag = " CONTRADICTED" if field.contradiction else ""
        table.add_row(field.field, f"{field.label or field.value}{flag}", f"{field.support:.0%}", candidates)
    console.print(table)
    for line in event.contradictions:
        console.print(f"contradiction: {line}")
    for ref in event.mentions:
        console.print(f"report: mention {ref.mention_id} in document {ref.document_id} "
                      f"({ref.outlet or 'unknown outlet'}, {ref.published_at or 'undated'}; "
                      f"originator {ref.originator})")
