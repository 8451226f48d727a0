"""The verb a trigger's clause turns on: the trigger itself when it is a verb, else the nearest verb above it.

Event-ness and the rescue rules read what a clause says about its event (its purpose, its
prepositions, its mood) off that verb: "troops were deployed to free the hostages" hangs the
purpose on "deployed", "an operation launched to rescue them" on "launched", not on the noun.
"""

from __future__ import annotations

from spacy.tokens import Token

VERB_TAGS = ("VERB", "AUX")


def governing_verb(trigger: Token) -> Token:
    """The trigger itself when it is a verb, else the nearest verb governing it (the trigger when none does)."""
    token = trigger
    while token.pos_ not in VERB_TAGS and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in VERB_TAGS else trigger
