"""What the linker compares: the linking features of one mention, or of an already linked event.

A ``LinkNode`` is built once per mention (or once per existing event that is
not being re-linked from its documents) so that pair scoring only reads plain
fields and never re-parses dates, places or names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np

from sitreps.link.families import family_of
from sitreps.link.shingles import signature
from sitreps.link.windows import Window, event_window, parse_start, stated_interval
from sitreps.models import Document, Event, EventMention, Place, PlacePrecision


@dataclass
class LinkNode:
    """Linking features; ``key`` is the mention id, or ``event:<id>`` for an existing event."""

    key: str
    mention_ids: tuple[str, ...]
    document_id: str | None
    type: str
    family: str
    window: Window | None
    stated: Window | None
    place: Place | None
    actors: frozenset[str]
    sentence: str
    sentence_span: tuple[int, int] | None
    reported: str
    vector: np.ndarray | None = None
    sentence_sig: np.ndarray = field(default_factory=lambda: np.zeros(0))

    @property
    def country(self) -> str | None:
        return self.place.country if self.place else None

    @property
    def sort_key(self) -> tuple[str, str]:
        """Earliest report first, then by key: the order clustering visits nodes in."""
        return (self.reported, self.key)


def report_time(document: Document) -> str:
    """When a document was first seen: its publication date, else when it was ingested."""
    return document.published_at or document.ingested_at or ""


def report_day(document: Document) -> date | None:
    """The report time as a day, for windows of undated mentions."""
    return parse_start(report_time(document))


def actor_key(name: str, actor_id: str | None) -> str:
    """The canonical actor id where resolved, else the normalised name (matched fuzzily later)."""
    return f"id:{actor_id}" if actor_id else f"name:{' '.join(name.lower().split())}"


def mention_node(mention: EventMention, document: Document) -> LinkNode:
    """Linking features of one mention in its document."""
    return LinkNode(
        key=mention.id,
        mention_ids=(mention.id,),
        document_id=document.id,
        type=mention.type,
        family=family_of(mention.type),
        window=event_window(mention.time, report_day(document)),
        stated=stated_interval(mention.time),
        place=_located(mention.place),
        actors=frozenset(actor_key(a.name, a.actor_id) for a in mention.actors),
        sentence=mention.sentence.text,
        sentence_span=(mention.sentence.start, mention.sentence.end),
        reported=report_time(document),
        sentence_sig=signature(mention.sentence.text),
    )


def event_node(event: Event) -> LinkNode:
    """Linking features of an existing event whose documents are not being re-added.

    Its text is the evidence of its ``type`` field (the reporting sentences), its
    actors every candidate of its actor fields, its time and place the consensus.
    """
    type_field = next((f for f in event.fields if f.field == "type"), None)
    sentences = [s.text for c in (type_field.candidates if type_field else []) for s in c.evidence]
    actors = frozenset(
        str(c.value) for f in event.fields if f.field.startswith("actor:") for c in f.candidates
    )
    text = " ".join(dict.fromkeys(sentences))
    return LinkNode(
        key=f"event:{event.id}",
        mention_ids=tuple(m.mention_id for m in event.mentions),
        document_id=None,
        type=event.type,
        family=family_of(event.type),
        window=event_window(event.time, parse_start(event.first_reported)),
        stated=stated_interval(event.time),
        place=_located(event.place),
        actors=actors,
        sentence=text,
        sentence_span=None,
        reported=event.first_reported or "",
        sentence_sig=signature(text),
    )


def _located(place: Place | None) -> Place | None:
    """A place only when it says anything about location (unknown places compare as missing)."""
    if place is None or (place.precision is PlacePrecision.UNKNOWN and not place.country):
        return None
    return place
