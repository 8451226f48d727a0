"""A credit line names who filed a story and from where, not where its events happened.

Local outlets and wires open many stories with a line such as "By our correspondent in Mopti" or
"By Ibrahim Sani in Gusau": the town is where the reporter sits. Read as a sentence of the lead it
refined a state named for the event ("an attack in Zamfara State") to the reporter's town, and gave a
placeless story the reporter's town. A credit line is told apart by its shape, not by its names: it
opens with a credit preposition (data/en/places.yaml ``credit_line_openers``) and holds no verb, so
no event is told in it.

Relies on: the tagger's parts of speech. Gives: :func:`is_credit_line`, read by
``extract.story_place.lead_sentences``.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from sitreps.extract.english import words

# Parts of speech that make a line a clause telling something: a credit line has none.
CLAUSE_POS = frozenset({"VERB", "AUX"})


def is_credit_line(sentence: SpacySpan) -> bool:
    """Whether a sentence is a byline ("By our correspondent in Mopti"): a credit preposition first, no verb."""
    tokens = [t for t in sentence if not t.is_space and not t.is_punct]
    return bool(tokens) and tokens[0].lower_ in words("places", "credit_line_openers") \
        and not any(t.pos_ in CLAUSE_POS for t in tokens)
