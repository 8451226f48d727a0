"""A launch that only describes what an interception stopped is no incident of its own.

"Air defences shot down 41 of 73 drones launched by Russia overnight", "the navy intercepted two missiles
fired from Yemen": the participle on the stopped means ("launched", "fired") tells whose weapon it was
and where it came from, not a second attack. ACLED codes one event there, the disrupted weapons use,
with the side whose means was stopped as actor 2 (``extract.intercepted`` reads that side off the same
participle). Left as a mention, the launch became an air strike into which the interception folded
(``absorbs_when_bound``), so the defender was read as the strike's doer and the launcher as its target.
Only an interception that stayed one drops the launch: one retyped an attack because harm got through
("shot down ten missiles launched at the city, but debris injured two people") keeps it, the attack then
being the event. Only a participle hung on a noun whose clause the interception's verb governs counts:
a launch told in a clause of its own ("Russia launched 73 drones, and air defences shot down 41") stays.

Relies on: the parse (the participle as ``acl`` of the means, under the interception's verb) and the types
listed as ``intercepted_means_types`` in ``data/incident_kinds.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sitreps.extract.governing_verb import governing_verb
from sitreps.extract.incidents import Built
from sitreps.extract.kinds_file import type_list

# A past participle hung on a noun ("drones launched by Russia", "rockets fired from Lebanon").
PARTICIPLE_DEP = "acl"
PARTICIPLE_TAG = "VBN"


def without_stopped_launches(built: Sequence[Built]) -> list[Built]:
    """The mentions less those whose trigger is a participle on the means an interception stopped."""
    interceptions = {b.match.head.i for b in built if b.mention.type in type_list("intercepted_means_types")}
    return [b for b in built if not _describes_stopped_means(b.match.head, interceptions)]


def _describes_stopped_means(trigger: Token, interceptions: set[int]) -> bool:
    """Whether ``trigger`` is a participle on a noun of a clause an interception's verb turns on."""
    if trigger.dep_ != PARTICIPLE_DEP or trigger.tag_ != PARTICIPLE_TAG or trigger.i in interceptions:
        return False
    return governing_verb(trigger.head).i in interceptions
