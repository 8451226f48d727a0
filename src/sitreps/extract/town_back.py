"""The town a story named before, for an event told at "the town".

Wire copy names a town once and then writes "the town": "Jihadists besieged the town of Niono for
weeks. On Monday they ambushed a convoy outside the town"; "Residents of Beni fled. Rebels attacked a
neighbourhood of the town overnight". The event's own sentence holds no name, so it kept the story's
coarse place (the country, the province). ACLED codes the town. A settlement noun written with a
pointing determiner and nothing that names or sets apart another one ("the town", not "the town of
X", "the neighbouring town", "a town") points back to the nearest town named before its sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitreps.annotate.doctext import doc_ents, doc_text, root_at
from sitreps.extract.place_ranking import locate
from sitreps.extract.place_words import PLACE_LABELS
from sitreps.extract.places import Range
from sitreps.language_data import word_list
from sitreps.models import EventMention, Place, PlacePrecision, Span
from sitreps.resolve.gazetteer import Gazetteer
from sitreps.resolve.places import geo_precision

# Dependencies of a proper noun that is an object, where an unlabelled town is written ("residents of
# Beni", "besieged Niono"); not a subject, which is more often a person or a group.
NAME_OBJECTS = frozenset({"pobj", "dobj"})


def towns_pointed_back(doc: Doc, gazetteer: Gazetteer, mention: EventMention, countries: Sequence[str],
                       excluded: Sequence[Range] = ()) -> list[Place]:
    """For each sentence telling the mention that writes "the town", the town the story named before it.

    Only a known town counts (a region or a country is no referent of "the town"), and never one
    inside ``excluded`` (the dateline, the actors).
    """
    found = []
    for span in [mention.trigger, *mention.retellings]:
        token = root_at(doc, span.start, span.end)
        pointer = next((t for t in token.sent if _points_back(t)), None) if token is not None else None
        if token is not None and pointer is not None:
            place = _town_before(doc, gazetteer, doc[token.sent.start:pointer.i], countries, excluded)
            if place is not None:
                found.append(place)
    return found


def _points_back(token: Token) -> bool:
    """Whether a token is a bare settlement noun pointing back: "the town", "this village"."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in word_list("places", "settlement_nouns"):
        return False
    children = list(token.children)
    pointing = any(c.dep_ == "det" and c.lower_ in word_list("places", "anaphoric_determiners") for c in children)
    # a describer, a name or an "of" phrase makes it another town, or a named one
    return pointing and not any(c.dep_ in ("amod", "compound", "appos", "prep", "nummod") for c in children)


def _town_before(doc: Doc, gazetteer: Gazetteer, opening: SpacySpan, countries: Sequence[str],
                 excluded: Sequence[Range]) -> Place | None:
    """The nearest place entity the gazetteer knows as a town before "the town": in its sentence's
    ``opening`` ("Goma's residents fled as rebels shelled the city"), else in the sentences before."""
    text = doc_text(doc)
    earlier = [n for n in _names(doc[:opening.end])
               if not any(start < n.end_char and n.start_char < end for start, end in excluded)]
    for name in reversed(earlier):
        place = _owner_town(name, text, gazetteer, countries) if _is_owner(name[-1]) \
            else locate([name], text, gazetteer, countries)
        if place is not None and place.precision is PlacePrecision.EXACT and not place.approximate \
                and place.lat is not None:
            return place
    return None


def _names(span: SpacySpan) -> list[SpacySpan]:
    """The place entities of a span and the proper nouns it governs as objects, in order.

    The small tagger leaves many towns unlabelled ("Residents of Beni fled"); a proper noun that is a
    verb's or preposition's object is still a name the gazetteer may know, and so is an owner written
    with "'s" ("Goma's residents", "Kidal's elders"), however the tagger labels it.
    """
    doc = span.doc
    found = {e.start: e for e in doc_ents(doc) if e.label_ in PLACE_LABELS and span.start <= e.start < span.end}
    for token in span:
        if token.pos_ == "PROPN" and (_is_owner(token) or (token.dep_ in NAME_OBJECTS and not token.ent_type_)):
            start = min([token.i, *(c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN")])
            found.setdefault(start, doc[start:token.i + 1])
    return [found[start] for start in sorted(found)]


def _is_owner(token: Token) -> bool:
    """Whether a word is a name written with "'s" that owns a noun: "Goma" in "Goma's residents"."""
    doc = token.doc
    return token.dep_ == "poss" and token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS"


def _owner_town(name: SpacySpan, text: str, gazetteer: Gazetteer, countries: Sequence[str]) -> Place | None:
    """The town an owner's name is, when the gazetteer knows it as one: the place rules read no place in
    "Goma's residents" (the phrase names people), but "the city" after it can only be Goma."""
    match = gazetteer.resolve(name.text, context_countries=countries)
    if match.precision is not PlacePrecision.EXACT or match.approximate or match.lat is None:
        return None
    return Place(text=name.text, name=match.name, lat=match.lat, lon=match.lon, country=match.country,
                 admin1=match.admin1, precision=match.precision, geo_precision=geo_precision(match.precision,
                 has_point=True), evidence=[Span.of(text, name.start_char, name.end_char)])


def place_placeless(doc: Doc, gazetteer: Gazetteer, mentions: list[EventMention],
                    excluded: Sequence[Range] = ()) -> list[EventMention]:
    """Each coded mention the story gave no place at all, told at "the city", placed at the town its story
    named before ("Goma's residents fled as rebels shelled the city"): with no place the row is unplaced
    however sure that town is. A mention with a place keeps it (``extract.finer_place`` refines it)."""
    result = []
    for mention in mentions:
        towns = [] if mention.place is not None or mention.acled is None \
            else towns_pointed_back(doc, gazetteer, mention, [], excluded)
        result.append(mention.model_copy(update={"place": towns[0]}) if towns else mention)
    return result
