"""A reviewer's edit of one field of a linked event (its type, date or place), re-applied after linking.

An edit names the event by its anchor mention (the event id is derived from the
earliest mention, so a merge can change it; the mention stays) and is applied,
in order, to whichever event holds that mention after every linking run.

Relies on: the taxonomy (types and their ACLED/PLOVER/CAMEO codes) and the
gazetteer (a place name to coordinates and precision). Gives: events with the
field replaced and a note saying a reviewer set it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Literal

from sitreps.errors import ConfigError
from sitreps.models import DatePrecision, Event, Frozen, Place, TimeRef

EditableField = Literal["type", "date", "place"]
EDITABLE_FIELDS: tuple[str, ...] = ("type", "date", "place")
REVIEW_NOTE = "set by a reviewer"


class FieldEdit(Frozen):
    """Set ``field`` of the event holding ``mention_id`` to ``value``."""

    mention_id: str
    field: EditableField
    value: str


def check_value(field: str, value: str) -> str:
    """The value as stored (a type id as the taxonomy spells it, an ISO date, a place name); errors say why."""
    from sitreps.lookup import event_types

    value = value.strip()
    if field not in EDITABLE_FIELDS:
        raise ConfigError(f"cannot edit {field!r}: editable fields are {', '.join(EDITABLE_FIELDS)}")
    if not value:
        raise ConfigError(f"give the new {field}")
    if field == "type":
        return event_types([value])[0]
    if field == "date":
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise ConfigError(f"date {value!r} is not a date: use YYYY-MM-DD") from None
    return value


def _with(event: Event, edit: FieldEdit) -> Event:
    if edit.field == "type":
        from sitreps.extract.taxonomy import load_taxonomy

        kind = load_taxonomy().get(edit.value)
        return event.model_copy(update={"type": kind.id, "acled": kind.acled, "plover": kind.plover,
                                        "cameo": kind.cameo})
    if edit.field == "date":
        return event.model_copy(update={"time": TimeRef(start=edit.value, end=edit.value,
                                                        precision=DatePrecision.DAY, note=REVIEW_NOTE, evidence=[])})
    from sitreps.resolve.gazetteer import get_gazetteer

    match = get_gazetteer().resolve(edit.value)
    place = Place(text=edit.value, name=match.name or edit.value, lat=match.lat, lon=match.lon,
                  country=match.country, admin1=match.admin1, precision=match.precision, note=REVIEW_NOTE,
                  evidence=[])
    return event.model_copy(update={"place": place})


def apply_edits(events: list[Event], edits: Iterable[FieldEdit]) -> list[Event]:
    """The events with every edit applied in order; an edit whose mention is in no event is skipped
    (its document may not be loaded in this run; the edit stays stored for the next)."""
    result = list(events)
    holder = {ref.mention_id: i for i, e in enumerate(result) for ref in e.mentions}
    for edit in edits:
        index = holder.get(edit.mention_id)
        if index is not None:
            result[index] = _with(result[index], edit)
    return result
