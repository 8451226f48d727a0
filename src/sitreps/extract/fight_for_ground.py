"""A capture told with "after" the fight it was won in is one incident: the change of territory.

"M23 rebels seized Bukavu on Wednesday after heavy fighting with Congolese troops" tells one incident.
ACLED codes a change of territorial control where a report tells one, and an armed clash only where none
does, so the fight for the town is the capture's. ``extract.consolidate`` keeps two words chained by
"after"/"before" in one sentence apart ("shelled the town after rebels attacked a post": one after the
other); this module says when such a fight is the capture's own (``fought_for_ground`` of
``data/incident_kinds.yaml``). Kept apart: a fight that names another town ("a day after heavy fighting in
Uvira") or sides the taker is not among ("after jihadists and hunters clashed in Bandiagara").
Round 20, issue #13: real-news test excess rows of one incident's other types; own fiction of DR Congo,
Somalia, Yemen, Ukraine, Mozambique with near misses (tests/extract/test_fight_for_ground.py).
"""

from __future__ import annotations

from sitreps.extract.kinds_file import type_kinds, type_map
from sitreps.models import EventMention, Role

SIDES = (Role.INITIATOR, Role.TARGET, Role.PARTICIPANT)


def fight_for_ground(first: EventMention, later: EventMention) -> bool:
    """Whether one of two words chained by "after" is a change of territory and the other the fight for it:
    a type ``fought_for_ground`` folds into the capture's kind, told at no other place and by no sides
    other than the taker and those it fought."""
    for ground, fight in ((first, later), (later, first)):
        if fight.type in type_map("fought_for_ground").get(type_kinds().get(ground.type, ""), frozenset()):
            return _at_ground(ground, fight) and _taker_fought(ground, fight)
    return False


def _at_ground(ground: EventMention, fight: EventMention) -> bool:
    """The fight names no place of its own, or the town taken."""
    if fight.place is None or ground.place is None:
        return True
    return bool(fight.place.name) and fight.place.name == ground.place.name


def _taker_fought(ground: EventMention, fight: EventMention) -> bool:
    """The fight names no sides, or the taker (or the side that lost the ground) among them."""
    fought = _names(fight, SIDES)
    return not fought or bool(fought & _names(ground, SIDES))


def _names(mention: EventMention, roles: tuple[Role, ...]) -> set[str]:
    return {key for a in mention.actors if a.role in roles for key in (a.actor_id, a.name.lower()) if key}
