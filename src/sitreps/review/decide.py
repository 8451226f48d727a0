"""Check a reviewer's merge or split against the stored events, record it with its audit trail, undo it.

Relies on: a Store with linked events. Gives: the decision stored in the link
decisions table (replayed by every later linking run), with who made it, why,
and the events it touched before and after; or a ``NotFoundError`` /
``ConfigError`` naming the bad id (with a suggestion) and storing nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sitreps.errors import ConfigError, NotFoundError
from sitreps.link.decisions import DecisionKind, LinkDecision
from sitreps.link.persist import apply_decision, link_documents
from sitreps.link.report_dates import event_date
from sitreps.models import Event
from sitreps.review.edits import FieldEdit, apply_edits, check_value
from sitreps.review.suggest import did_you_mean
from sitreps.store.base import Store
from sitreps.store.review import ReviewEntry

EVENT_PREFIX = "ev_"


def _check_known(store: Store, table: str, ids: Sequence[str]) -> None:
    known = store.known_ids(table, ids)
    for wrong in (i for i in ids if i not in known):
        hint = did_you_mean(wrong, store.all_ids(table))
        listing = "`sitreps events`" if table == "events" else "`sitreps events --mentions`"
        raise NotFoundError(f"no {table[:-1]} with id {wrong!r}{hint}; list them with {listing}")


def _touched(store: Store, event_ids: Sequence[str], mention_ids: Sequence[str]) -> list[str]:
    """The stored events the named events and mentions are in, in a stable order."""
    owners = store.events_of_mentions(mention_ids)
    return sorted({*event_ids, *owners.values()})


def _snapshot(store: Store, event_ids: Sequence[str]) -> list[dict[str, Any]]:
    """What a reviewer needs to see what changed: each event's id, type, place, date and mentions."""
    out = []
    for event_id in event_ids:
        event = store.get_event(event_id)
        if event is None:
            continue
        out.append({"id": event.id, "type": event.type,
                    "place": (event.place.name or event.place.text) if event.place else None,
                    "date": event_date(event),
                    "mentions": [ref.mention_id for ref in event.mentions]})
    return out


def _validate(store: Store, kind: DecisionKind, event_ids: Sequence[str], mention_ids: Sequence[str]) -> None:
    _check_known(store, "events", event_ids)
    _check_known(store, "mentions", mention_ids)
    touched = _touched(store, event_ids, mention_ids)
    if kind is DecisionKind.MERGE and len(touched) < 2:
        raise ConfigError("these are already one event: name events or mentions of at least two events")
    if kind is DecisionKind.SPLIT:
        for event in _snapshot(store, touched):
            if set(event["mentions"]) <= set(mention_ids):
                raise ConfigError(f"split would leave event {event['id']} empty: name only some of its mentions")


def review_decision(store: Store, kind: DecisionKind, *, event_ids: Sequence[str] = (),
                    mention_ids: Sequence[str] = (), author: str | None = None,
                    reason: str | None = None) -> tuple[ReviewEntry, int]:
    """Check, store and apply a merge or split to the stored events (nothing is relinked); returns its audit
    entry and the event count afterwards."""
    try:
        decision = LinkDecision(kind=kind, event_ids=list(event_ids), mention_ids=list(mention_ids), note=reason,
                                decided_by=author)
    except ValueError as error:
        raise ConfigError(f"invalid {kind.value}: {error}") from None
    _validate(store, kind, event_ids, mention_ids)
    touched = _touched(store, event_ids, mention_ids)
    before = _snapshot(store, touched)
    named = {m for e in before for m in e["mentions"]} | set(mention_ids)
    decision_id, total = apply_decision(store, decision)
    after = _snapshot(store, sorted(set(store.events_of_mentions(sorted(named)).values())))
    store.set_review_audit(decision_id, author=author, reason=reason, before=before, after=after)
    entry = next(e for e in store.review_log() if e.id == decision_id)
    return entry, total


def undo_decision(store: Store, decision_id: int, *, author: str | None = None,
                  reason: str | None = None) -> tuple[ReviewEntry, int]:
    """Undo a decision (it stays in the trail) and relink without it; returns the entry and the event count."""
    entry = store.undo_link_decision(decision_id, author=author, reason=reason)
    return entry, link_documents(store)


def _field_value(event: Event, field: str) -> str | None:
    if field == "type":
        return event.type
    if field == "date":
        return event_date(event)
    return (event.place.name or event.place.text) if event.place else None


def edit_decision(store: Store, event_id: str, field: str, value: str, *, author: str | None = None,
                  reason: str | None = None) -> tuple[ReviewEntry, int]:
    """Set one field of an event (kept, with the value before, and re-applied after every linking run)."""
    _check_known(store, "events", [event_id])
    event = store.get_event(event_id)
    if event is None or not event.mentions:
        raise NotFoundError(f"no event with id {event_id!r}; list them with `sitreps events`")
    checked = check_value(field, value)
    edit = FieldEdit.model_validate({"mention_id": event.mentions[0].mention_id, "field": field, "value": checked})
    edited = apply_edits([event], [edit])[0]
    decision_id = store.add_field_edit(edit.model_dump(mode="json"))
    store.save_events([edited])
    before = [{"id": event.id, "field": field, "value": _field_value(event, field)}]
    after = [{"id": edited.id, "field": field, "value": _field_value(edited, field)}]
    store.set_review_audit(decision_id, author=author, reason=reason, before=before, after=after)
    entry = next(e for e in store.review_log() if e.id == decision_id)
    return entry, store.count_events()
