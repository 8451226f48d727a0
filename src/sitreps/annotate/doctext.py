"""A parsed document's text and named entities, built once.

spaCy stores neither: ``Doc.text`` joins the text of every token again on each
access, and ``Doc.ents`` (so also ``Span.ents``) builds a new Span for every
entity of the document on each access, both O(tokens). The stages read them for
each span they anchor and each mention they build, which made extraction
quadratic in a document's length (a 40,000-character article spent 4 of its 10
seconds rebuilding entities). ``doc_text`` and ``doc_ents`` keep them in the
doc's ``user_data`` after the first access; they are read only once the spaCy
pipeline has run, after which neither changes.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

TEXT_KEY = "sitreps.text"
ENTS_KEY = "sitreps.ents"
ENT_STARTS_KEY = "sitreps.ent_starts"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc and cached on it."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return str(text)


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per Doc and cached on it (in text order)."""
    ents = doc.user_data.get(ENTS_KEY)
    if ents is None:
        ents = tuple(doc.ents)
        doc.user_data[ENTS_KEY] = ents
        doc.user_data[ENT_STARTS_KEY] = [e.start for e in ents]
    return tuple(ents)


def ents_in(span: Span) -> list[Span]:
    """The entities wholly inside ``span``, as ``span.ents`` gives them."""
    ents = doc_ents(span.doc)
    starts: list[int] = span.doc.user_data[ENT_STARTS_KEY]
    found = []
    for entity in ents[bisect_left(starts, span.start):]:
        if entity.start >= span.end:
            break
        if entity.end <= span.end:
            found.append(entity)
    return found


def entity_at(token: Token) -> Span | None:
    """The entity ``token`` is part of, if any."""
    ents = doc_ents(token.doc)
    starts: list[int] = token.doc.user_data[ENT_STARTS_KEY]
    index = bisect_left(starts, token.i + 1) - 1
    if index >= 0 and ents[index].start <= token.i < ents[index].end:
        return ents[index]
    return None


def root_at(doc: Doc, start: int, end: int) -> Token | None:
    """The head token of the characters ``start:end`` widened to whole tokens (a stored evidence span
    read back on its parse); None when they cover no token."""
    found = doc.char_span(start, end, alignment_mode="expand")
    return found.root if found is not None else None
