"""One event told in several sentences of one article becomes one mention.

Articles repeat their main event ("defect" in the headline, "the defection" in
the body); a later trigger of the same type joins an earlier mention when it
refers back to it or adds nothing that contradicts it, so its arguments gather
in one place. Different places or different figures keep mentions apart (a
liveblog's two strikes on two cities stay two events).
"""

from __future__ import annotations

from sitreps.models import ActorMention, Attribution, Count, EventMention, SourceKind

ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Which attribution a merged mention keeps: most specific first.
SOURCE_SPECIFICITY = (SourceKind.NAMED_OFFICIAL, SourceKind.NAMED_PERSON, SourceKind.ORGANISATION, SourceKind.MEDIA,
                      SourceKind.ANONYMOUS, SourceKind.VAGUE, SourceKind.NONE)
# Ids the registry gives actors it inferred from one phrase: too weak to tell events apart.
NEW_ACTOR_PREFIX = "new:"


def _actor_key(actor: ActorMention) -> tuple[str, str]:
    return actor.role.value, actor.actor_id or actor.name.lower()


def _compatible(first: EventMention, later: EventMention) -> bool:
    """False when the two mentions disagree on the place or on a figure they both give."""
    if first.type != later.type or first.modality != later.modality:
        return False
    if first.place and later.place and (first.place.name or first.place.text) != (later.place.name or later.place.text):
        return False
    figures = {c.what: (c.value, c.low, c.high) for c in first.counts}
    return all(figures.get(c.what, (c.value, c.low, c.high)) == (c.value, c.low, c.high) for c in later.counts)


def _related(first: EventMention, later: EventMention, later_is_anaphoric: bool) -> bool:
    """A later mention refers back, shares an actor, or has no actors of its own."""
    known = [a.actor_id for a in later.actors if a.actor_id and not a.actor_id.startswith(NEW_ACTOR_PREFIX)]
    if later_is_anaphoric or not known:
        return True
    return any(a.actor_id in known for a in first.actors)


def _better_attribution(first: EventMention, later: EventMention) -> Attribution | None:
    """The most specific source wins: a named official over "the army", any source over none."""
    candidates = [a for a in (first.attribution, later.attribution) if a is not None]
    return min(candidates, key=lambda a: SOURCE_SPECIFICITY.index(a.source_kind)) if candidates else None


def _merge(first: EventMention, later: EventMention) -> EventMention:
    seen = {_actor_key(a) for a in first.actors}
    actors = first.actors + [a for a in later.actors if _actor_key(a) not in seen]
    whats = {c.what for c in first.counts}
    counts: list[Count] = first.counts + [c for c in later.counts if c.what not in whats]
    time = first.time
    if later.time and (time is None or (time.start is None and later.time.start is not None)):
        time = later.time
    return first.model_copy(update={
        "actors": actors,
        "counts": counts,
        "place": first.place or later.place,
        "time": time,
        "attribution": _better_attribution(first, later),
        "confidence": max(first.confidence, later.confidence),
    })


def consolidate(mentions: list[tuple[EventMention, bool]]) -> list[EventMention]:
    """Merge each mention into the first earlier one of its type it is related and compatible with.

    ``mentions`` are in text order, each with whether its trigger refers back
    (a definite noun such as "the defection").
    """
    kept: list[EventMention] = []
    for mention, anaphoric in mentions:
        for index, earlier in enumerate(kept):
            if _compatible(earlier, mention) and _related(earlier, mention, anaphoric):
                kept[index] = _merge(earlier, mention)
                break
        else:
            kept.append(mention)
    return kept
