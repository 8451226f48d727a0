"""Linked events and the manual decisions (link merge/split, actor merge/rename) that shape them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sitreps.errors import ConfigError
from sitreps.models import Event
from sitreps.store.connection import Connection, load_json, utc_now
from sitreps.store.documents import IN_CHUNK, placeholders
from sitreps.store.records import Decision

LINK_DECISION_KINDS = ("merge", "split")


def has_contradiction(event: Event) -> bool:
    """Whether any report of the event disagrees with the consensus on some field."""
    return bool(event.contradictions) or any(f.contradiction for f in event.fields)


def _event_row(conn: Connection, e: Event) -> tuple[object, ...]:
    place, time = e.place, e.time
    return (
        e.id, e.type, e.first_reported, e.last_reported, time.start if time else None,
        time.end if time else None, place.country if place else None, place.lat if place else None,
        place.lon if place else None, e.n_documents, e.n_outlets, e.n_originators, has_contradiction(e),
        conn.json_param(e.model_dump(mode="json")),
    )  # fmt: skip


def save_events(conn: Connection, events: Iterable[Event], *, replace_all: bool = False) -> int:
    """Insert or replace linked events (all others too when ``replace_all``); one transaction."""
    count = 0
    with conn.transaction():
        if replace_all:
            conn.execute("DELETE FROM events")
        for event in sorted(events, key=lambda e: e.id):  # a fixed lock order between writers
            conn.execute("DELETE FROM events WHERE id = ?", (event.id,))  # its links go by cascade
            conn.execute(
                "INSERT INTO events (id, type, first_reported, last_reported, time_start, time_end, country, "
                "lat, lon, n_documents, n_outlets, n_originators, has_contradiction, payload) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _event_row(conn, event),
            )
            links = {ref.mention_id: ref.document_id for ref in event.mentions}
            conn.executemany(
                "INSERT INTO event_mentions (event_id, mention_id, document_id) VALUES (?, ?, ?)",
                [(event.id, mention_id, doc_id) for mention_id, doc_id in links.items()],
            )
            count += 1
    return count


def load_events(conn: Connection, ids: Sequence[str]) -> list[Event]:
    """The stored events with these ids, in the order of ``ids``."""
    loaded: dict[str, Event] = {}
    for start in range(0, len(ids), IN_CHUNK):
        chunk = list(ids[start : start + IN_CHUNK])
        rows = conn.execute(f"SELECT id, payload FROM events WHERE id IN ({placeholders(len(chunk))})", chunk)
        loaded.update((event_id, Event.model_validate(load_json(payload))) for event_id, payload in rows)
    return [loaded[i] for i in ids if i in loaded]


def add_decision(conn: Connection, table: str, kind: str, payload: dict[str, Any]) -> int:
    """Record a manual decision in ``table`` and return its id."""
    if table == "link_decisions" and kind not in LINK_DECISION_KINDS:
        raise ConfigError(
            f"link decision kind {kind!r} is unknown: use one of {', '.join(LINK_DECISION_KINDS)}"
        )
    with conn.transaction():
        rows = conn.execute(
            f"INSERT INTO {table} (kind, payload, created_at) VALUES (?, ?, ?) RETURNING id",
            (kind, conn.json_param(payload), utc_now()),
        )
    return int(rows[0][0])


def decisions(conn: Connection, table: str) -> list[Decision]:
    """Every decision recorded in ``table``, in the order they were made (they replay in order)."""
    rows = conn.execute(f"SELECT id, kind, payload, created_at FROM {table} ORDER BY id")
    return [Decision(id=r[0], kind=r[1], payload=load_json(r[2]), created_at=r[3]) for r in rows]
