"""Which word is the object of a locative preposition, and which word holds a place phrase's slot.

Split out of :mod:`sitreps.extract.places` (round 24): finding, resolving and ranking place phrases all
read one grammar of the locative: "in X", "near X", "10 km from X", "north of X", "fought for control of
X", "residents of X".

Relies on: the dependency parse; the preposition and noun lists of ``data/en/places.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.place_words import near_words

# How far up the tree from the place word its preposition may be
# (toponym -> compound head -> pobj -> prep): 4 hops keeps "in the city of X".
MAX_HOPS_TO_TRIGGER = 4


def is_relative(prep: Token) -> bool:
    """Whether "of"/"from" gives a distance or bearing from a place: "10 km from X", "north of X"."""
    if prep.lower_ not in words("places", "relative_prepositions"):
        return False
    near = near_words()
    # the unit written right before counts however the parse hangs it ("a village 60 km from X")
    before = prep.doc[prep.i - 1].lower_ if prep.i > 0 else ""
    return prep.head.lower_ in near.direction | near.distance or before in near.distance or any(
        c.lower_ in near.distance for c in prep.children)


def _contested(prep: Token) -> bool:
    """Whether "of" names the place fought over: "fought for control of Lalibela" happened at Lalibela.
    Only after a noun of control that is itself fought for ("under the control of the RSF" names a holder)."""
    noun = prep.head
    return prep.lower_ in words("places", "part_prepositions") \
        and noun.lemma_.lower() in words("places", "contest_nouns") \
        and noun.dep_ == "pobj" and noun.head.lower_ in words("places", "contest_prepositions")


def dwellers_place(pobj: Token) -> bool:
    """Whether a place is where the people a noun names live or stand: "residents of Kharkiv", "witnesses
    in Gao". Such local people are told beside the act ("residents of Kharkiv said a glide bomb hit a
    building"), so their place counts however the tagger labels the name (it often calls a town a person
    or a body); where it is only the speakers' place it still ranks last (:func:`said_from`)."""
    prep = pobj.head
    return prep.dep_ == "prep" and prep.head.lemma_.lower() in words("places", "dweller_nouns")


def dwellers_phrase(phrase: SpacySpan) -> bool:
    """Whether a place phrase is where local people live or stand ("residents of Kharkiv"): :func:`dwellers_place`."""
    return dwellers_place(phrase_object(phrase))


def _of_dwellers(prep: Token) -> bool:
    """Whether "of" tells where people live: "residents of Kharkiv", "villagers of Kadisau" are there."""
    return prep.lower_ in words("places", "part_prepositions") \
        and prep.head.lemma_.lower() in words("places", "dweller_nouns")


def locative_object(token: Token) -> Token | None:
    """The object of the locative preposition a word sits under, or None."""
    for _ in range(MAX_HOPS_TO_TRIGGER):
        locative = token.head.lower_ in words("places", "locative_prepositions") or is_relative(token.head) \
            or _contested(token.head) or _of_dwellers(token.head)
        if token.dep_ == "pobj" and locative:
            return token
        if token.head == token or token.dep_ not in ("compound", "pobj", "nmod", "amod", "appos", "prep"):
            return None
        token = token.head
    return None


def phrase_object(phrase: SpacySpan) -> Token:
    """The word that stands in the phrase's grammatical slot: the root, or for a name in apposition
    ("north of the capital, Mogadishu", or one the parse hung elsewhere) the noun it renames."""
    root = phrase.root
    if root.dep_ == "appos" and root.head.dep_ == "pobj":
        return root.head
    # "near the state capital, Culiacan" with the name hung elsewhere: the place noun holds the slot
    opening = next((t for t in phrase if t.dep_ == "pobj" and t.head.i < phrase.start), None)
    return opening if root.dep_ != "pobj" and opening is not None else root
