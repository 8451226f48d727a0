"""A protest whose crowd the police arrested is a protest with intervention, though no other force is told.

"Students rallied in Dhaka on Sunday demanding the vice chancellor's resignation. Police detained at least 30
of the students." ACLED's codebook codes a demonstration that the authorities try to stop, by dispersal or by
arrests, as a protest with intervention (issue #13 "Types": protests with intervention coded as peaceful). The
arrest told in a sentence of its own stays an arrest row of its own (folding arrests into the protest cost
cross-outlet linking, round 7); what changes is the protest's sub-type, decided from everything the article
says about the gathering. The arrest must be of the crowd: its target names demonstrators ("protesters",
"marchers") or the protest's own doers ("students" of "students rallied"), on a day and at a place that agree
with the protest's. Arrests of others ("two men suspected of smuggling"), in another town or on another day
leave the protest peaceful, and so does an arrest told with no place of its own in another gathering's story
(round 29).

Relies on: merged incidents with their sides, places and times (``extract.consolidate``); the crowd nouns are
``crowd_doers`` of data/en/triggers.yaml.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sitreps.extract.agreement import places_agree, times_agree
from sitreps.extract.english import plain_singular
from sitreps.extract.kinds_file import type_list
from sitreps.language_data import word_list
from sitreps.models import EventMention, Role

PEACEFUL = "peaceful_protest"
INTERVENTION = "protest_with_intervention"
ARREST = "arrest"


def _last_words(mention: EventMention, role: Role) -> set[str]:
    """The head words of a role's names ("30 of the students": students), plural "s" dropped."""
    heads = {a.name.lower().split()[-1] for a in mention.actors if a.role is role and a.name.split()}
    return {plain_singular(h) for h in heads}


def _arrests_crowd(protest: EventMention, arrest: EventMention) -> bool:
    """Whether ``arrest`` took the protest's crowd, on its day and at its place."""
    if arrest.type != ARREST or arrest.background:
        return False
    if not (times_agree(protest.time, arrest.time) and places_agree(protest.place, arrest.place)):
        return False
    crowd = set(word_list("triggers", "crowd_doers")) | _last_words(protest, Role.INITIATOR)
    return bool(_last_words(arrest, Role.TARGET) & crowd)


def _first_told(mention: EventMention) -> int:
    """Where the article first tells the incident: its trigger or its earliest retelling."""
    return min([mention.trigger.start, *(span.start for span in mention.retellings)])


def _story_of(arrest: EventMention, incidents: Sequence[EventMention]) -> EventMention | None:
    """The gathering an arrest that names no place of its own is told with: the crowd-led incident told last
    before it. "... threw stones at police. The ministry said 63 people had been arrested. In Labe, several
    hundred people marched peacefully" arrests the first town's crowd, not the second's (round 29, wire part x)."""
    before = [m for m in incidents if m.type in type_list("crowd_led") and _first_told(m) < arrest.trigger.start]
    return max(before, key=_first_told, default=None)


def _arrests_this_crowd(protest: EventMention, arrest: EventMention, incidents: Sequence[EventMention]) -> bool:
    if not _arrests_crowd(protest, arrest):
        return False
    return arrest.place is not None or _story_of(arrest, incidents) is protest


def with_crowd_arrests(incidents: Sequence[EventMention],
                       retype: Callable[[EventMention, str], EventMention]) -> list[EventMention]:
    """The article's incidents, each news peaceful protest whose crowd an arrest took retyped as an intervention."""
    return [retype(m, INTERVENTION) if m.type == PEACEFUL and not m.background
            and any(_arrests_this_crowd(m, other, incidents) for other in incidents) else m for m in incidents]
