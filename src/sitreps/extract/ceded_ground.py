"""The side that loses ground: a withdrawal folded into a change of territory is told by its loser.

"Rebels took control of Dedougou" and "the army said its troops had withdrawn from Dedougou" tell
one incident from its two sides. The withdrawal's doer is the capture's other side, so once the
withdrawal folds into the change of territory its doer is a target of the merged incident (ACLED's
actor 2), not a second initiator that disagrees with the taker. ``data/incident_kinds.yaml``
(``cedes`` and ``absorbs_at_one_spot``) says which types of which kinds.
"""

from __future__ import annotations

from sitreps.extract.kinds_file import type_map
from sitreps.models import EventMention, Role


def folds_at_spot(host_kind: str, other_type: str) -> bool:
    """Whether a word of ``other_type`` folds into a host of ``host_kind`` told in another sentence at one
    spot (``absorbs_at_one_spot``)."""
    return other_type in type_map("absorbs_at_one_spot").get(host_kind, frozenset())


def ceded(mention: EventMention, host_kind: str) -> EventMention:
    """``mention`` as a part of a host of ``host_kind``: where its type cedes to that kind (``cedes``: a
    withdrawal to a change of territory), its initiators become targets; otherwise unchanged."""
    if mention.type not in type_map("cedes").get(host_kind, frozenset()):
        return mention
    actors = [a.model_copy(update={"role": Role.TARGET}) if a.role is Role.INITIATOR else a for a in mention.actors]
    return mention.model_copy(update={"actors": actors})
