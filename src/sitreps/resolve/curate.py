"""Curating actors in a database: list who appears, merge duplicates, rename.

Relies on: a Store with processed documents and actor overrides. Gives: the
actors seen in stored mentions with how often, and corrections applied to
every stored document at once (and, through ``overrides_of``, to every later
processing run).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sitreps.errors import ConfigError
from sitreps.models import DocumentStatus
from sitreps.resolve.actors import get_registry
from sitreps.resolve.overrides import MERGE, RENAME, ActorOverrides
from sitreps.store import Store


@dataclass(frozen=True)
class ActorSummary:
    """One canonical actor as the database knows it."""

    id: str
    name: str
    type: str | None
    country: str | None
    known: bool
    mentions: int
    merged_into: str | None = None


def overrides_of(store: Store) -> ActorOverrides:
    """The stored merges and renames, in the order they were made."""
    return ActorOverrides.from_decisions((d.kind, d.payload) for d in store.actor_overrides())


def actor_summaries(store: Store) -> list[ActorSummary]:
    """Every actor id in stored mentions, most mentioned first, with the registry's or the stored name."""
    counts: Counter[str] = Counter()
    seen: dict[str, tuple[str, str | None, str | None]] = {}
    for document in store.iter_documents(DocumentStatus.PROCESSED):
        for mention in document.events:
            for actor in mention.actors:
                if actor.actor_id:
                    counts[actor.actor_id] += 1
                    seen.setdefault(actor.actor_id, (actor.canonical_name or actor.name, actor.actor_type,
                                                     actor.country))
    overrides = overrides_of(store)
    registry = get_registry()
    summaries = []
    for actor_id, n in counts.most_common():
        record = registry.get(actor_id)
        name, actor_type, country = seen[actor_id]
        summaries.append(ActorSummary(
            id=actor_id, name=overrides.names.get(actor_id, record.name if record else name),
            type=record.type if record else actor_type, country=record.country if record else country,
            known=bool(record and record.known), mentions=n,
            merged_into=overrides.canonical_id(actor_id) if actor_id in overrides.merged_into else None))
    return summaries


def _rewrite(store: Store, overrides: ActorOverrides) -> int:
    """Apply the overrides to every stored document they touch; returns how many changed."""
    changed = [overrides.apply(d) for d in store.iter_documents(DocumentStatus.PROCESSED) if overrides.touches(d)]
    store.save_results(changed)
    return len(changed)


def merge_actor(store: Store, source: str, target: str) -> int:
    """Record that ``source`` is the same actor as ``target`` and rewrite stored mentions."""
    if source == target:
        raise ConfigError(f"cannot merge {source!r} into itself")
    known = {s.id for s in actor_summaries(store)} | {r.id for r in get_registry().all()}
    for actor_id in (source, target):
        if actor_id not in known:
            raise ConfigError(f"no actor with id {actor_id!r}; list ids with `sitreps actors list`")
    store.add_actor_override(MERGE, {"source": source, "target": target})
    return _rewrite(store, overrides_of(store))


def rename_actor(store: Store, actor_id: str, name: str) -> int:
    """Give an actor a canonical name (e.g. an inferred one a reviewer identified) everywhere."""
    if not name.strip():
        raise ConfigError("the new name is empty")
    store.add_actor_override(RENAME, {"actor_id": actor_id, "name": name.strip()})
    return _rewrite(store, overrides_of(store))
