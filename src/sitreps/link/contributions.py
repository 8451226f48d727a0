"""What each report says of an event, field by field: one contribution per value a mention gives.

Each mention contributes one value per field it states (``type``, ``actor:<role>``,
``place``, ``time``, ``count:<what>``, ``modality``, ``source``). Values are
encoded as plain strings or integers so that an event read back from the store
decomposes into the same contributions (candidates keep ``mention_ids``,
``document_ids`` and ``evidence`` aligned, one entry per supporting mention).

Taking a mention or a stored event apart into values is separate from weighing the values
against each other (``link.consensus``): this module reads one mention at a time (its actors
sided as the row codes them, ``link.row_sides``) and ranks nothing across reports.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitreps.extract.toll_scope import latest_first
from sitreps.link.nodes import actor_key
from sitreps.link.one_telling import voices_of
from sitreps.link.originators import source_name
from sitreps.link.own_claims import claims_own_act
from sitreps.link.row_sides import row_actors
from sitreps.link.windows import stated_interval
from sitreps.models import Count, Event, EventMention, FieldValue, Modality, Place, PlacePrecision, Span

# Precisions of a place the gazetteer lacks that say no more than the region or country it was placed in.
BROAD = frozenset({PlacePrecision.REGION, PlacePrecision.COUNTRY})


@dataclass(frozen=True)
class Contribution:
    """One mention's value for one field."""

    field: str
    value: FieldValue
    label: str
    mention_id: str
    evidence: Span | None
    order: int = 0
    """Rank of the value among those one mention gives for the field: a merged incident lists its
    own actors first (``extract.finished_incident.ranked_actors``), a stored event its ranked candidates."""
    own_claim: bool = False
    """A party's claim of its own act (``link.own_claims``): its modality ranks like a claim's."""
    voices: tuple[str, ...] = ()
    """Who tells the mention of a modality value, by name (``link.one_telling``); empty elsewhere."""


def contributions_of(mention: EventMention) -> list[Contribution]:
    """The values one mention gives, each with its evidence (``type`` is evidenced by the sentence)."""
    m = mention
    out = [Contribution("type", m.type, m.type, m.id, m.sentence)]
    ranks: dict[str, int] = {}
    for actor in row_actors(m):
        role, key = f"actor:{actor.role.value}", actor_key(actor.name, actor.actor_id)
        ranks[role] = ranks.get(role, -1) + 1
        out.append(Contribution(role, key, actor.name, m.id, _first(actor.evidence, m), ranks[role]))
    out.extend(_place(m) + _time(m))
    for rank, count in _ranked_counts(m.counts):
        value, label = _count_value(count.value, count.low, count.high)
        out.append(Contribution(f"count:{_what(count)}", value, label, m.id, _first(count.evidence, m), rank))
    own_claim = claims_own_act(m)
    modality = Modality.ALLEGED if own_claim else m.modality
    out.append(Contribution("modality", modality.value, modality.value, m.id, m.trigger, own_claim=own_claim,
                            voices=voices_of(m)))
    source = source_name(m.attribution)
    if source is not None and m.attribution is not None:
        label = m.attribution.source or source
        out.append(Contribution("source", source, label, m.id, _first(m.attribution.evidence, m)))
    return out


def _what(count: Count) -> str:
    return " ".join(count.what.lower().split())


def _ranked_counts(counts: list[Count]) -> list[tuple[int, Count]]:
    """A mention's counts, each with its rank among those of the same thing: a toll the article revises
    ("the death toll rose to 30" after "killing 12") first (``extract.toll_scope.latest_first``), so that
    it wins the tie the two figures of one report make."""
    ranks: dict[str, int] = {}
    out = []
    for count in latest_first(counts):
        ranks[_what(count)] = ranks.get(_what(count), -1) + 1
        out.append((ranks[_what(count)], count))
    return out


def _only_broadly(place: Place) -> bool:
    """Whether a place is known only at a region or country: a name the gazetteer lacks, placed there.

    One placed at a district's centre ("Let Pan Hla village in Kani Township") keeps its name: a town of
    the same region that another report names (the junta's "near Monywa") need not lie in that district.
    """
    return bool(place.approximate) and place.precision in BROAD


def _place(m: EventMention) -> list[Contribution]:
    """The place as ``country/admin1/name`` so that clashes can be judged from the value alone."""
    place = m.place
    if place is None or not (place.country or place.name or place.text):
        return []
    name = place.name or place.text
    # a name the gazetteer lacks, placed at a region's or country's centre, is known only at that level:
    # it backs a town another report finds inside it rather than tying with it
    value = f"{place.country or '?'}/{place.admin1 or '?'}/{'?' if _only_broadly(place) else name}"
    label = f"{name}, {place.country}" if place.country and place.country != name else name
    return [Contribution("place", value, label, m.id, _first(place.evidence, m))]


def _time(m: EventMention) -> list[Contribution]:
    """The stated time as ``start/end`` days; unknown times contribute nothing."""
    interval = stated_interval(m.time)
    if interval is None or m.time is None:
        return []
    start, end = (d.isoformat() for d in interval)
    label = start if start == end else f"{start} to {end}"
    return [Contribution("time", f"{start}/{end}", label, m.id, _first(m.time.evidence, m))]


def contributions_of_event(event: Event) -> list[Contribution]:
    """An already linked event taken apart into the contributions it was built from."""
    out = []
    for consensus in event.fields:
        for rank, candidate in enumerate(consensus.candidates):
            aligned = len(candidate.evidence) == len(candidate.mention_ids)
            for i, mention_id in enumerate(candidate.mention_ids):
                span = candidate.evidence[i] if aligned else None
                out.append(Contribution(consensus.field, candidate.value, candidate.label, mention_id, span, rank,
                                        own_claim=mention_id in candidate.own_claims))
    return out


def _count_value(value: int | None, low: int | None, high: int | None) -> tuple[FieldValue, str]:
    if value is not None:
        return value, str(value)
    if low is not None and high is not None:
        return f"{low}-{high}", f"{low} to {high}"
    if low is not None:
        return f"{low}-", f"at least {low}"
    return f"-{high if high is not None else ''}", f"up to {high}" if high is not None else "unknown"


def _first(spans: list[Span], mention: EventMention) -> Span:
    """A value's first evidence span, else the mention's sentence (so every value has one)."""
    return spans[0] if spans else mention.sentence
