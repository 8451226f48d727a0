"""A change of territory takes ground: a word of taking whose object is a state of affairs took no place.

The lexicon types "seized", "captured", "took over", "took control of" and "regained" as changes of
territory, and the object usually says whether ground changed hands: a town, a base, a district. The
same words take a state of affairs or an activity too: "took control of the situation", "regained
calm", "captured the attention of aid agencies", "seized the initiative", "took over security",
"their protests had been taken over by hired thugs". ACLED codes a change of territory only where a
PLACE or a military site was taken, so a word of taking whose every object is such a noun
(``ungrounded_objects`` of ``data/en/eventness.yaml``) is not such an event. A word of the type's
own phrases ("regained control", "fell into the hands of") is no object: what it governs through
"of" is ("control of the highway junction"). The list is narrow on purpose: WordNet's whole class of
abstract nouns also holds words that name ground in some articles, and judging by it lowered the
project gold heldout (round 13b).

Relies on: the trigger's tokens in a parsed Doc (the mention's trigger span) and the types of
``takes_ground`` in ``data/incident_kinds.yaml``; phrase words from ``data/taxonomy.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.kinds_file import type_list
from sitreps.extract.of_objects import OF, of_objects
from sitreps.extract.taxonomy import load_taxonomy
from sitreps.models import EventMention

# How what is taken hangs on the word of taking: "seized the town" (dobj), "the town was captured"
# (nsubjpass); "the capture of the town", "took control of the town" go through ``OF``.
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
LISTS = "eventness"


@cache
def _phrase_words(type_id: str) -> frozenset[str]:
    """The lemmas of a type's trigger phrases ("control", "hand"): words of the trigger, not what it takes."""
    return frozenset(word for phrase in load_taxonomy().get(type_id).triggers.phrases for word in phrase.split())


def _trigger_tokens(trigger: Token, mention: EventMention) -> list[Token]:
    """The tokens of the mention's trigger span ("took control of"), the head alone when the span is not found."""
    span = [t for t in trigger.doc if mention.trigger.start <= t.idx < mention.trigger.end]
    return span if trigger in span else [trigger]


def _objects(tokens: list[Token], phrase_words: frozenset[str]) -> Iterator[Token]:
    """What the trigger takes: its objects and passive subjects, and what it or a phrase word governs through
    "of", outside the trigger's own words; a phrase word as object is looked through to its "of" object."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.lower_ == OF:
            yield from (g for g in token.children if g.dep_ == "pobj")
        yield from (g for g in of_objects(token) if g.i not in inside)
        for child in token.children:
            if child.i in inside or child.dep_ not in OBJECT_DEPS:
                continue
            if child.lemma_.lower() in phrase_words:
                yield from of_objects(child)
            else:
                yield child


def takes_no_ground(trigger: Token, mention: EventMention) -> bool:
    """Whether a change of territory names what it took and every such object is a state of affairs or an
    activity ("took control of the situation", "regained calm"): no place changed hands, no event."""
    if mention.type not in type_list("takes_ground"):
        return False
    taken = list(_objects(_trigger_tokens(trigger, mention), _phrase_words(mention.type)))
    ungrounded = words(LISTS, "ungrounded_objects")
    return bool(taken) and all(t.pos_ == "NOUN" and t.lemma_.lower() in ungrounded for t in taken)
