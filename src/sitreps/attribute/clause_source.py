"""Who tells one act, when a sentence holds two speakers' clauses side by side.

A headline or lead often sets two parties' words next to each other: "Rebels say they seized two towns,
army says fighting goes on", "Baku says it took the heights as Yerevan says attacks were repelled". The
sentence's source (``claim_source``: its shallowest speech cue) is one of them, while each act is told by
the speaker whose cue sits nearest above its trigger. The parser often hangs the first clause under the
second cue as though it were that cue's reported words; a later cue that reports a clause of its own after
it, or a cue joined as a clause of its own (an adverbial clause, a conjunct, a parenthetical), reports no other
speaker's words, so the nearer speaker tells the act.

Nested reporting keeps the sentence's source: "residents said the army claimed it killed 30 militants"
(the army's words are the residents' sole report) and "the rebels said they took the town, their
spokesman said" (``claim_source`` decides those).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.annotate.doctext import doc_text
from sitreps.attribute.claim_source import silent
from sitreps.attribute.mentions import Mention
from sitreps.attribute.sources import source_kind
from sitreps.attribute.speakers import is_cue, is_prepositional_cue, speaker_for
from sitreps.models import Attribution, Span

# How a clause is joined to the clause above it as a clause of its own, not as reported words.
JOINED_DEPS = frozenset({"advcl", "conj", "parataxis"})
# How a verb takes the words it reports.
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})
# How words of its own follow a later cue: a short headline clause is often parsed as its object or an
# adverbial clause ("says fighting rages").
OWN_WORDS_DEPS = REPORTED_DEPS | {"dobj", "advcl"}
# Marks that open and close quoted words: a cue inside them is a quoted speaker's, not the sentence's.
QUOTE_MARKS = "\"“”"


def clause_attribution(trigger: Token, attribution: Attribution | None) -> Attribution | None:
    """The attribution of the act ``trigger`` names: the sentence's, unless another speaker's clause holds
    the act beside the sentence source's own (module docstring)."""
    if attribution is None or not attribution.evidence:
        return attribution
    found = _nearest_speaker(trigger)
    if found is None:
        return attribution
    cue, who = found
    span = Span.of(doc_text(cue.doc), cue.idx, cue.idx + len(cue))
    if who.name is None or who.name == attribution.source or span == attribution.evidence[0]:
        return attribution
    return Attribution(source=who.name, source_kind=source_kind(who, cue.sent),
                       claim_index=attribution.claim_index, evidence=[span])


def _nearest_speaker(trigger: Token) -> tuple[Token, Mention] | None:
    """The nearest speech cue above ``trigger`` with a subject of its own, when its clause stands beside
    the clause of a cue above it rather than being that cue's reported words."""
    path = list(trigger.ancestors)
    cues = [t for t in path if _speaks(t)]
    if len(cues) < 2:
        return None
    nearest = cues[0]
    who = speaker_for(nearest)
    if who is None or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in nearest.children):
        return None
    return (nearest, who) if _beside(nearest, cues[1]) else None


def _speaks(token: Token) -> bool:
    """A speech verb outside quotation marks that reports words (not "did not confirm")."""
    if not is_cue(token) or is_prepositional_cue(token) or silent(token):
        return False
    before = token.doc.text[token.sent.start_char:token.idx]
    return sum(before.count(mark) for mark in QUOTE_MARKS) % 2 == 0


def _beside(nearest: Token, higher: Token) -> bool:
    """Whether the clause of ``nearest`` is joined as a clause of its own (``JOINED_DEPS``) on the way up to
    ``higher``, or comes before ``higher`` while ``higher`` reports words of its own after it ("..., army says
    fighting goes on"): reported words follow their cue, a quoted party's own cue precedes its spokesman's."""
    token = nearest
    while token.head.i != higher.i:
        if token.dep_ in JOINED_DEPS:
            return True
        token = token.head
    if token.dep_ in JOINED_DEPS - REPORTED_DEPS:
        return True
    return nearest.i < higher.i and any(c.i > higher.i and c.dep_ in OWN_WORDS_DEPS for c in higher.children)
