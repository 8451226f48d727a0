"""Applying a reviewer's merge or split to linked events directly, without linking again.

Relies on: stored ``Event`` objects, whose field candidates list the mentions
supporting each value (so an event decomposes into its mentions'
contributions, see ``contributions.contributions_of_event``). Gives: the events
after the decision, with only the touched events rebuilt; untouched events are
returned as they were.
"""

from __future__ import annotations

from sitreps.link.assemble import Catalog, MentionSite, build_event
from sitreps.link.contributions import contributions_of_event
from sitreps.link.decisions import LinkDecision, apply_decisions
from sitreps.link.nodes import UNDATED_LAST
from sitreps.link.report_dates import given_by
from sitreps.models import Event


def regroup(events: list[Event], decision: LinkDecision) -> list[Event] | None:
    """Every event after applying ``decision``; None when it names nothing stored or changes nothing."""
    partition = {ref.mention_id: event.id for event in events for ref in event.mentions}
    after = apply_decisions(partition, [decision])
    changed = [m for m, cluster in after.items() if cluster != partition[m]]
    new_clusters = {after[m] for m in changed}
    touched = {partition[m] for m in changed} | {partition[m] for m in after if after[m] in new_clusters}
    if not touched:
        return None
    affected = [e for e in events if e.id in touched]
    catalog = catalog_of(affected)
    groups: dict[str, list[str]] = {}
    for event in affected:
        for ref in event.mentions:
            groups.setdefault(after[ref.mention_id], []).append(ref.mention_id)
    rebuilt = [build_event(sorted(group), catalog) for group in groups.values()]
    kept = [e for e in events if e.id not in touched]
    return sorted(kept + rebuilt, key=lambda e: (e.first_reported or UNDATED_LAST, e.id))


def catalog_of(events: list[Event], catalog: Catalog | None = None) -> Catalog:
    """What assembling needs, read back from stored events (contributions, sites, originators,
    and the codes, place and time of each canonical value), added to ``catalog`` if given.

    A stored event keeps one place and one time object, those of the canonical value's first
    supporter; each other supporter gets a copy evidenced by its own span, so a split-out
    report shows where it said so itself. Which reports were in their article's lead is not
    stored: the supporters of the stored day count as leads, so the day keeps the standing it was
    chosen with (``consensus._time_rank``) when a later report joins.
    """
    catalog = catalog if catalog is not None else Catalog()
    for event in events:
        for contribution in contributions_of_event(event):
            catalog.contributions.setdefault(contribution.mention_id, []).append(contribution)
        for ref in event.mentions:
            catalog.sites[ref.mention_id] = MentionSite(ref.document_id, ref.outlet, ref.published_at)
            catalog.fixed_originators[ref.mention_id] = ref.originator
            if event.background:
                catalog.background.add(ref.mention_id)
            if given_by(event.time, ref.published_at) and event.time:
                catalog.report_dates[ref.mention_id] = event.time
        for consensus in event.fields:
            best = consensus.candidates[0]
            aligned = len(best.evidence) == len(best.mention_ids)
            for i, mention_id in enumerate(best.mention_ids):
                own = {"evidence": [best.evidence[i]]} if aligned else {}
                if consensus.field == "type":
                    catalog.codes[mention_id] = (event.acled, event.plover, event.cameo)
                if consensus.field == "place" and event.place is not None:
                    catalog.places[mention_id] = event.place.model_copy(update=own)
                if consensus.field == "time" and event.time is not None:
                    catalog.times[mention_id] = event.time.model_copy(update=own)
                if consensus.field == "time":
                    catalog.leads.add(mention_id)
    return catalog
