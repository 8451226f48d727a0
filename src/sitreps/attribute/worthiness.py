"""Check-worthiness: how much a claim deserves a fact-checker's time, in [0, 1].

A transparent additive score, not a model: a base by claim kind (specific
factual kinds high, opinion and background low), plus bonuses for what makes a
claim checkable and consequential: numbers, named actors, violence, a date.
Short sentences with no verb (captions, bylines, boilerplate) are scored low.
"""

from __future__ import annotations

from spacy.tokens import Span as TokenSpan

from sitreps.annotate.doctext import ents_in
from sitreps.attribute.lexicon import lexicon
from sitreps.models import ClaimKind

# Base by kind, set by hand from fact-checking practice (ClaimBuster-style priorities): a reported
# event or allegation can be checked against other sources; opinion and speculation cannot.
KIND_BASE: dict[ClaimKind, float] = {
    ClaimKind.REPORTED_EVENT: 0.45,
    ClaimKind.ALLEGATION: 0.5,
    ClaimKind.ATTRIBUTED_STATEMENT: 0.4,
    ClaimKind.DENIAL: 0.4,
    ClaimKind.SPECULATION: 0.1,
    ClaimKind.OPINION: 0.05,
    ClaimKind.BACKGROUND: 0.15,
}
# Bonuses, each chosen so that a reported event with a number, a named actor and violence
# reaches about 0.95 and an opinion with all three stays below 0.5.
NUMBER_BONUS = 0.2
ACTOR_BONUS = 0.1
VIOLENCE_BONUS = 0.2
DATE_BONUS = 0.05
# Boilerplate: fewer words than this and no verb ("Photo: Reuters") halves the score.
BOILERPLATE_WORDS = 6
BOILERPLATE_FACTOR = 0.5
ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def check_worthiness(unit: TokenSpan, kind: ClaimKind) -> float:
    """The score of one sentence of the given kind (see the module docstring)."""
    score = KIND_BASE[kind]
    if any(t.like_num or t.ent_type_ == "CARDINAL" for t in unit):
        score += NUMBER_BONUS
    if any(e.label_ in ACTOR_ENTITIES for e in ents_in(unit)):
        score += ACTOR_BONUS
    events = lexicon().event_lemmas
    if any(t.lemma_.lower() in events for t in unit if t.pos_ in {"VERB", "NOUN"}):
        score += VIOLENCE_BONUS
    if any(e.label_ == "DATE" for e in ents_in(unit)):
        score += DATE_BONUS
    words = [t for t in unit if t.is_alpha]
    if len(words) < BOILERPLATE_WORDS and not any(t.pos_ in {"VERB", "AUX"} for t in unit):
        score *= BOILERPLATE_FACTOR
    return round(min(1.0, max(0.0, score)), 3)
