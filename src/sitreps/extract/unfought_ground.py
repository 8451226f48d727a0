"""A change of ground one telling says came without a fight is a non-violent transfer of territory.

"Rebels took control of Sorvak on Tuesday" is a capture; "they entered the town without a fight after the troops
pulled out" tells how it came about. Merging ranks the capture's type first in its kind (who took the ground is
surer than how), so the telling of its manner was lost and the row was coded as a non-state actor overtaking
territory (issue #13 "Types": a non-violent transfer coded as an overtaking). ACLED codes a change of control
"without engaging in a violent interaction" as a non-violent transfer, whoever gains the ground, so a merged
change of territory with an unfought telling (``unfought`` in data/incident_kinds.yaml) takes that type, unless
one of its tellings is of the violent kind (a fight for the town folded into it: "seized the town after heavy
fighting" was fought, whatever a later sentence says).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sitreps.extract.kinds_file import type_kinds, type_list
from sitreps.models import EventMention

TERRITORY = "territory"  # the kind of changes of control (data/incident_kinds.yaml ``kinds``)
FOUGHT = "violence"  # the kind whose tellings say the ground was fought for


def unfought(merged: EventMention, members: Sequence[EventMention],
             retype: Callable[[EventMention, str], EventMention]) -> EventMention:
    """The merged change of territory as its unfought type when a telling names one and none tells a fight;
    any other incident as it is."""
    kind_of = type_kinds()
    if kind_of.get(merged.type) != TERRITORY or merged.type in type_list("unfought"):
        return merged
    told = [m.type for m in members]
    if any(kind_of.get(t) == FOUGHT for t in told):
        return merged
    manner = next((t for t in told if t in type_list("unfought")), None)
    return merged if manner is None else retype(merged, manner)
