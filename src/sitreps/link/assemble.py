"""Building an ``Event`` from a group of mention ids: references, originators, consensus, id.

The ``Catalog`` holds what is known about every mention the linker has seen
(its contributions, its document, the document's originator features); the
linker fills it, clustering decides the groups, and ``build_event`` turns one
group into the model users see.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

from sitreps.link.consensus import build_fields
from sitreps.link.contradictions import contradiction_lines
from sitreps.link.contributions import Contribution
from sitreps.link.nodes import UNDATED_LAST
from sitreps.link.originators import OriginDoc, assign_originators
from sitreps.link.report_dates import earliest
from sitreps.models import AcledCode, Event, FieldConsensus, MentionRef, Place, PloverCode, TimeRef

EVENT_ID_PREFIX = "ev_"
EVENT_ID_HEX = 16
"""64 bits of sha1: collisions stay negligible below billions of events."""

Codes = tuple[AcledCode | None, PloverCode | None, str | None]


def event_id_for(anchor_mention_id: str) -> str:
    """An event's id: a hash of its earliest mention's id, so re-linking gives the same ids."""
    digest = hashlib.sha1(anchor_mention_id.encode()).hexdigest()[:EVENT_ID_HEX]
    return f"{EVENT_ID_PREFIX}{digest}"


@dataclass(frozen=True)
class MentionSite:
    """Where a mention was reported; the originator is added once its event is known."""

    document_id: str
    outlet: str | None
    reported: str | None


@dataclass
class Catalog:
    """Everything needed to assemble events, keyed by mention id (documents by document id)."""

    contributions: dict[str, list[Contribution]] = field(default_factory=dict)
    sites: dict[str, MentionSite] = field(default_factory=dict)
    documents: dict[str, OriginDoc] = field(default_factory=dict)
    fixed_originators: dict[str, str] = field(default_factory=dict)
    codes: dict[str, Codes] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    times: dict[str, TimeRef] = field(default_factory=dict)
    """Codes, places and times by mention id: the event shows those of the first supporter of
    the canonical value, so the result does not depend on which report arrived first."""
    background: set[str] = field(default_factory=set)
    """Mentions their article tells as background (dated well before the news)."""
    leads: set[str] = field(default_factory=set)
    """Mentions in their article's headline or lead paragraph: the day they state ranks first."""
    report_dates: dict[str, TimeRef] = field(default_factory=dict)
    """Main, undated mentions of a published article: the time their event takes when no report
    states one (``sitreps.link.report_dates``)."""

    def forget(self, mention_id: str) -> None:
        """Drop a mention (its document is being re-added)."""
        self.contributions.pop(mention_id, None)
        self.sites.pop(mention_id, None)
        self.fixed_originators.pop(mention_id, None)
        self.codes.pop(mention_id, None)
        self.places.pop(mention_id, None)
        self.times.pop(mention_id, None)
        self.background.discard(mention_id)
        self.leads.discard(mention_id)
        self.report_dates.pop(mention_id, None)


def build_event(mention_ids: list[str], catalog: Catalog) -> Event:
    """The linked event made of these mentions."""
    refs = _refs(mention_ids, catalog)
    ordered = sorted(refs.values(), key=lambda r: (r.published_at or UNDATED_LAST, r.mention_id))
    contributions = (c for m in mention_ids for c in catalog.contributions.get(m, []))
    fields = build_fields(contributions, refs, frozenset(m for m in mention_ids if m in catalog.background),
                          frozenset(m for m in mention_ids if m in catalog.leads))
    by_name = {f.field: f for f in fields}
    event_type = str(by_name["type"].value) if "type" in by_name else ""
    acled, plover, cameo = catalog.codes.get(_first_supporter(by_name.get("type")), (None, None, None))
    reported = [r.published_at for r in ordered if r.published_at]
    return Event(
        id=event_id_for(ordered[0].mention_id),
        type=event_type,
        acled=acled,
        plover=plover,
        cameo=cameo,
        fields=fields,
        mentions=ordered,
        place=catalog.places.get(_first_supporter(by_name.get("place"))),
        time=_event_time(mention_ids, by_name.get("time"), catalog),
        contradictions=contradiction_lines(fields),
        first_reported=min(reported) if reported else None,
        last_reported=max(reported) if reported else None,
        n_documents=len({r.document_id for r in ordered}),
        n_outlets=len({r.outlet or r.document_id for r in ordered}),
        n_originators=len({r.originator for r in ordered}),
        background=all(m in catalog.background for m in mention_ids),
    )


def _event_time(mention_ids: list[str], consensus: FieldConsensus | None, catalog: Catalog) -> TimeRef | None:
    """The stated time of the canonical value; when no report states one, the earliest
    publication date of the event's main reports, marked as such."""
    stated = catalog.times.get(_first_supporter(consensus))
    if stated is not None:
        return stated
    return earliest([catalog.report_dates[m] for m in mention_ids if m in catalog.report_dates])


def _first_supporter(consensus: FieldConsensus | None) -> str:
    """The earliest mention giving a field's canonical value ("" when the field is absent)."""
    return consensus.candidates[0].mention_ids[0] if consensus else ""


def _refs(mention_ids: list[str], catalog: Catalog) -> dict[str, MentionRef]:
    """References with originators: fixed ones from stored events, the rest grouped afresh.

    A document's sources are those its mentions *of this event* cite, so a roundup citing
    two ministries about two events does not tie the events' originators together.
    """
    sources: dict[str, set[str]] = {}
    for m in mention_ids:
        if m not in catalog.fixed_originators:
            found = sources.setdefault(catalog.sites[m].document_id, set())
            found.update(str(c.value) for c in catalog.contributions.get(m, []) if c.field == "source")
    docs = [
        replace(catalog.documents[d], sources=frozenset(found))
        for d, found in sorted(sources.items())
        if d in catalog.documents
    ]
    labels = assign_originators(docs)
    refs = {}
    for mention_id in mention_ids:
        site = catalog.sites[mention_id]
        originator = catalog.fixed_originators.get(mention_id) or labels.get(
            site.document_id, f"text:{site.document_id}"
        )
        refs[mention_id] = MentionRef(
            mention_id=mention_id,
            document_id=site.document_id,
            outlet=site.outlet,
            published_at=site.reported,
            originator=originator,
        )
    return refs
