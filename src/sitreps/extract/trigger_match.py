"""What a trigger is: one occurrence of an event word or phrase, and the tags of the words it stands on.

``TriggerMatch`` is the record every later stage reads (arguments, participants, captivity, incidents,
round-ups): the rule finder (``extract.triggers``) and the model (``extract.candidates``) both give it.
It lives apart from the finder so that the rules dropping a chosen trigger for what the others say
(``extract.dropped_triggers``) read it without importing the finder that calls them. ``VERB_TAGS``
and ``NOUN_TAGS`` are the parts of speech a verb or a noun trigger stands on, shared by both.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitreps.extract.taxonomy_schema import EventType

VERB_TAGS = frozenset({"VERB", "AUX"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True)
class TriggerMatch:
    """One trigger occurrence: its event type, its head token, its token range and who proposed it.

    ``score`` is the model's probability of the type in the trigger's sentence (None when no
    model ran); ``source`` is the extractor that proposed it (``rules`` or ``model``).
    """

    event_type: EventType
    head: Token
    start: int
    end: int
    kind: str
    score: float | None = None
    source: str = "rules"

    @property
    def span(self) -> Span:
        return self.head.doc[self.start:self.end]
