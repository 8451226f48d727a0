"""Where: the toponym an event is located at, resolved through the gazetteer.

The dateline is where a story was filed, so toponyms inside it are never
candidates. A toponym governed by a locative preposition near the trigger wins;
otherwise the first toponym of the sentence that is not an actor.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.models import Place, Span
from sitreps.resolve.gazetteer import Gazetteer

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "at", "outside", "around", "across", "inside", "into",
                                   "on", "from", "towards", "toward", "along", "over", "off", "between"})
# How far up the tree from the toponym's preposition the trigger may be
# (toponym -> prep -> noun/verb -> ...); 3 hops keeps "in the city of X".
MAX_HOPS_TO_TRIGGER = 4


def _governed_by_trigger(entity: SpacySpan, trigger: Token) -> bool:
    """True when the entity hangs from a locative preposition on the trigger's path."""
    token = entity.root
    for _ in range(MAX_HOPS_TO_TRIGGER):
        if token.head == token:
            return False
        if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS:
            ancestor = token.head.head
            return ancestor == trigger or trigger in ancestor.ancestors or ancestor in trigger.ancestors
        token = token.head
    return False


def choose_toponym(sentence: SpacySpan, trigger: Token, excluded: Sequence[tuple[int, int]],
                   belongs: Callable[[int, int], bool]) -> SpacySpan | None:
    """The toponym an event happened at, or None.

    ``excluded`` are character ranges not to use (dateline, actors);
    ``belongs`` tells whether a range is this trigger's rather than another event's.
    """
    def usable(entity: SpacySpan) -> bool:
        return entity.label_ in PLACE_LABELS and belongs(entity.start_char, entity.end_char) and not any(
            s < entity.end_char and entity.start_char < e for s, e in excluded)

    candidates = [e for e in sentence.ents if usable(e)]
    governed = [e for e in candidates if _governed_by_trigger(e, trigger)]
    if governed:
        return min(governed, key=lambda e: abs(e.root.i - trigger.i))
    return candidates[0] if candidates else None


def resolve_place(entity: SpacySpan, text: str, gazetteer: Gazetteer, countries: Sequence[str]) -> Place:
    """A Place for a toponym: as written, resolved name, coordinates, country, admin1, precision."""
    match = gazetteer.resolve(entity.text, context_countries=countries)
    return Place(
        text=entity.text,
        name=match.name,
        lat=match.lat,
        lon=match.lon,
        country=match.country,
        admin1=match.admin1,
        precision=match.precision,
        note=match.note,
        evidence=[Span.of(text, entity.start_char, entity.end_char)],
    )
