"""Manual link decisions: a reviewer's merge or split, applied after automatic linking.

Decisions name mentions, or events by id. An event id is the hash of its
earliest mention's id, so a decision made on one run finds the same mentions
on the next: decisions are stored (``Store.add_link_decision``) and re-applied,
in the order they were made, every time linking runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from pydantic import Field, model_validator

from sitreps.link.assemble import event_id_for
from sitreps.models import Frozen


class DecisionKind(StrEnum):
    MERGE = "merge"
    SPLIT = "split"


class LinkDecision(Frozen):
    """Merge: everything named ends up in one event. Split: the named mentions leave their
    event(s) and form a new event together."""

    kind: DecisionKind
    event_ids: list[str] = Field(default_factory=list)
    mention_ids: list[str] = Field(default_factory=list)
    note: str | None = None
    decided_by: str | None = None
    decided_at: str | None = None

    @model_validator(mode="after")
    def _enough(self) -> LinkDecision:
        if self.kind is DecisionKind.MERGE and len(self.event_ids) + len(self.mention_ids) < 2:
            raise ValueError("a merge names at least two events or mentions")
        if self.kind is DecisionKind.SPLIT and not self.mention_ids:
            raise ValueError("a split names the mentions to take out of their event")
        return self


def apply_decisions(partition: dict[str, str], decisions: Iterable[LinkDecision]) -> dict[str, str]:
    """A new mention id -> cluster key map with the decisions applied in order.

    Names that match no known mention or event are skipped: the document may
    not be loaded in this run, and the decision stays stored for the next.
    """
    result = dict(partition)
    anchors = {event_id_for(m): m for m in result}
    for n, decision in enumerate(decisions):
        named = [m for m in decision.mention_ids if m in result]
        if decision.kind is DecisionKind.MERGE:
            named += [anchors[e] for e in decision.event_ids if e in anchors]
            clusters = {result[m] for m in named}
            if len(clusters) > 1:
                target = min(clusters)
                result = {m: target if c in clusters else c for m, c in result.items()}
        else:
            for m in named:
                result[m] = f"split:{n}"
    return result
