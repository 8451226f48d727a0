"""Documents with hand-built mentions for the link tests, written for these tests.

A module of its own, not ``conftest``: ``from link_helpers import`` found another folder's conftest when
tests/link ran in one session with tests/attribute or tests/evaluate."""

from __future__ import annotations

import re
from typing import Any

from sitreps.models import (
    ActorMention,
    Attribution,
    Count,
    Document,
    EventMention,
    Modality,
    Place,
    PlacePrecision,
    SourceKind,
    Span,
    TimeRef,
)

KHARKIV = {"name": "Kharkiv", "country": "UA", "admin1": "Kharkiv", "lat": 49.99, "lon": 36.23}
ODESA = {"name": "Odesa", "country": "UA", "admin1": "Odesa", "lat": 46.48, "lon": 30.72}
IZIUM = {"name": "Izium", "country": "UA", "admin1": "Kharkiv", "lat": 49.21, "lon": 37.26}
BELGOROD = {"name": "Belgorod", "country": "RU", "admin1": "Belgorod", "lat": 50.6, "lon": 36.6}

_SENTENCE = re.compile(r"[^.!?]+[.!?]?")


def mention(text: str, doc_id: str, index: int, spec: dict[str, Any]) -> EventMention:
    """A mention whose trigger is the first match of ``spec['trigger']`` in the text."""
    found = re.search(re.escape(spec["trigger"]), text)
    assert found, spec["trigger"]
    trigger = Span.of(text, found.start(), found.end())
    sentence = next(
        Span.of(text, m.start(), m.end())
        for m in _SENTENCE.finditer(text)
        if m.start() <= found.start() < m.end()
    )
    place = spec.get("place")
    time = spec.get("time")
    source = spec.get("source")
    return EventMention(
        id=f"{doc_id}:m{index}",
        type=spec.get("type", "air_drone_strike"),
        acled=None,
        plover=None,
        cameo=None,
        trigger=trigger,
        sentence=sentence,
        actors=[
            ActorMention(role=role, name=name, actor_id=aid, evidence=[sentence])
            for role, name, aid in spec.get("actors", [])
        ],
        counts=[
            Count(what=w, value=v, low=None, high=None, evidence=[sentence])
            for w, v in spec.get("counts", [])
        ],
        place=Place(text=place["name"], precision=PlacePrecision.EXACT, evidence=[sentence], **place)
        if place
        else None,
        time=TimeRef(start=time[0], end=time[0], precision=time[1], evidence=[sentence]) if time else None,
        modality=spec.get("modality", Modality.REPORTED),
        attribution=Attribution(source=source[0], source_kind=source[1], evidence=[sentence])
        if source
        else None,
        confidence=0.9,
    )


def make_doc(doc_id: str, text: str, published: str, outlet: str, *specs: dict[str, Any]) -> Document:
    """A processed document holding one mention per spec."""
    return Document(
        id=doc_id,
        outlet=outlet,
        published_at=published,
        text=text,
        events=[mention(text, doc_id, i, spec) for i, spec in enumerate(specs)],
    )


def strike(**extra: Any) -> dict[str, Any]:
    """A drone strike on Kharkiv on 3 March 2024 by Russian forces, unless told otherwise."""
    spec: dict[str, Any] = {
        "type": "air_drone_strike",
        "trigger": "struck",
        "actors": [("initiator", "Russian forces", "ru-armed-forces")],
        "counts": [("killed", 5)],
        "place": KHARKIV,
        "time": ("2024-03-03", "day"),
        "source": ("Oleh Synehubov", SourceKind.NAMED_OFFICIAL),
    }
    spec.update(extra)
    return spec
