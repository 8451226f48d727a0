"""The town a road phrase places an event at: "on the road between Gao and Ansongo" is near Gao.

A way between places is named by its ends, not by a name of its own: "the road to Birnin Gwari",
"the highway linking Kandahar and Herat". The gazetteer knows the towns and seldom the road, and
the name of a town sits behind a preposition ("between", "to", "from") or a verb ("linking") that
is no locative, so the place rules would see only the nameless "road". ACLED codes such an event
at the first town named, as near it (geo_precision 2).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.phrase_extent import phrase_bounds
from sitreps.extract.placename import toponym_in


def is_route(token: Token) -> bool:
    """Whether a word is a way between places ("road", "highway", "route": ``route_nouns``)."""
    return token.lemma_.lower() in words("places", "route_nouns")


def route_end(route: Token) -> SpacySpan | None:
    """The first town a route noun names as its end, or None.

    The phrase runs from the route noun's own phrase opening to the town's name ("the road between
    Gao"), so that the evidence says it is a road near the town; the town is read from its own
    phrase, which holds only names after the route word.
    """
    if not is_route(route):
        return None
    doc = route.doc
    opening = phrase_bounds(route)[0]
    for end in _ends(route):
        start, stop = phrase_bounds(end, with_conjuncts=False)
        own = doc.char_span(start, stop, alignment_mode="expand")
        if own is None or toponym_in(own) is None:
            continue
        return doc.char_span(opening, stop, alignment_mode="expand")
    return None


def _ends(route: Token) -> list[Token]:
    """The words that name a route's ends, in the order written: objects of its route prepositions
    ("between X", "to X", "from X") and of a verb that joins places ("linking X and Y"), which the
    parse may hang on the noun before the road ("a bus on the highway linking X") when written
    right after it."""
    prepositions, verbs = words("places", "route_prepositions"), words("places", "route_verbs")
    doc = route.doc
    following = doc[route.i + 1] if route.i + 1 < len(doc) else None
    joining = [c for c in route.children if c.dep_ in ("acl", "relcl")]
    if following is not None and following.pos_ == "VERB" and following not in joining:
        joining.append(following)
    found = [c for child in route.children if child.dep_ == "prep" and child.lower_ in prepositions
             for c in child.children if c.dep_ == "pobj"]
    found += [c for verb in joining if verb.lemma_.lower() in verbs for c in verb.children if c.dep_ == "dobj"]
    return sorted(found, key=lambda t: t.i)
