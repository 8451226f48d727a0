"""Where: the place phrase an event is located at, resolved through the gazetteer.

The dateline is where a story was filed, so toponyms inside it are never
candidates, nor are the event's actors ("Ukrainian troops", "defected to
Ukraine"). A phrase after a locative preposition on the trigger's path wins
("near the village of Robotyne", "in Maungdaw township (Rakhine)"), whether or
not the tagger recognised the name: a proper noun or a place noun
(``data/place_nouns.yaml``) is enough there. Otherwise the nearest toponym entity
after a locative preposition anywhere in the sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.annotate.quantities import load_data
from sitreps.extract.arguments import phrase_bounds
from sitreps.models import Place, PlacePrecision, Span
from sitreps.resolve.gazetteer import Gazetteer

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities that are never a place, whatever preposition they follow.
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
# "from" (origin: "recaptured X from the RSF") and "between" (the sides of a clash) are left out.
LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "at", "outside", "around", "across", "inside", "into",
                                   "on", "towards", "toward", "along", "over", "off", "through", "within"})
# A noun trigger's clause is its verb's: "a bomb went off near a van in Quetta".
CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# A locative inside a clause of its own below the trigger places that clause's act
# ("urged X to put pressure on Israel"), not the trigger's.
SUBORDINATE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "relcl"})
# How far up the tree from the place word its preposition may be
# (toponym -> compound head -> pobj -> prep): 4 hops keeps "in the city of X".
MAX_HOPS_TO_TRIGGER = 4

Range = tuple[int, int]
# Gazetteer answers precise enough to call an unlabelled proper noun a place.
LOCAL_PRECISIONS = frozenset({PlacePrecision.EXACT, PlacePrecision.DISTRICT, PlacePrecision.REGION})


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """Common nouns that name a place ("village", "camp", "township")."""
    return frozenset(load_data("place_nouns.yaml")["place_nouns"])


def _locative_object(token: Token) -> Token | None:
    """The object of the locative preposition a word sits under, or None."""
    for _ in range(MAX_HOPS_TO_TRIGGER):
        if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS:
            return token
        if token.head == token or token.dep_ not in ("compound", "pobj", "nmod", "amod", "appos", "prep"):
            return None
        token = token.head
    return None


def _on_trigger_path(pobj: Token, trigger: Token) -> bool:
    """Whether the place's preposition hangs in the trigger's clause (not in a subordinate clause)."""
    attached = pobj.head.head
    anchor = trigger.head if trigger.dep_ in CLAUSE_DEPS and trigger.head.pos_ in ("VERB", "AUX") else trigger
    if attached in (trigger, anchor) or attached in trigger.ancestors:
        return True
    path: list[Token] = []
    for token in [attached, *attached.ancestors]:
        if token == anchor:
            return not any(t.dep_ in SUBORDINATE_DEPS for t in path)
        path.append(token)
    return False


def _is_place_word(token: Token) -> bool:
    if token.ent_type_ in NOT_PLACE_LABELS:
        return False
    return token.ent_type_ in PLACE_LABELS or token.pos_ == "PROPN" or token.lemma_.lower() in place_nouns()


def _name_in(phrase: SpacySpan) -> SpacySpan:
    """The part of a place phrase the gazetteer should look up: its toponym entity or proper nouns."""
    for entity in phrase.ents:
        if entity.label_ in PLACE_LABELS:
            return entity
    propn = [t for t in phrase if t.pos_ == "PROPN" and t.ent_type_ not in NOT_PLACE_LABELS]
    return phrase.doc[propn[0].i:propn[-1].i + 1] if propn else phrase


def _candidates(sentence: SpacySpan) -> list[Token]:
    """Objects of locative prepositions whose phrase holds a place word."""
    found: list[Token] = []
    for token in sentence:
        pobj = _locative_object(token) if _is_place_word(token) else None
        if pobj is not None and pobj not in found:
            found.append(pobj)
    return found


def choose_place(sentence: SpacySpan, trigger: Token, excluded: Sequence[Range],
                 belongs: Callable[[int, int], bool]) -> SpacySpan | None:
    """The place phrase an event happened at, or None.

    ``excluded`` are character ranges not to use (dateline, actors);
    ``belongs`` tells whether a range is this trigger's rather than another event's.
    """
    doc = sentence.doc
    phrases = []
    for pobj in _candidates(sentence):
        start, end = phrase_bounds(pobj)
        if belongs(start, end) and not any(s < end and start < e for s, e in excluded):
            phrases.append((pobj, doc.char_span(start, end, alignment_mode="expand")))
    governed = [(p, span) for p, span in phrases if span is not None and _on_trigger_path(p, trigger)]
    if governed:
        return min(governed, key=lambda item: abs(item[0].i - trigger.i))[1]
    named = [span for p, span in phrases if span is not None and any(e.label_ in PLACE_LABELS for e in span.ents)
             and trigger not in p.ancestors]  # one in the trigger's own subordinate clause was refused above
    return named[0] if named else None


def slot_place(heads: Sequence[Token]) -> SpacySpan | None:
    """The phrase of the first place slot ("the town of Boulkessi" of "seized control of ...")."""
    if not heads:
        return None
    start, end = phrase_bounds(heads[0])
    return heads[0].doc.char_span(start, end, alignment_mode="expand")


def target_place(targets: Sequence[SpacySpan], gazetteer: Gazetteer,
                 countries: Sequence[str]) -> SpacySpan | None:
    """A target that is itself a named place ("shelled the village of X", "struck Kharkiv") locates the event.

    The tagger often labels a town it does not know as a person; a proper-noun
    target the gazetteer finds below country level counts as a place too.
    """
    for span in targets:
        if not _is_place_word(span.root):
            continue
        if any(e.label_ in PLACE_LABELS for e in span.ents):
            return span
        if span.root.pos_ == "PROPN":
            precision = gazetteer.resolve(_name_in(span).text, context_countries=countries).precision
            if precision in LOCAL_PRECISIONS:
                return span
    return None


def resolve_place(phrase: SpacySpan, text: str, gazetteer: Gazetteer, countries: Sequence[str]) -> Place:
    """A Place for a place phrase: as written, resolved name, coordinates, country, admin1, precision."""
    match = gazetteer.resolve(_name_in(phrase).text, context_countries=countries)
    return Place(
        text=phrase.text,
        name=match.name,
        lat=match.lat,
        lon=match.lon,
        country=match.country,
        admin1=match.admin1,
        precision=match.precision,
        note=match.note,
        evidence=[Span.of(text, phrase.start_char, phrase.end_char)],
    )
