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
from sitreps.extract.placename import PLACE_LABELS
from sitreps.extract.places import Range, locate
from sitreps.language_data import word_list
from sitreps.models import EventMention, Place, PlacePrecision
from sitreps.resolve.gazetteer import Gazetteer

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
        if token is not None and any(_points_back(t) for t in token.sent):
            place = _town_before(doc, gazetteer, token.sent, countries, excluded)
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


def _town_before(doc: Doc, gazetteer: Gazetteer, sentence: SpacySpan, countries: Sequence[str],
                 excluded: Sequence[Range]) -> Place | None:
    """The nearest place entity before ``sentence`` that the gazetteer knows as a town."""
    text = doc_text(doc)
    earlier = [n for n in _names(doc[:sentence.start])
               if not any(start < n.end_char and n.start_char < end for start, end in excluded)]
    for name in reversed(earlier):
        place = locate([name], text, gazetteer, countries)
        if place is not None and place.precision is PlacePrecision.EXACT and not place.approximate \
                and place.lat is not None:
            return place
    return None


def _names(span: SpacySpan) -> list[SpacySpan]:
    """The place entities of a span and the proper nouns it governs as objects, in order.

    The small tagger leaves many towns unlabelled ("Residents of Beni fled"); a proper noun that is a
    verb's or preposition's object is still a name the gazetteer may know.
    """
    doc = span.doc
    found = {e.start: e for e in doc_ents(doc) if e.label_ in PLACE_LABELS and span.start <= e.start < span.end}
    for token in span:
        if token.pos_ == "PROPN" and token.dep_ in NAME_OBJECTS and not token.ent_type_:
            start = min([token.i, *(c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN")])
            found.setdefault(start, doc[start:token.i + 1])
    return [found[start] for start in sorted(found)]
