"""From a locative object to the phrase that names its place.

Split out of :mod:`sitreps.extract.places` (round 24): the words the gazetteer is asked about are not
always the object's own phrase: "the capital, Tripoli", "the outskirts of the state capital, Culiacan",
"in towns including Paletwa", "on the road between Gao and Ansongo".

Relies on: the dependency parse and the name rules of :mod:`sitreps.extract.placename`.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.name_context import bare_capital, capital_country
from sitreps.extract.name_runs import with_number
from sitreps.extract.phrase_extent import phrase_bounds
from sitreps.extract.place_words import place_nouns
from sitreps.extract.placename import apposed_name, toponym_in
from sitreps.extract.routes import route_end


def _under_of(appos: Token, pobj: Token) -> bool:
    """Whether an apposition hangs below the object through "of" phrases only ("the outskirts of the
    capital, X"); one below another preposition ("a vehicle in Tarmiyah (Salah al-Din)") is that
    preposition's own candidate."""
    for token in appos.ancestors:
        if token == pobj:
            return True
        if token.dep_ == "prep" and token.lower_ not in words("places", "part_prepositions"):
            return False
    return False


def named_phrase(pobj: Token) -> SpacySpan | None:
    """The phrase of a locative object if it names a place, else an apposition's inside it.

    "the capital, Tripoli"; "the outskirts of the state capital, Culiacan" (the apposition hangs
    below the object's own "of" phrase, past the comma the phrase stops at); then a nameless place
    noun's named example ("in towns including Paletwa") or a road's first named end ("on the road
    between Gao and Ansongo", :mod:`sitreps.extract.routes`); last, a name the parse hung elsewhere
    right after a nameless place noun's comma ("near the state capital, Culiacan").
    """
    doc = pobj.doc
    opening = phrase_bounds(pobj)[0]
    for head in [pobj, *(t for t in pobj.subtree if t.dep_ == "appos" and _under_of(t, pobj))]:
        start, end = phrase_bounds(head)
        deep = head.dep_ == "appos" and head.head != pobj  # keep "the outskirts of" with the name: near it
        span = doc.char_span(opening if deep else start, end, alignment_mode="expand")
        span = with_number(span) if span is not None else None
        if span is not None and (toponym_in(span) is not None or capital_country(span) is not None
                                 or bare_capital(span)):
            return span
    example = _example(pobj) or route_end(pobj)
    if example is not None:
        return example
    span = doc.char_span(*phrase_bounds(pobj), alignment_mode="expand")
    name = apposed_name(span) if span is not None else None
    return doc[span.start:name.end] if span is not None and name is not None else None


def _example(pobj: Token) -> SpacySpan | None:
    """The first named example a nameless place noun gives: "in various towns including Paletwa of Chin
    State" happened in Paletwa, "in villages such as Kamianka" in Kamianka (ACLED codes the named one)."""
    if pobj.lemma_.lower() not in place_nouns():
        return None
    for prep in pobj.children:
        written = " ".join([*(c.lower_ for c in prep.children if c.i < prep.i), prep.lower_])
        if prep.dep_ != "prep" or written not in words("places", "example_prepositions"):
            continue
        for example in prep.children:
            span = pobj.doc.char_span(*phrase_bounds(example), alignment_mode="expand") \
                if example.dep_ == "pobj" else None
            if span is not None and toponym_in(span) is not None:
                return span
    return None
