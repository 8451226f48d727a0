"""A reviewer's corrections to actors: merge two canonical actors, rename one.

Stored as decisions (``Store.add_actor_override``) and applied to every
document's actor mentions after processing, so they survive reprocessing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sitreps.models import ActorMention, Document

MERGE = "merge"
RENAME = "rename"


@dataclass
class ActorOverrides:
    """Merges (old id -> surviving id) and renames (id -> canonical name), applied in order."""

    merged_into: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_decisions(cls, decisions: Iterable[tuple[str, dict[str, str]]]) -> ActorOverrides:
        overrides = cls()
        for kind, payload in decisions:
            if kind == MERGE:
                overrides.merged_into[payload["source"]] = payload["target"]
            elif kind == RENAME:
                overrides.names[payload["actor_id"]] = payload["name"]
        return overrides

    def canonical_id(self, actor_id: str) -> str:
        """Follow merges to the surviving id (a chain A -> B -> C ends at C; a cycle stops)."""
        seen = {actor_id}
        while actor_id in self.merged_into and self.merged_into[actor_id] not in seen:
            actor_id = self.merged_into[actor_id]
            seen.add(actor_id)
        return actor_id

    def touches(self, document: Document) -> bool:
        """Whether any actor of the document is merged or renamed."""
        ids = set(self.merged_into) | set(self.names)
        return any(a.actor_id in ids for m in document.events for a in m.actors)

    def _actor(self, actor: ActorMention) -> ActorMention:
        if actor.actor_id is None:
            return actor
        actor_id = self.canonical_id(actor.actor_id)
        name = self.names.get(actor_id, actor.canonical_name)
        return actor.model_copy(update={"actor_id": actor_id, "canonical_name": name})

    def apply(self, document: Document) -> Document:
        """The document with every actor mention's id (and canonical name) corrected."""
        if not (self.merged_into or self.names) or not self.touches(document):
            return document
        events = [m.model_copy(update={"actors": [self._actor(a) for a in m.actors]}) for m in document.events]
        return document.model_copy(update={"events": events})
