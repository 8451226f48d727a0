"""Hand-built documents and events for the store tests (articles written for this project).

Spans are taken from regex match offsets on the article text, as the
pipeline's stages must; every optional field is set somewhere so a round
trip checks them all.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from sitreps.models import (
    AcledCode,
    ActorMention,
    Attribution,
    Claim,
    ClaimKind,
    Count,
    DatePrecision,
    Document,
    DocumentStatus,
    Event,
    EventMention,
    FieldCandidate,
    FieldConsensus,
    MentionRef,
    Modality,
    Place,
    PlacePrecision,
    PloverCode,
    Quote,
    Role,
    SourceKind,
    Span,
    TimeRef,
)

SUDAN = (
    "KHARTOUM, May 7 (Nile Wire) - Fighters of the Rapid Support Forces shelled a crowded market in "
    'Omdurman on Tuesday, killing at least 14 civilians, the Sudanese army said. "We will answer this '
    'crime," army spokesman Nabil Abdallah told reporters. Reports have emerged of further shelling.'
)
CONGO = (
    "GOMA - M23 rebels captured the mining town of Rubaya after two days of fighting, a spokesperson "
    "for the Congolese army said on Friday. The rebels denied attacking civilians."
)
BLACK_SEA = (
    "The Ukrainian navy said it struck a Russian landing ship near Sevastopol overnight. Moscow did "
    "not comment. Analysts said the strike would undoubtedly embolden further raids."
)
SHELLING = "Shelling/artillery/missile attack"
GERMAN = "Die Armee meldete am Montag neue Angriffe auf die Stadt."


def doc_id(text: str) -> str:
    """A content-hash id, as ingest makes them."""
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def span(text: str, pattern: str, nth: int = 0) -> Span:
    """The span of the ``nth`` match of ``pattern`` in ``text``."""
    match = list(re.finditer(pattern, text))[nth]
    return Span.of(text, match.start(), match.end())


def sentence(text: str, trigger: Span) -> Span:
    """The sentence around a trigger, from the nearest full stops."""
    start = text.rfind(". ", 0, trigger.start)
    end = text.find(". ", trigger.end)
    return Span.of(text, 0 if start < 0 else start + 2, len(text) if end < 0 else end + 1)


@dataclass(frozen=True)
class MentionSpec:
    """What varies between the test mentions; the rest is filled in by ``mention``."""

    n: int
    type: str
    trigger: str
    actor: str
    actor_id: str | None
    country: str | None
    lat: float | None
    lon: float | None
    time_start: str | None
    modality: Modality = Modality.REPORTED
    source_kind: SourceKind | None = SourceKind.ORGANISATION


def mention(text: str, spec: MentionSpec) -> EventMention:
    """An event mention with every field set (place and time where the spec gives them)."""
    trig = span(text, spec.trigger)
    actor_span = span(text, re.escape(spec.actor))
    place = None
    if spec.country:
        place = Place(
            text=spec.country, name=spec.country, lat=spec.lat, lon=spec.lon, country=spec.country,
            admin1="Khartoum State", precision=PlacePrecision.DISTRICT, note="test", evidence=[trig],
        )  # fmt: skip
    time = None
    if spec.time_start:
        time = TimeRef(start=spec.time_start, end=spec.time_start, precision=DatePrecision.DAY, note="n",
                       evidence=[trig])  # fmt: skip
    attribution = None
    if spec.source_kind:
        attribution = Attribution(source="army", source_kind=spec.source_kind, claim_index=0, evidence=[trig])
    return EventMention(
        id=f"{doc_id(text)}-m{spec.n}", type=spec.type,
        acled=AcledCode(event_type="Explosions/Remote violence", sub_event_type=SHELLING),
        plover=PloverCode(type="ATTACK", mode="shelling"), cameo="195",
        trigger=trig, sentence=sentence(text, trig),
        actors=[
            ActorMention(role=Role.INITIATOR, name=spec.actor, actor_id=spec.actor_id,
                         actor_type="armed group", country=spec.country, rank_or_role="fighters",
                         review_flag=None, evidence=[actor_span]),
        ],
        counts=[Count(what="civilians killed", value=14, low=14, high=None, evidence=[trig])],
        place=place, time=time, modality=spec.modality, attribution=attribution, confidence=0.83,
    )  # fmt: skip


def document(text: str, **meta: object) -> Document:
    """A pending document for ``text`` with the metadata given."""
    defaults: dict[str, object] = {"language": "en", "ingested_at": "2024-05-08T00:00:00+00:00"}
    return Document(id=doc_id(text), text=text, **{**defaults, **meta})  # type: ignore[arg-type]


def sudan_processed() -> Document:
    """The Sudan article processed, with every kind of result and every optional field."""
    t = SUDAN
    return document(
        t, url="https://example.org/sudan", outlet="Nile Wire", title="Market shelled in Omdurman",
        published_at="2024-05-07T09:30:00+00:00", published_precision=DatePrecision.DAY,
        status=DocumentStatus.PROCESSED, status_reason=None, source_path="feeds/nile.xml",
        raw_sha256="ab" * 32, dateline=span(t, "KHARTOUM"),
        events=[
            mention(t, MentionSpec(0, "shelling", "shelled", "Rapid Support Forces", "RSF", "SD",
                                   15.64, 32.48, "2024-05-07")),
            mention(t, MentionSpec(1, "shelling", "shelling", "Rapid Support Forces", "RSF", None, None, None,
                                   None, Modality.ALLEGED, SourceKind.VAGUE)),
        ],
        quotes=[Quote(speaker="Nabil Abdallah", speaker_id="P-NABIL", role="army spokesman",
                      text=span(t, "We will answer this crime,"), direct=True, cue=span(t, "told"),
                      speaker_evidence=[span(t, "Nabil Abdallah")])],
        claims=[
            Claim(span=span(t, r"Fighters.*?said\."), kind=ClaimKind.REPORTED_EVENT, source="Sudanese army",
                  source_kind=SourceKind.ORGANISATION, cue=span(t, "said"), check_worthiness=0.9),
            Claim(span=span(t, r"Reports have emerged.*"), kind=ClaimKind.ALLEGATION, source=None,
                  source_kind=SourceKind.VAGUE, cue=None, check_worthiness=0.4),
        ],
    )  # fmt: skip


def congo_processed() -> Document:
    t = CONGO
    return document(
        t, outlet="Lakes Daily", title="M23 takes Rubaya", published_at="2024-04-26",
        status=DocumentStatus.PROCESSED,
        events=[
            mention(t, MentionSpec(0, "capture_territory", "captured", "M23 rebels", "M23", "CD",
                                   -1.56, 28.89, "2024-04-25")),
            mention(t, MentionSpec(1, "attack", "attacking", "rebels", None, "CD", -1.56, 28.89, None,
                                   Modality.DENIED, SourceKind.NONE)),
        ],
    )  # fmt: skip


def black_sea_processed() -> Document:
    t = BLACK_SEA
    return document(
        t, outlet="Coast Post", title="Navy strikes landing ship", published_at="2024-03-02",
        status=DocumentStatus.PROCESSED,
        events=[
            mention(t, MentionSpec(0, "strike", "struck", "Ukrainian navy", "UA-NAVY", "UA", 44.6, 33.5,
                                   None, Modality.REPORTED, SourceKind.ORGANISATION)),
        ],
    )  # fmt: skip


def linked_event(event_id: str, mentions: list[EventMention], docs: list[Document], **extra: object) -> Event:
    """A linked event over mentions of these documents (one per mention), every field set."""
    refs = [
        MentionRef(mention_id=m.id, document_id=d.id, outlet=d.outlet, published_at=d.published_at,
                   originator=d.outlet or "unknown")
        for m, d in zip(mentions, docs, strict=True)
    ]  # fmt: skip
    first = mentions[0]
    candidate = FieldCandidate(value=14, label="14", mention_ids=[m.id for m in mentions],
                               document_ids=[d.id for d in docs], outlets=[d.outlet or "" for d in docs],
                               evidence=[first.trigger])  # fmt: skip
    values: dict[str, object] = {
        "id": event_id, "type": first.type, "acled": first.acled, "plover": first.plover,
        "cameo": first.cameo,
        "fields": [FieldConsensus(field="killed", value=14, label="14", support=1.0, contradiction=False,
                                  candidates=[candidate])],
        "mentions": refs, "place": first.place, "time": first.time, "contradictions": [],
        "first_reported": min(d.published_at or "" for d in docs),
        "last_reported": max(d.published_at or "" for d in docs),
        "n_documents": len(docs), "n_outlets": len({d.outlet for d in docs}), "n_originators": 1,
    }  # fmt: skip
    return Event.model_validate({**values, **extra})
