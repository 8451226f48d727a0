"""One flat record per exported row, built from a linked event or from a single mention.

Exports, the digest and the dashboard's tables read the same record, so a linked
event and a lone mention (before linking) are written the same way. A record keeps
the reports behind it (document metadata + mention) so every row can point to its
evidence, and its ``payload``: the model's own JSON, what ``--format json`` writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sitreps.export.standing import event_background, event_modality, mention_background
from sitreps.link.nodes import actor_key
from sitreps.link.report_dates import STATED_DAY_NOTES, dated_by_report
from sitreps.models import (
    AcledCode,
    ActorMention,
    Count,
    Event,
    EventMention,
    Place,
    PloverCode,
    Role,
    TimeRef,
)
from sitreps.store.base import Store
from sitreps.store.records import DocumentMeta

RecordKind = Literal["event", "mention"]
DateBasis = Literal["stated", "lead", "published", "none"]
# Roles that make ACLED's actor2, in order of preference: the side acted upon.
SECOND_ROLES = (Role.TARGET, Role.RECIPIENT, Role.PARTICIPANT)


@dataclass(frozen=True)
class Report:
    """One mention of an event in one document."""

    document: DocumentMeta
    mention: EventMention


@dataclass(frozen=True)
class ExportRecord:
    """What every export format needs about one event (linked or a lone mention)."""

    id: str
    kind: RecordKind
    type: str
    acled: AcledCode | None
    plover: PloverCode | None
    cameo: str | None
    date: str | None
    time: TimeRef | None
    place: Place | None
    actor1: ActorMention | None
    actor2: ActorMention | None
    counts: list[Count]
    reports: list[Report]
    n_originators: int
    modality: str = "reported"
    background: bool = False
    associates1: list[str] = field(default_factory=list)
    associates2: list[str] = field(default_factory=list)
    originators: list[str] = field(default_factory=list)
    contradictions: list[str] = field(default_factory=list)
    payload: dict[str, Any] = field(default_factory=dict)

    @property
    def confidence(self) -> float:
        """The highest extraction confidence among the reports (0 when there are none)."""
        return max((r.mention.confidence for r in self.reports), default=0.0)

    @property
    def date_basis(self) -> DateBasis:
        """What ``date`` is: the event's stated time, the day its report states for the news (an
        undated retelling in the body: its lead's day, ``link.report_dates.lead_day``, else a day its
        body states days before publication, ``body_day``; basis "lead"), a publication date (an
        event its reports do not date), or "none": the day sitreps received a report is never a date."""
        if self.time is not None and self.time.start and not dated_by_report(self.time):
            return "stated"
        if self.time is not None and self.time.note in STATED_DAY_NOTES:
            return "lead"
        return "published" if self.date else "none"

    @property
    def received(self) -> str | None:
        """The first day sitreps received a report of it (to file an undated row, never as its date)."""
        days = sorted(r.document.ingested_at[:10] for r in self.reports if r.document.ingested_at)
        return days[0] if days else None

    @property
    def evidence(self) -> list[str]:
        """Every report's sentence, once each, in report order."""
        return list(dict.fromkeys(" ".join(r.mention.sentence.text.split()) for r in self.reports))

    @property
    def outlets(self) -> list[str]:
        """Distinct outlets reporting it, in report order."""
        return list(dict.fromkeys(r.document.outlet for r in self.reports if r.document.outlet))

    @property
    def notes(self) -> str:
        """The sentence of the first report: the evidence a reader checks first."""
        return " ".join(self.reports[0].mention.sentence.text.split()) if self.reports else ""


def _pick_actor(reports: list[Report], roles: tuple[Role, ...], canonical: dict[str, str]) -> ActorMention | None:
    """The actor in the first of ``roles`` that any report fills, preferring the consensus value."""
    for role in roles:
        actors = [a for r in reports for a in r.mention.actors if a.role == role]
        if not actors:
            continue
        wanted = canonical.get(f"actor:{role.value}")
        return next((a for a in actors if actor_key(a.name, a.actor_id) == wanted), actors[0])
    return None


