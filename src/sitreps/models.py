"""The typed data model every stage shares (see docs/data-model.md).

All results are frozen pydantic models so that the JSON a user sees is the
model's own serialisation (``model_dump(mode="json")``), never a hand-built
dict. Every extracted value carries ``evidence``: spans into ``Document.text``
with ``text[start:end] == span.text``.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Frozen(BaseModel):
    """Base for all result models: immutable, unknown fields rejected."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Frozen):
    """A character range of a document's text, with the text it covers."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start or self.end - self.start != len(self.text):
            raise ValueError(f"span {self.start}:{self.end} does not match its text {self.text!r}")
        return self

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``; the only way stages should build spans."""
        return cls(start=start, end=end, text=text[start:end])


class DocumentStatus(StrEnum):
    PENDING = "pending"
    PROCESSED = "processed"
    UNSUPPORTED = "unsupported"
    FAILED = "failed"


class DatePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class PlacePrecision(StrEnum):
    EXACT = "exact"
    DISTRICT = "district"
    REGION = "region"
    COUNTRY = "country"
    UNKNOWN = "unknown"


class Modality(StrEnum):
    REPORTED = "reported"
    ALLEGED = "alleged"
    DENIED = "denied"
    PLANNED = "planned"
    THREATENED = "threatened"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"


class Role(StrEnum):
    INITIATOR = "initiator"
    TARGET = "target"
    RECIPIENT = "recipient"
    PARTICIPANT = "participant"
    INSTRUMENT = "instrument"


class SourceKind(StrEnum):
    NAMED_OFFICIAL = "named_official"
    NAMED_PERSON = "named_person"
    ORGANISATION = "organisation"
    MEDIA = "media"
    ANONYMOUS = "anonymous"
    VAGUE = "vague"
    NONE = "none"


class ClaimKind(StrEnum):
    REPORTED_EVENT = "reported_event"
    ATTRIBUTED_STATEMENT = "attributed_statement"
    ALLEGATION = "allegation"
    DENIAL = "denial"
    OPINION = "opinion"
    SPECULATION = "speculation"
    BACKGROUND = "background"


class AcledCode(Frozen):
    event_type: str
    sub_event_type: str


class PloverCode(Frozen):
    type: str
    mode: str | None = None


class ActorMention(Frozen):
    """An actor taking part in one event mention, resolved where possible."""

    role: Role
    name: str
    actor_id: str | None = None
    canonical_name: str | None = None
    actor_type: str | None = None
    country: str | None = None
    rank_or_role: str | None = None
    review_flag: str | None = None
    evidence: list[Span]


class Count(Frozen):
    """How many of something an event involved; low/high bound vague quantities."""

    what: str
    value: int | None
    low: int | None
    high: int | None
    evidence: list[Span]


class Place(Frozen):
    text: str
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    precision: PlacePrecision = PlacePrecision.UNKNOWN
    note: str | None = None
    evidence: list[Span]
    # ACLED's geo_precision: 1 the town itself, 2 near a town or a district, 3 a region or wider;
    # None when the place has no point (see sitreps.resolve.places.acled_geo_precision).
    geo_precision: int | None = None
    # True when the place is not in the gazetteer and its point is an enclosing unit's.
    approximate: bool | None = None


class TimeRef(Frozen):
    start: str | None = None
    end: str | None = None
    precision: DatePrecision = DatePrecision.UNKNOWN
    note: str | None = None
    evidence: list[Span]


class Attribution(Frozen):
    source: str | None
    source_kind: SourceKind
    claim_index: int | None = None
    evidence: list[Span]


class EventMention(Frozen):
    """One report of one event in one document."""

    id: str
    type: str
    acled: AcledCode | None
    plover: PloverCode | None
    cameo: str | None
    trigger: Span
    sentence: Span
    actors: list[ActorMention] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list)
    place: Place | None = None
    time: TimeRef | None = None
    modality: Modality = Modality.REPORTED
    attribution: Attribution | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    background: bool = False
    """A specific incident told as background: dated well before the news it comes with."""
    retellings: list[Span] = Field(default_factory=list)
    """Triggers of the other sentences of the article that tell this same incident (headline, lead, quote)."""
    tellers: list[Attribution] = Field(default_factory=list)
    """The attribution of each sentence telling this incident, once retellings are merged (empty for one
    sentence): ``attribution`` is the most specific of them, and ``link.own_claims`` asks whether any other
    source told the act than the party claiming it."""
    extractor: str = "rules"  # which extractor proposed the trigger: rules or model


class Quote(Frozen):
    speaker: str | None
    speaker_id: str | None = None
    role: str | None = None
    text: Span
    direct: bool
    cue: Span | None = None
    speaker_evidence: list[Span] = Field(default_factory=list)


class Claim(Frozen):
    span: Span
    kind: ClaimKind
    source: str | None
    source_kind: SourceKind
    cue: Span | None = None
    check_worthiness: float = Field(ge=0.0, le=1.0)


class Document(Frozen):
    """A stored article and, once processed, what was extracted from it."""

    id: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published_at: str | None = None
    published_precision: DatePrecision = DatePrecision.UNKNOWN
    language: str | None = None
    text: str
    status: DocumentStatus = DocumentStatus.PENDING
    status_reason: str | None = None
    ingested_at: str | None = None
    source_path: str | None = None
    raw_sha256: str | None = None
    dateline: Span | None = None
    events: list[EventMention] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)


def iter_spans(value: object) -> list[Span]:
    """Every span nested anywhere in a model, for the evidence property tests."""
    found: list[Span] = []
    if isinstance(value, Span):
        found.append(value)
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            found.extend(iter_spans(getattr(value, name)))
    elif isinstance(value, list | tuple):
        for item in value:
            found.extend(iter_spans(item))
    return found


# --- Linked events: many mentions across documents, one real-world event ---

FieldValue = str | int | float | bool | None


class FieldCandidate(Frozen):
    """One value some reports give for a field, and who gives it."""

    value: FieldValue
    label: str
    mention_ids: list[str]
    document_ids: list[str]
    outlets: list[str]
    evidence: list[Span] = Field(default_factory=list)
    own_claims: list[str] = Field(default_factory=list)
    """Those of ``mention_ids`` whose value is a party's claim of its own act (``link.own_claims``), kept so
    that a stored event taken apart to be linked again ranks them as it did."""


class FieldConsensus(Frozen):
    """A field of a linked event: the canonical value, its support and every rival."""

    field: str
    value: FieldValue
    label: str | None
    support: float = Field(ge=0.0, le=1.0)
    contradiction: bool
    candidates: list[FieldCandidate]


class MentionRef(Frozen):
    """A pointer from a linked event to one report of it."""

    mention_id: str
    document_id: str
    outlet: str | None
    published_at: str | None
    originator: str


class Event(Frozen):
    """One real-world event after linking: consensus per field, contradictions, originators."""

    id: str
    type: str
    acled: AcledCode | None
    plover: PloverCode | None
    cameo: str | None
    fields: list[FieldConsensus]
    mentions: list[MentionRef]
    place: Place | None = None
    time: TimeRef | None = None
    contradictions: list[str] = Field(default_factory=list)
    first_reported: str | None = None
    last_reported: str | None = None
    n_documents: int
    n_outlets: int
    n_originators: int
    background: bool = False
    """Every report of it tells it as background (dated well before the news): exports may leave it out."""
