"""Fixtures for the link tests: documents with hand-built mentions, written for these tests."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from sitreps.link.embedding import lexical_embedder
from sitreps.link.linker import Linker
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


@pytest.fixture
def linker_factory() -> Callable[..., Linker]:
    """Linkers using the lexical stand-in embedder (the real model is tested once, separately)."""

    def build(**kwargs: Any) -> Linker:
        return Linker(embedder=lexical_embedder, **kwargs)

    return build


@pytest.fixture
def strike_reports() -> list[Document]:
    """Three reports of one drone strike (one a verbatim reprint) and one of a protest in Odesa."""
    wire = "A Russian drone struck an apartment block in Kharkiv overnight, killing five, the governor said."
    return [
        make_doc("a1", wire, "2024-03-03", "Wire One", strike()),
        make_doc("a2", wire, "2024-03-03", "Reprint Daily", strike()),
        make_doc(
            "a3",
            "Six residents died when a drone struck a high-rise in Kharkiv, rescuers said on Monday.",
            "2024-03-04",
            "Eastern Post",
            strike(counts=[("killed", 6)], source=("State Emergency Service", SourceKind.ORGANISATION)),
        ),
        make_doc(
            "a4",
            "Hundreds of residents rallied in Odesa on Sunday against a plan to close a children's hospital.",
            "2024-03-03",
            "Black Sea News",
            {
                "type": "peaceful_protest",
                "trigger": "rallied",
                "actors": [("initiator", "residents", None)],
                "place": ODESA,
                "time": ("2024-03-03", "day"),
            },
        ),
    ]
