"""Dropping a chosen trigger that is no event of its own: another trigger's argument, a retelling, what was stopped.

Once the finder (``extract.triggers``) has chosen its non-overlapping triggers, some of them still tell no
event of their own, and the chosen triggers together show it: a weapon or act that is another trigger's
object ("defused a roadside bomb", "repelled the attack"), a noun that names again what a verb of its
sentence told ("pulled out of the base, completing a withdrawal"), what a disruption verb stopped or a
cache held ("foiled a plot to attack the base") or a halting verb put off, and a demand told as a
protest's claim. These rules run after the choice, over all the chosen triggers, so they are kept apart
from the lexicon matching that proposes the candidates.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitreps.extract.taxonomy_schema import SPEECH_FAMILY
from sitreps.extract.trigger_match import NOUN_TAGS, VERB_TAGS, TriggerMatch
from sitreps.extract.unhappened import halted_act, in_cache, in_object, protest_purpose, wanted
from sitreps.language_data import word_list

# A weapon or act that is the object of another event's verb is that event's
# argument: "defused a roadside bomb", "repelled the attack", "seized grenades".
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# ...except under speech acts, which report an event of their own ("denied the attack"): SPEECH_FAMILY.
# How a protest's purpose reaches its verb through what the marchers carried or came to do: "to deliver [dobj] a
# letter demanding [acl]"; three steps reach the march from the demand.
PURPOSE_CARRIER_DEPS = frozenset({"acl", "dobj", "advcl", "xcomp"})
PURPOSE_STEPS = 3


def _object_of_trigger(match: TriggerMatch, heads: dict[int, TriggerMatch]) -> bool:
    """A noun trigger that is the object of another trigger verb: a speech act's only when it asks for or
    warns of it (``unhappened.wanted``)."""
    noun = match.head
    if noun.pos_ not in NOUN_TAGS or noun.dep_ not in OBJECT_DEPS:
        return False
    governor = heads.get(noun.head.i)
    return (governor is not None and governor is not match
            and (governor.event_type.family != SPEECH_FAMILY or wanted(governor.event_type.id)))


def _protest_purpose(match: TriggerMatch, heads: dict[int, TriggerMatch]) -> bool:
    """A demand told as a protest's claim (``unhappened.protest_purpose``), also through what the marchers carried
    or came to do: "marched to the governor's office to deliver a letter demanding the release of prisoners"
    (round 29, wire part x: the letter's demand became a row beside the march)."""
    token = match.head
    for _ in range(PURPOSE_STEPS):
        governor = heads.get(token.head.i)
        if protest_purpose(token, match.event_type.id, governor.event_type.family if governor else None):
            return True
        if token.dep_ not in PURPOSE_CARRIER_DEPS or token.head.i == token.i:
            return False
        token = token.head
    return False


def _weapon_stopped(match: TriggerMatch, chosen: Sequence[TriggerMatch]) -> bool:
    """A trigger inside the object of a disruption verb: what was stopped, not an event of its own
    ("foiled an attempt to plant a bomb", "thwarted a plot to attack the base"); a weapon listed in a cache
    found, and an act a halting verb stops or puts off (``extract.unhappened``)."""
    stopping = frozenset(word_list("triggers", "stopping_verbs"))
    for other in chosen:
        if other is match:
            continue
        if in_cache(match.head, other.head, other.event_type.id):
            return True
        if other.head.lemma_.lower() in stopping and other.head.pos_ in VERB_TAGS and in_object(match.head, other.head):
            return True
    return halted_act(match.head)


def _retold(match: TriggerMatch, chosen: list[TriggerMatch]) -> bool:
    """A noun that names again an event a verb of the same type told earlier in its sentence.

    "Troops pulled out of the base, completing a withdrawal": one event, told by the verb
    (a noun before the verb is the event itself: "the mobilisation ... to reinforce").
    """
    if match.kind != "noun":
        return False
    return any(other.kind != "noun" and other.event_type.id == match.event_type.id
               and other.head.sent == match.head.sent and other.start < match.start for other in chosen)
