"""Re-typing a mention from its arguments, by the ``retype`` rules of ``data/taxonomy.yaml``.

A lexicon can give "attack" only one type; whether it was an armed clash or an
attack on civilians depends on who was attacked, whether a strike was an air
strike or shelling on what was fired, whether a detention was an arrest or an
abduction on who detained. The rules are data; this module only checks them
against the arguments the parse found.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from sitreps.extract.taxonomy import EventType, RetypeRule
from sitreps.models import ActorMention, Role

NEW_ACTOR_PREFIX = "new:"  # ActorRegistry.infer's ids for actors the registry lacks


def _argument_tokens(doc: Doc, actors: Sequence[ActorMention], role: Role) -> list[Token]:
    tokens: list[Token] = []
    for actor in actors:
        if actor.role != role:
            continue
        span = doc.char_span(actor.evidence[0].start, actor.evidence[0].end, alignment_mode="expand")
        if span is not None:
            tokens.extend(span)
    return tokens


def _fires(rule: RetypeRule, trigger: Token, actors: Sequence[ActorMention], places: Sequence[Token]) -> bool:
    tokens = _argument_tokens(trigger.doc, actors, rule.role)
    if rule.role == Role.INSTRUMENT:
        tokens.extend(trigger.subtree)
    if rule.role == Role.TARGET:
        tokens.extend(t for head in places for t in head.subtree)  # what was taken: a town, or people
    lemmas = {t.lemma_.lower() for t in tokens}
    if lemmas & set(rule.unless):
        return False
    if lemmas & set(rule.lemmas):
        return True
    return bool(rule.actor_types) and any(
        a.role == rule.role and a.actor_type in rule.actor_types and _known(a) for a in actors)


def _known(actor: ActorMention) -> bool:
    """An actor the registry knows; a type guessed from a new name's words is too weak to re-type on."""
    return actor.actor_id is not None and not actor.actor_id.startswith(NEW_ACTOR_PREFIX)


def retyped(event_type: EventType, trigger: Token, actors: Sequence[ActorMention], places: Sequence[Token],
            type_by_id: Callable[[str], EventType]) -> EventType:
    """The type the first firing rule names, or ``event_type`` itself when none fires.

    ``places`` are the heads of the type's place slots; a rule on the target reads
    them too, since "captured two suspects" fills the slot "captured the town" would.
    """
    for rule in event_type.retype:
        if _fires(rule, trigger, actors, places):
            return type_by_id(rule.to)
    return event_type
