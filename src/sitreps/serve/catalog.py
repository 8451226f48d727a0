"""Views the store has no query for: actors (registry + those seen in mentions), claims, events per day.

They scan the stored mentions or documents, once per database version: the answers are
cached until the next commit (``sitreps.serve.cache``); see docs/serving.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pydantic import BaseModel

from sitreps.export.records import ExportRecord
from sitreps.models import Claim, DocumentStatus
from sitreps.resolve.actors import get_registry
from sitreps.serve.cache import per_data_version
from sitreps.store.base import Store
from sitreps.store.filters import MentionFilter

ALL_MENTIONS = 10**9
"""A limit meaning 'all': the store's query needs a number."""


class ActorRow(BaseModel):
    """One actor: from the registry, or only seen in mentions (``in_registry`` false)."""

    id: str
    name: str
    type: str | None
    country: str | None
    aliases: list[str]
    in_registry: bool
    mentions: int


class ClaimRow(BaseModel):
    """A claim with the document it comes from."""

    document_id: str
    title: str | None
    outlet: str | None
    claim: Claim


@per_data_version
def actor_rows(store: Store, *, q: str | None = None, country: str | None = None,
               actor_type: str | None = None) -> list[ActorRow]:
    """Registry actors plus every actor id seen in mentions, most mentioned first."""
    registry = get_registry()
    seen: Counter[str] = Counter()
    names: dict[str, tuple[str, str | None, str | None]] = {}
    for _, mention in store.query_mentions(MentionFilter(), limit=ALL_MENTIONS):
        for actor in mention.actors:
            if actor.actor_id:
                seen[actor.actor_id] += 1
                names.setdefault(actor.actor_id, (actor.name, actor.actor_type, actor.country))
    rows = {r.id: ActorRow(id=r.id, name=r.name, type=r.type, country=r.country, aliases=list(r.aliases),
                           in_registry=r.known, mentions=seen.get(r.id, 0)) for r in registry.all()}
    for actor_id, count in seen.items():
        if actor_id not in rows:
            record = registry.get(actor_id)
            name, kind, land = (record.name, record.type, record.country) if record else names[actor_id]
            rows[actor_id] = ActorRow(id=actor_id, name=name, type=kind, country=land, aliases=[],
                                      in_registry=False, mentions=count)
    found = [r for r in rows.values() if _actor_matches(r, q, country, actor_type)]
    return sorted(found, key=lambda r: (-r.mentions, r.name.lower()))


def _actor_matches(row: ActorRow, q: str | None, country: str | None, actor_type: str | None) -> bool:
    if country and (row.country or "").lower() != country.lower():
        return False
    if actor_type and row.type != actor_type:
        return False
    if q:
        needle = q.lower()
        return needle in row.id.lower() or any(needle in n.lower() for n in [row.name, *row.aliases])
    return True


@per_data_version
def claim_rows(store: Store, *, kinds: Sequence[str] = (), source_kinds: Sequence[str] = (),
               document_id: str | None = None) -> list[ClaimRow]:
    """Claims of processed documents, most check-worthy first."""
    rows = []
    for document in store.iter_documents(DocumentStatus.PROCESSED):
        if document_id and document.id != document_id:
            continue
        for claim in document.claims:
            if kinds and claim.kind.value not in kinds:
                continue
            if source_kinds and claim.source_kind.value not in source_kinds:
                continue
            rows.append(ClaimRow(document_id=document.id, title=document.title, outlet=document.outlet, claim=claim))
    return sorted(rows, key=lambda r: -r.claim.check_worthiness)


def per_day(records: list[ExportRecord]) -> list[tuple[str, int]]:
    """Events per day (their date: stated time, else first report), oldest first; undated left out."""
    counts = Counter(r.date[:10] for r in records if r.date)
    return sorted(counts.items())
