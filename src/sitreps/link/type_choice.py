"""Which type values of a linked event tell only a part of it (``part_of`` in ``data/incident_kinds.yaml``).

Outlets tell one event by different parts of it: one reports the town's capture, another the
soldiers taken prisoner in it and the fighting before it; one reports a riot, another the
library burnt in it. ACLED codes the whole (the territory change, the riot), so a type that
tells a part ranks after a type of the whole its reports also give.
"""

from __future__ import annotations

from collections.abc import Iterable

from sitreps.extract.incident_kinds import incident_kinds
from sitreps.extract.kinds_file import type_map


def told_as_part(value: str, others: Iterable[str]) -> bool:
    """Whether type ``value`` tells a part of an incident one of the ``others`` tells whole (a type's
    kind is the one incident merging reads, ``extract.incident_kinds.incident_kinds``)."""
    kind_of = incident_kinds().kind_of
    wholes = type_map("part_of").get(value, frozenset())
    return any(other != value and kind_of.get(other, other) in wholes for other in others)
