"""Being held, told in a story of a release or a swap: the release itself, or a state; no new capture or arrest.

The lexicon reads nouns of people held ("captivity", "prisoners of war", "detention") as a capture or an
arrest, as "fighters were taken into captivity" and "placed in detention" tell one. A swap or a release
story uses the same nouns for whom it frees and what they were freed from: "84 servicemen returned from
captivity", "84 prisoners of war were handed over", "released after a year in captivity". ACLED codes
one event there, the exchange or release (Agreement, prisoner_exchange here), and no capture. So a noun
of the held that a verb of freeing governs is retyped the exchange where the story names no swap by its
own word (where it does, that word is the row), and one told as a state ("spent a year in captivity",
"liberated from captivity") with no verb of confining over it is no event. A taking
stays: "taken into captivity", "placed in detention", "troops captured 12 soldiers" (a verb trigger).
A captor's own taking told in a relative clause on the people it frees ("the rebels released six soldiers they
had captured") is the release too: the clause only tells whom it freed, and the lexicon had read its verb of
taking as ground taken, whose object the clause does not show. The verb of freeing is then the trigger, so that
its subject and object are the release's sides. A taking by someone the clause names ("a priest seized by
armed men has been released", "hostages the gang had seized were freed") stays the taking it tells.

Relies on: the trigger's head token in a parsed Doc and its type. Word lists: ``data/en/eventness.yaml``;
the types read: ``captivity_types`` in ``data/incident_kinds.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.governing_verb import governing_verb
from sitreps.extract.kinds_file import type_list
from sitreps.extract.nouns import is_actor_noun, is_person_noun
from sitreps.extract.rescue import EXCHANGE_TYPE, bare_exchange_marker, tells_an_exchange
from sitreps.extract.taxonomy_schema import EventType
from sitreps.extract.triggers import TriggerMatch
from sitreps.models import EventMention

LISTS = "eventness"
# The dependency of a relative clause hung on the people it describes ("soldiers it had captured").
CLAUSE_DEP = "relcl"
# The dependency of the freed people on the verb of freeing ("released six soldiers").
FREED_DEP = "dobj"


def _held_noun(trigger: Token, event_type: str) -> bool:
    """A noun of being held ("captivity", "prisoners", "detention") that the lexicon typed a capture or an arrest."""
    return event_type in type_list("captivity_types") and trigger.lemma_.lower() in words(LISTS, "captivity_nouns")


def _freed(trigger: Token) -> bool:
    """The verb over the noun frees or hands back people ("returned from captivity", "were handed over")."""
    return governing_verb(trigger).lemma_.lower() in words(LISTS, "release_verbs")


def _captives_freed(trigger: Token, event_type: str) -> bool:
    """A verb of taking people or ground in a relative clause whose subject is a pronoun for the captor, on
    the people that captor frees ("released six soldiers it had captured"): the release is the news, the taking
    what it undoes. A place freed or handed over ("handed over the base it had captured") is no people, nor is
    a thing about people ("released a video of soldiers they had captured"), and both stay."""
    takings = type_list("captivity_types") | type_list("ground_lost_types")
    if event_type not in takings or trigger.dep_ != CLAUSE_DEP or trigger.pos_ != "VERB":
        return False
    captives, freeing = trigger.head, trigger.head.head
    own = any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in trigger.children) \
        and any(c.dep_ == "nsubj" for c in freeing.children)  # the captor frees them: "it had captured"
    about = any(c.dep_ == "prep" for c in captives.children if c.i < trigger.i)  # "a video of soldiers"
    return own and captives.dep_ == FREED_DEP and freeing.lemma_.lower() in words(LISTS, "release_verbs") \
        and (is_person_noun(captives) or is_actor_noun(captives)) and not about


def _held_as_state(trigger: Token) -> bool:
    """Being held told as a state ("in captivity", "from detention") that no verb of confining puts people
    in ("placed in detention" is the arrest): the background of a release, no taking."""
    prep = trigger.head
    return trigger.dep_ == "pobj" and prep.lower_ in words(LISTS, "held_state_prepositions") \
        and governing_verb(trigger).lemma_.lower() not in words(LISTS, "confining_verbs")


def _exchange_told(trigger: Token) -> bool:
    """The story names the swap by its own word ("exchanged 95 prisoners", "the latest prisoner swap"): that
    word is the exchange's row, and the held its verbs of freeing name are a retelling of it."""
    return any(tells_an_exchange(t) and not bare_exchange_marker(t) for t in trigger.doc)


def captivity_retyped(match: TriggerMatch, type_by_id: Callable[[str], EventType]) -> TriggerMatch:
    """``match`` typed the exchange when it names the held that a verb of freeing frees, in a story that names
    no swap by its own word ("84 servicemen returned from captivity ... in return, 84 were handed over")."""
    trigger = match.head
    if _captives_freed(trigger, match.event_type.id):
        freeing = trigger.head.head
        return replace(match, event_type=type_by_id(EXCHANGE_TYPE), head=freeing, start=freeing.i,
                       end=freeing.i + 1, kind="verb")
    if _held_noun(trigger, match.event_type.id) and _freed(trigger) and not _exchange_told(trigger):
        return replace(match, event_type=type_by_id(EXCHANGE_TYPE))
    return match


def is_captivity_state(trigger: Token, mention: EventMention) -> bool:
    """A capture or an arrest read off a state of being held ("spent a year in captivity"): no event. The held a
    verb of freeing frees where the story names the swap by its own word are left as they were: dropping them
    lowered real-news test sub-type 0.708 -> 0.694 (their row links with the swap's and outweighed a row of
    ground retaken)."""
    return _held_noun(trigger, mention.type) and _held_as_state(trigger)
