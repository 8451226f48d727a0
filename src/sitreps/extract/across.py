"""Countries a sentence puts on the far side of a place: "strikes at X, near Algeria", "near Mali's
border with Algeria", "close to the Sudanese border".

Such a country is where the place is not: it must lend a village the gazetteer lacks neither its
point nor its country, and the village goes to the story's country's border area with it
(:meth:`sitreps.resolve.gazetteer.Gazetteer.resolve`, ``across``).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.place_words import near_words
from sitreps.resolve.gazetteer import Gazetteer
from sitreps.resolve.geoindex import demonyms
from sitreps.resolve.normalise import fold

# Dependencies by which a people or a country qualifies a frontier: "the Sudanese border", "the Algeria border".
_QUALIFIERS = frozenset({"amod", "compound", "nmod"})


def beside_countries(sentence: SpacySpan, gazetteer: Gazetteer) -> set[str]:
    """The names (as written) of the countries the sentence names only as across from a place."""
    prepositions = near_words().prepositions
    found = set()
    for token in sentence:
        if token.dep_ != "pobj":
            continue
        if token.head.lower_ in prepositions:
            written = sentence.doc[min(c.i for c in token.subtree):token.i + 1].text
            found |= {text for text in (written, token.text) if gazetteer.names_country(text)}
        if token.lemma_.lower() in words("places", "border_nouns"):
            found |= _across_border(token, gazetteer)
    return found


def _across_border(border: Token, gazetteer: Gazetteer) -> set[str]:
    """The countries on the far side of a frontier noun: its "with" object and its people or country
    modifiers ("the border with Algeria", "the Algerian border"), never its owner ("Mali's")."""
    found = set()
    for child in border.children:
        if child.dep_ == "prep" and child.lower_ in words("places", "border_prepositions"):
            found |= {o.text for o in child.children if o.dep_ == "pobj" and gazetteer.names_country(o.text)}
        elif child.dep_ in _QUALIFIERS and (gazetteer.names_country(child.text) or fold(child.text) in demonyms()):
            found.add(child.text)
    return found
