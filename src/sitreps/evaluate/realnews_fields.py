"""Whether one field of a linked row agrees with the gold event, the way an analyst would judge it.

Each check returns True (right), False (wrong) or None (the gold does not score
this field for this event). The values read are the row's canonical ones, the
ones the event table shows.
"""

from __future__ import annotations

from datetime import date

from sitreps.evaluate.realnews_gold import GoldEvent
from sitreps.models import DatePrecision, Event, FieldCandidate, FieldConsensus, Place
from sitreps.resolve.geodata import distance_km

WEEK_DAYS = 7
"""A gold date of week precision accepts a row dated up to a week either side."""
MODALITIES_ACCEPTED = {
    "reported": {"reported"},
    "alleged": {"alleged"},
    "denied": {"denied"},
    "claimed": {"claimed", "alleged"},
}
"""Gold modality -> the row modalities that agree. sitreps has no "claimed" (a party claiming its own act):
such a claim is an unverified allegation."""
FATALITY_FIELDS = ("count:killed",)
FIELDS = ("sub_event_type", "place", "date", "fatalities", "initiator", "target", "modality")


def field_of(event: Event, name: str) -> FieldConsensus | None:
    """The row's consensus for one field (``type``, ``actor:initiator``, ``count:killed``...), if it has one."""
    return next((f for f in event.fields if f.field == name), None)



def sub_event_type_right(event: Event, gold: GoldEvent) -> bool:
    return event.acled is not None and event.acled.sub_event_type in gold.sub_event_types


def place_right(event: Event, gold: GoldEvent) -> bool | None:
    return place_within(event.place, gold)


def place_within(place: Place | None, gold: GoldEvent) -> bool | None:
    """Whether a place lies within the gold event's tolerance; None when the gold has no point."""
    if gold.place is None or gold.place.lat is None or gold.place.lon is None:
        return None
    if place is None or place.lat is None or place.lon is None:
        return False
    return distance_km(place.lat, place.lon, gold.place.lat, gold.place.lon) <= gold.place.tolerance_km


def stated_start(event: Event) -> str | None:
    """The row's start day as a reader sees it: none for an unknown time."""
    return event.time.start if event.time and event.time.precision is not DatePrecision.UNKNOWN else None


def date_right(event: Event, gold: GoldEvent) -> bool:
    start = stated_start(event)
    if gold.event_date is None:
        return start is None
    if start is None:
        return False
    precision = gold.date_precision or "day"
    if precision == "year":
        return start[:4] == gold.event_date[:4]
    if precision == "month":
        return start[:7] == gold.event_date[:7]
    try:
        gap = abs((date.fromisoformat(start[:10]) - date.fromisoformat(gold.event_date)).days)
    except ValueError:
        return False
    return gap <= WEEK_DAYS if precision == "week" else gap == 0


def stated_fatalities(event: Event) -> int | None:
    """The row's canonical death toll, as the figure a reader sees (the lower bound of a range)."""
    consensus = next((f for name in FATALITY_FIELDS if (f := field_of(event, name))), None)
    if consensus is None:
        return None
    value = consensus.value
    if isinstance(value, int | float):
        return int(value)
    low, _, high = str(value).partition("-")
    figure = low or high
    return int(figure) if figure.isdigit() else None


def fatalities_right(event: Event, gold: GoldEvent) -> bool:
    figure = stated_fatalities(event)
    if gold.fatalities is None:
        return figure is None
    low, high = gold.fatalities
    if figure is None:
        return high == 0
    return low <= figure <= high


def _actor_text(event: Event, role: str) -> str | None:
    consensus = field_of(event, f"actor:{role}")
    if consensus is None or not consensus.candidates:
        return None
    return candidate_text(consensus.candidates[0])


def candidate_text(candidate: FieldCandidate) -> str:
    """What an actor term is looked for in: the candidate's value, label and evidence, lower-cased."""
    return " ".join([str(candidate.value), candidate.label, *(s.text for s in candidate.evidence)]).lower()


def actor_right(event: Event, terms: tuple[str, ...] | None, role: str) -> bool | None:
    """Any term (and no ``!term``) in the actor's label or evidence; ``()`` means the text names nobody."""
    if terms is None:
        return None
    text = _actor_text(event, role)
    wanted = [t for t in terms if not t.startswith("!")]
    if not wanted:
        return text is None
    if text is None:
        return False
    return any(t in text for t in wanted) and not any(t[1:] in text for t in terms if t.startswith("!"))


def modality_of(event: Event) -> str:
    consensus = field_of(event, "modality")
    return str(consensus.value) if consensus is not None else "reported"


def modality_right(event: Event, gold: GoldEvent) -> bool:
    return modality_of(event) in MODALITIES_ACCEPTED.get(gold.modality, {gold.modality})


def field_checks(event: Event, gold: GoldEvent) -> dict[str, bool | None]:
    """Every scored field of a row against one gold event."""
    return {
        "sub_event_type": sub_event_type_right(event, gold),
        "place": place_right(event, gold),
        "date": date_right(event, gold),
        "fatalities": fatalities_right(event, gold),
        "initiator": actor_right(event, gold.initiator_terms, "initiator"),
        "target": actor_right(event, gold.target_terms, "target"),
        "modality": modality_right(event, gold),
    }
