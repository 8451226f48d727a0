"""Printing linked events: the event table and one event's fields with support and contradictions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.table import Table

from sitreps.cli.render import console, showing
from sitreps.link.report_dates import event_date, event_date_label
from sitreps.models import Event

__all__ = ["event_detail", "event_table", "showing", "types_table"]

if TYPE_CHECKING:
    from sitreps.extract.taxonomy_schema import EventType

COMPACT_WIDTHS = {"type": 14, "initiator": 14, "target": 12, "place": 12}
"""Widths of the compact table's text columns: with the id (19), the date (10) and docs/originators they
add up to 97 columns, so the table fits a 100-column terminal and ids stay whole for copying."""


def _field(event: Event, name: str) -> str:
    found = next((f for f in event.fields if f.field == name), None)
    return (found.label or str(found.value)) if found and found.value is not None else ""


def _counts(event: Event) -> str:
    return ", ".join(f"{f.field.removeprefix('count:')} {f.label or f.value}"
                     for f in event.fields if f.field.startswith("count:"))


def _compact_table(events: Sequence[Event]) -> Table:
    """id, date, type, initiator, target, place, documents/originators: fits 100 columns, ids whole."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    table.add_column("id", no_wrap=True, min_width=19)
    table.add_column("date", no_wrap=True)
    for name, width in COMPACT_WIDTHS.items():
        table.add_column(name, max_width=width, no_wrap=True, overflow="ellipsis")
    table.add_column("d/o", no_wrap=True, justify="right")
    for event in events:
        place = event.place.name or event.place.text if event.place else ""
        targets = "; ".join(v for v in (_field(event, "actor:target"), _field(event, "actor:recipient")) if v)
        table.add_row(event.id, (event_date(event) or "?")[:10], event.type.replace("_", " "),
                      _field(event, "actor:initiator"), targets, place or "",
                      f"{event.n_documents}/{event.n_originators}")
    return table


def types_table(types: Sequence[EventType]) -> Table:
    """The taxonomy: id, family, label, ACLED event / sub-event type, PLOVER type."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    for column in ("id", "family", "label", "ACLED", "PLOVER"):
        table.add_column(column, overflow="fold")
    for t in types:
        acled = f"{t.acled.event_type} / {t.acled.sub_event_type}" if t.acled else ""
        plover = (t.plover.type + (f" / {t.plover.mode}" if t.plover.mode else "")) if t.plover else ""
        table.add_row(t.id, t.family, t.label, acled, plover)
    return table


def event_table(events: Sequence[Event], *, wide: bool = False) -> Table:
    """One row per linked event; compact (fits 100 columns) unless ``wide`` asks for every column."""
    if not wide:
        return _compact_table(events)
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
    console.print(f"{event.id}  {event.type}  date {event_date_label(event)}; "
                  f"documents {event.n_documents}, outlets {event.n_outlets}, "
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
