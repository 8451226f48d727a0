"""A trigger that names a person names the doer: "a suicide bomber killed 14", "the kidnappers".

"A suicide bomber blew himself up at a checkpoint" tells the attack twice, by the bomber and by
the verb, and each trigger's words are the event, not its sides, so the attack had no initiator.
The codebook's initiator is who did it: the bomber (an unnamed armed group's attacker, when no group
is named or claims it). A person noun that is a trigger is the doer of the event it names when the
event has none, and the subject of another trigger of a person ("a suicide bomber blew himself
up") is its doer, as "rioters clashed with police" names the crowd.

Relies on: spaCy's part of speech, the WordNet person nouns (``extract.nouns``) and the armed side words.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.actors import ActorContext, actor_mention
from sitreps.extract.english import words
from sitreps.extract.nouns import is_crowd_noun
from sitreps.extract.phrase_extent import core_bounds
from sitreps.extract.slots import Slot
from sitreps.extract.triggers import TriggerMatch
from sitreps.models import ActorMention, Role

SUBJECT_SLOT = "subj"


def doer_subject(slot: Slot) -> bool:
    """The slot is the subject of a trigger and a person noun, another trigger's word ("a suicide bomber
    blew himself up"): the doer, not an event."""
    return slot.name == SUBJECT_SLOT and _doer_noun(slot.head)


def _doer_noun(token: Token) -> bool:
    """A common noun of a person or of an armed attacker ("bomber", which WordNet first reads as a plane:
    ``armed_side_words`` of data/en/unrest.yaml), itself: "the detention of protesters" names an act, though
    ``nouns.is_person_noun`` reads the people it counts."""
    people = words("unrest", "armed_side_words") | words("noun_classes", "persons")
    return token.pos_ == "NOUN" and (token.lower_ in people or token.lemma_.lower() in people or is_crowd_noun(token))


def trigger_doer(match: TriggerMatch, actors: list[ActorMention], actor_ctx: ActorContext) -> list[ActorMention]:
    """The person the trigger names as the initiator, when the event has none ("a suicide bomber killed")."""
    head = match.head
    if any(a.role is Role.INITIATOR for a in actors) or not _doer_noun(head):
        return []
    if match.event_type.role_for(SUBJECT_SLOT) is not Role.INITIATOR:
        return []
    doer = actor_mention(Role.INITIATOR, head, core_bounds(head), actor_ctx)
    return [doer] if doer is not None else []
