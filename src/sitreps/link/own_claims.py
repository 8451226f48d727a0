"""A party's claim of its own act, for the event's modality: "the army said it killed 30 militants",
"Baku said it had taken control of 60 positions", "the group said its fighters ambushed a patrol".

ACLED codes such an act ``claimed`` when the party to it is the only source telling it (sitreps has
no such value; ``alleged`` is the nearest, and the real-news scorer accepts it for ``claimed``).
A mention keeps ``reported``, the sentence's own modality (the project gold codes "Hezbollah said it
fired 300 rockets" so); the event's consensus reads the mention's value as ``alleged`` and ranks it
after a ``reported`` that any other report of the act gives: an act the other side, a witness or the
writer also tells is reported (``link.consensus``).

The parse decides who did it before this: the actor resolver reads "it"/"they" of the speaker as
the speaker, so the claim's source and the event's initiator are the same words ("The Sudanese army
said it killed": initiator "The Sudanese army", source "The Sudanese army"), or the initiator is the
speaker's own side kept as words ("its fighters", "we"). A party telling the other side's act ("the
army said rebels attacked") or its own suffering ("it was attacked": the speaker is the target) has
another initiator, and a passage with no named source ("residents said") has no party speaking.
"""

from __future__ import annotations

from sitreps.attribute.lexicon import lexicon
from sitreps.link.families import family_of
from sitreps.models import EventMention, Modality, Role, SourceKind, Span

# Families of armed acts a party claims (ACLED codes battles, strikes and attacks "claimed"); a
# police force's account of its arrests or organisers' of their march is how those are reported.
CLAIMABLE_FAMILIES = frozenset({"battle", "remote_violence", "violence_against_civilians"})
# Sources that are no party speaking: nobody named, or anonymous people.
NO_PARTY = frozenset({SourceKind.NONE, SourceKind.ANONYMOUS})


def claims_own_act(mention: EventMention) -> bool:
    """Whether the mention tells its act only as its doer's own claim (module docstring)."""
    attribution = mention.attribution
    if (mention.modality is not Modality.REPORTED or attribution is None or attribution.source is None
            or attribution.source_kind in NO_PARTY or family_of(mention.type) not in CLAIMABLE_FAMILIES):
        return False
    if not attribution.evidence or not _within(attribution.evidence[0], mention.sentence):
        return False  # an incident merged from several sentences: its source speaks of another one
    source = _bare(attribution.source)
    lex = lexicon()
    for actor in mention.actors:
        if actor.role is not Role.INITIATOR or not actor.evidence:
            continue
        words = actor.evidence[0].text.lower().split()
        if _bare(actor.evidence[0].text) == source or (words and words[0] in lex.own_side_words):
            return True
    return False


def _within(span: Span, sentence: Span) -> bool:
    """Whether ``span`` lies in ``sentence``: a source's cue elsewhere speaks of another telling."""
    return sentence.start <= span.start and span.end <= sentence.end


def _bare(phrase: str) -> str:
    """A phrase lower-cased without its leading definite determiner ("The Houthis" = "Houthis")."""
    words = phrase.lower().split()
    if words and words[0] in lexicon().definite_determiners:
        words = words[1:]
    return " ".join(words)
