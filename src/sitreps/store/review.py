"""The audit trail of link decisions: who decided, when, why, the events before and after, and undo.

Rows live in ``link_decisions`` (migration ``0004_review_audit`` added the audit
columns). Undoing marks a row rather than deleting it, so the trail keeps every
step; ``active_decisions`` is what linking replays.
"""

from __future__ import annotations

from typing import Any

from sitreps.errors import ConfigError, NotFoundError
from sitreps.models import Frozen
from sitreps.store.connection import Connection, load_json, utc_now
from sitreps.store.records import Decision

_COLUMNS = ("id, kind, payload, created_at, author, reason, before_state, after_state, "
            "undone_at, undone_by, undo_reason")


class ReviewEntry(Frozen):
    """One reviewer decision with its audit trail (``undone_at`` set once it was undone)."""

    id: int
    kind: str
    payload: dict[str, Any]
    created_at: str
    author: str | None = None
    reason: str | None = None
    before: Any = None
    after: Any = None
    undone_at: str | None = None
    undone_by: str | None = None
    undo_reason: str | None = None

    @property
    def active(self) -> bool:
        """Still replayed by linking (not undone)."""
        return self.undone_at is None


def _entry(row: tuple[Any, ...]) -> ReviewEntry:
    return ReviewEntry(id=row[0], kind=row[1], payload=load_json(row[2]), created_at=row[3], author=row[4],
                       reason=row[5], before=load_json(row[6]) if row[6] is not None else None,
                       after=load_json(row[7]) if row[7] is not None else None, undone_at=row[8],
                       undone_by=row[9], undo_reason=row[10])


def review_log(conn: Connection) -> list[ReviewEntry]:
    """Every link decision, undone ones included, in the order they were made."""
    return [_entry(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM link_decisions ORDER BY id")]


def active_decisions(conn: Connection, kinds: tuple[str, ...] = ("merge", "split")) -> list[Decision]:
    """The decisions of ``kinds`` in force (not undone), in the order they were made: merges and splits
    are what the linker replays; edits are applied to its result."""
    marks = ", ".join("?" for _ in kinds)
    rows = conn.execute("SELECT id, kind, payload, created_at FROM link_decisions "
                        f"WHERE undone_at IS NULL AND kind IN ({marks}) ORDER BY id", kinds)
    return [Decision(id=r[0], kind=r[1], payload=load_json(r[2]), created_at=r[3]) for r in rows]


def add_edit(conn: Connection, payload: dict[str, Any]) -> int:
    """Record a field edit (kind 'edit') and return its id."""
    with conn.transaction():
        rows = conn.execute("INSERT INTO link_decisions (kind, payload, created_at) VALUES ('edit', ?, ?) RETURNING id",
                            (conn.json_param(payload), utc_now()))
    return int(rows[0][0])


def set_audit(conn: Connection, decision_id: int, *, author: str | None, reason: str | None,
              before: Any, after: Any) -> None:
    """Record who made decision ``decision_id``, why, and the events before and after it."""
    with conn.transaction():
        conn.execute("UPDATE link_decisions SET author = ?, reason = ?, before_state = ?, after_state = ? "
                     "WHERE id = ?", (author, reason, conn.json_param(before), conn.json_param(after), decision_id))


def mark_undone(conn: Connection, decision_id: int, *, author: str | None, reason: str | None) -> ReviewEntry:
    """Mark a decision undone (kept in the trail, no longer replayed); errors name what to do."""
    with conn.transaction():
        rows = conn.execute(f"SELECT {_COLUMNS} FROM link_decisions WHERE id = ?", (decision_id,))
        if not rows:
            raise NotFoundError(f"no review decision #{decision_id}; list them with `sitreps review list`")
        if rows[0][8] is not None:
            raise ConfigError(f"review decision #{decision_id} was already undone at {rows[0][8]}")
        conn.execute("UPDATE link_decisions SET undone_at = ?, undone_by = ?, undo_reason = ? WHERE id = ?",
                     (utc_now(), author, reason, decision_id))
        return _entry(conn.execute(f"SELECT {_COLUMNS} FROM link_decisions WHERE id = ?", (decision_id,))[0])


def existing_ids(conn: Connection, table: str, ids: list[str]) -> set[str]:
    """Which of ``ids`` are keys of ``table`` ("events" or "mentions")."""
    if table not in ("events", "mentions") or not ids:
        return set()
    marks = ", ".join("?" for _ in ids)
    return {str(r[0]) for r in conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", ids)}


def all_ids(conn: Connection, table: str) -> list[str]:
    """Every key of ``table`` ("events" or "mentions"), for suggestions when an id is mistyped."""
    if table not in ("events", "mentions"):
        return []
    return [str(r[0]) for r in conn.execute(f"SELECT id FROM {table}")]


def events_of_mentions(conn: Connection, mention_ids: list[str]) -> dict[str, str]:
    """mention id -> the id of the stored event it belongs to (mentions in no event left out)."""
    if not mention_ids:
        return {}
    marks = ", ".join("?" for _ in mention_ids)
    rows = conn.execute(f"SELECT mention_id, event_id FROM event_mentions WHERE mention_id IN ({marks})",
                        mention_ids)
    return {str(m): str(e) for m, e in rows}