def _associates(reports: list[Report], chosen: ActorMention | None) -> list[str]:
    """The other actors in the chosen actor's role (ACLED's assoc_actor), by name, once each."""
    if chosen is None:
        return []
    names = (a.name for r in reports for a in r.mention.actors if a.role == chosen.role)
    return [n for n in dict.fromkeys(names) if n != chosen.name]


def _merged_counts(reports: list[Report]) -> list[Count]:
    """One count per thing counted: the largest stated value across reports."""
    best: dict[str, Count] = {}
    for report in reports:
        for count in report.mention.counts:
            key = count.what.lower().strip()
            size = count.value if count.value is not None else (count.low or 0)
            held = best.get(key)
            if held is None or size > (held.value if held.value is not None else (held.low or 0)):
                best[key] = count
    return list(best.values())


def _originator(document: DocumentMeta, mention: EventMention) -> str:
    """Who a lone mention rests on: its attributed source, else its outlet (else the document)."""
    if mention.attribution is not None and mention.attribution.source:
        return mention.attribution.source
    return document.outlet or document.id


def _record_date(time: TimeRef | None, documents: list[DocumentMeta]) -> str | None:
    """The stated (or report-dated) time, else the earliest publication date, else unknown:
    an undated article's ingestion day says when sitreps read it, not when anything happened."""
    if time is not None and time.start:
        return time.start
    return min((d.published_at for d in documents if d.published_at), default=None)


def from_mention(document: DocumentMeta, mention: EventMention) -> ExportRecord:
    """A record for one mention not (yet) linked: one report, one originator."""
    reports = [Report(document, mention)]
    date = _record_date(mention.time, [document])
    actor1, actor2 = _pick_actor(reports, (Role.INITIATOR,), {}), _pick_actor(reports, SECOND_ROLES, {})
    return ExportRecord(
        id=mention.id, kind="mention", type=mention.type, acled=mention.acled, plover=mention.plover,
        cameo=mention.cameo, date=date, time=mention.time, place=mention.place, actor1=actor1, actor2=actor2,
        counts=list(mention.counts), reports=reports, n_originators=1, modality=mention.modality.value,
        background=mention_background(mention), associates1=_associates(reports, actor1),
        associates2=_associates(reports, actor2), originators=[_originator(document, mention)],
        payload={"document_id": document.id, **mention.model_dump(mode="json")},
    )


def from_event(event: Event, reports: list[Report]) -> ExportRecord:
    """A record for a linked event, with the reports loaded from its documents."""
    canonical = {f.field: str(f.value) for f in event.fields}
    date = _record_date(event.time, [r.document for r in reports])
    actor1 = _pick_actor(reports, (Role.INITIATOR,), canonical)
    actor2 = _pick_actor(reports, SECOND_ROLES, canonical)
    mentions = [r.mention for r in reports]
    return ExportRecord(
        id=event.id, kind="event", type=event.type, acled=event.acled, plover=event.plover, cameo=event.cameo,
        date=date, time=event.time, place=event.place, actor1=actor1, actor2=actor2,
        counts=_merged_counts(reports), reports=reports, n_originators=event.n_originators,
        modality=event_modality(event, mentions), background=event_background(event),
        associates1=_associates(reports, actor1), associates2=_associates(reports, actor2),
        originators=list(dict.fromkeys(ref.originator for ref in event.mentions)),
        contradictions=list(event.contradictions), payload=event.model_dump(mode="json"),
    )


class ReportLoader:
    """Finds the mentions behind linked events, reading each document once."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._mentions: dict[str, dict[str, Report]] = {}

    def reports(self, event: Event) -> list[Report]:
        """The event's reports in the order the event lists them (missing ones skipped)."""
        found = []
        for ref in event.mentions:
            report = self._document(ref.document_id).get(ref.mention_id)
            if report is not None:
                found.append(report)
        return found

    def _document(self, doc_id: str) -> dict[str, Report]:
        if doc_id not in self._mentions:
            document = self._store.get_document(doc_id)
            if document is None:
                self._mentions[doc_id] = {}
            else:
                meta = DocumentMeta(**document.model_dump(include=set(DocumentMeta.model_fields)))
                self._mentions[doc_id] = {m.id: Report(meta, m) for m in document.events}
        return self._mentions[doc_id]
