"""Turning an argument phrase into an ActorMention resolved against the actor registry.

Named things (entities, proper nouns, groups of people) become canonical actors,
new ones inferred when the registry lacks them; common-noun targets such as "a
market" stay as written with no actor id, since they are objects, not actors.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sitreps.annotate.quantities import counting_lexicon
from sitreps.models import ActorMention, Role, Span
from sitreps.resolve.actors import ActorRegistry, person_role, role_conflict

ACTOR_ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
LEADING_WORDS = frozenset({"the", "a", "an", "some", "its", "their", "his", "her"})


def _clean_name(text: str) -> str:
    """The phrase without a leading article or possessive ("the Russian army" -> "Russian army")."""
    first, _, rest = text.partition(" ")
    return rest if first.lower() in LEADING_WORDS and rest else text


def _is_actor_like(head: Token) -> bool:
    """Entities, proper nouns and groups of people are actors; other nouns are objects."""
    persons, _ = counting_lexicon()
    if head.ent_type_ in ACTOR_ENTITY_LABELS or head.pos_ == "PROPN":
        return True
    subtree_ents = {t.ent_type_ for t in head.subtree}
    return head.lemma_.lower() in persons or bool(subtree_ents & {"ORG", "NORP", "PERSON"})


def actor_mention(role: Role, head: Token, bounds: tuple[int, int], text: str,
                  registry: ActorRegistry, countries: Sequence[str]) -> ActorMention:
    """An ActorMention for the phrase at ``bounds`` whose head token is ``head``."""
    start, end = bounds
    name = _clean_name(text[start:end])
    evidence = [Span.of(text, start, end)]
    if not _is_actor_like(head):
        return ActorMention(role=role, name=name, evidence=evidence)
    record = registry.resolve(name, context_countries=countries) or registry.infer(name, context_countries=countries)
    stated_role = person_role(text, (start, end)) if record.type == "person" or head.ent_type_ == "PERSON" else None
    return ActorMention(
        role=role,
        name=name,
        actor_id=record.id,
        actor_type=record.type,
        country=record.country,
        rank_or_role=stated_role,
        review_flag=role_conflict(record, stated_role),
        evidence=evidence,
    )
