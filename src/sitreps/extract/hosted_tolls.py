"""Whether a casualty word told after an incident, with no doer of its own, is that incident's toll.

``extract.consequences`` gives an agentless casualty word ("Three militants were reportedly killed")
to the violent incident told in the sentence before: the toll of that incident. Round 23b found two
ways an article says the killing is another incident, and then it stands as one of its own:
- the sentence opens on another incident ("Separately, a student was shot dead ...", "Elsewhere, ...",
  ``incidents.sentence_opens_new``);
- the casualty word's clause names a place and the incident's sentence names places, none of them that
  one ("In Mombasa, hundreds marched ... The bar said a teenager had been shot dead in Kisumu"): the writer
  moved to another town. A clause that names no place ("were killed in the town") stays the toll.

Relies on: spaCy's parse and entities; the openers of ``data/en/incidents.yaml`` and the locative
prepositions of ``data/en/eventness.yaml`` (through the modules named above).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitreps.extract.generic_statements import places_named
from sitreps.extract.incidents import sentence_opens_new


def _clause(word: Token) -> Span:
    """The words a casualty word governs ("shot dead in Kisumu"), as one span of its sentence."""
    return word.doc[word.left_edge.i:word.right_edge.i + 1]


def in_another_town(casualty: Token, host: Token) -> bool:
    """The casualty word's clause names places and the host's sentence names others, none shared."""
    own, hosts = places_named(_clause(casualty)), places_named(host.sent)
    return bool(own) and bool(hosts) and not own & hosts


def told_apart(sentence: Span, casualty: Token | None, host: Token) -> bool:
    """Whether a toll told in ``sentence`` (by ``casualty``, or by a figure with no event word when None)
    is another incident than the one ``host`` tells in an earlier sentence."""
    if sentence_opens_new(sentence):
        return True
    return casualty is not None and in_another_town(casualty, host)
