"""A taking that describes a doer: who acts in the story, named by a kidnapping they did.

A story about an attack or a strike often names its doers by a taking they are known for: "the gang
behind the kidnapping of schoolchildren", "the militia responsible for the abduction of 40
villagers attacked a camp", "gunmen linked to the kidnapping of a priest", "a gang that had
kidnapped a businessman". The taking identifies a participant; it is not an abduction the story
reports, and as a row it sat beside the story's main act (or won over it). The cause is read from
the parse: the abduction word hangs, through a preposition, an adjective or participle ("responsible
for", "linked to") or a relative clause, on a noun of doers (a group, gang, gunmen, or an
organisation's name), or is the object of "behind", however the parse attaches it. Like a hold
(``extract.held_state``), it stays when a day is named in its own phrase, when the article tells a
taking elsewhere, which it then retells, or when the story tells no other act.

Relies on: the trigger's token in a parsed Doc, the mention's type and time. Word lists:
``data/en/eventness.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.held_state import ABDUCTION, dated_in_its_clause, tells_a_taking, tells_another_act
from sitreps.models import EventMention

LISTS = "eventness"
# How a describing phrase climbs to the noun it describes: "responsible for the abduction" (pobj, prep,
# amod), "linked to the kidnapping" (acl), "a gang that had kidnapped" (relcl).
DESCRIBING_DEPS = frozenset({"pobj", "prep", "amod", "acl", "relcl"})
# spaCy's entity labels of a group's name ("Boko Haram", "the ELN").
GROUP_ENTITIES = frozenset({"ORG", "NORP"})


def _described_doer(trigger: Token) -> Token | None:
    """The noun of doers the trigger's phrase describes (for "behind", the preposition, as the parse may
    hang it on the verb), or None."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ in words(LISTS, "describing_prepositions"):
        return trigger.head
    token = trigger
    while token.dep_ in DESCRIBING_DEPS and token.head.i != token.i:
        token = token.head
        if token.pos_ in ("NOUN", "PROPN"):
            doer = token.lemma_.lower() in words(LISTS, "doer_nouns") or token.ent_type_ in GROUP_ENTITIES
            return token if doer else None
    return None


def is_taker_description(trigger: Token, mention: EventMention, event_words: frozenset[int]) -> bool:
    """An abduction word that describes a doer of another act of the story, undated in its own phrase,
    in an article that tells no taking elsewhere. ``event_words`` are the token indices of the
    article's event words."""
    if mention.type != ABDUCTION:
        return False
    doer = _described_doer(trigger)
    return doer is not None and not dated_in_its_clause(trigger, mention) and not tells_a_taking(doer) \
        and tells_another_act(doer, trigger, event_words)
