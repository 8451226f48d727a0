"""Which capitalised words make one run of a name: "Mocímboa da Praia", "Bab el-Mandeb", "Gate No. 2".

A name is a run of capitalised words that the tagger does not call a date, a number or a people,
joined by particles ("da", "el-"), hyphens, a site's number or a feature's "of" ("the Gulf of
Aden"), and read past the end of a phrase the parse cut short ("Ras al-Ain"). Finding runs is
kept apart from judging them: whether a whole run names a place ("Hamas fighters" does not) is
:mod:`sitreps.extract.placename`'s question, and a run is found the same way whatever the answer.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitreps.extract.english import words
from sitreps.extract.place_words import PLACE_LABELS, PLACE_LISTS, not_place_entity, place_nouns
from sitreps.resolve.geoindex import unit_words

_JOINERS = "-'’"


FUNCTION_POS = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "ADV"})
"""Parts of speech that are never a name's word by themselves (a name run may still hold one)."""


def _is_name_word(token: Token) -> bool:
    text = token.text
    if not text[:1].isupper() or not all(ch.isalpha() or ch in _JOINERS for ch in text):
        return False
    if not_place_entity(token) and not _named_by_place_noun(token) and not _before_unit_word(token):
        return False  # a name in "the outskirts of X" or "X region" is a place's whatever the tagger says
    if token.is_sent_start and token.pos_ != "PROPN" and token.ent_type_ not in PLACE_LABELS:
        return False  # a capital that only opens the sentence
    return token.pos_ not in ("DET", "ADP", "PRON", "CCONJ", "AUX", "PART", "PUNCT")


def _before_unit_word(token: Token) -> bool:
    """"Amhara" in "in Amhara region on Monday", which the small tagger may read as a date: a proper noun
    right before a region or district word names that unit (a people's adjective is no such noun)."""
    doc = token.doc
    if token.pos_ != "PROPN" or token.ent_type_ == "NORP" or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    units = unit_words()
    return after.is_lower and after.lower_ in units.region | units.district


def _named_by_place_noun(token: Token) -> bool:
    """"X" in "the village of X" / "the outskirts of X": the slot only a place fills."""
    prep = token.head
    return (token.dep_ == "pobj" and prep.lower_ in words(PLACE_LISTS, "place_of_words")
            and prep.head.lemma_.lower() in place_nouns())


def _joins(token: Token, end: int) -> bool:
    """Whether a word inside a run continues it: "Mocímboa da Praia", "Bab el-Mandeb", "Fada N'gourma"."""
    doc = token.doc
    attached = token.i > 0 and not doc[token.i - 1].whitespace_ and (token.is_alpha or token.text in _JOINERS)
    if _capitalised_inside(token):
        return _carries_name_on(token, end)
    if attached or token.lower_ not in words("places", "name_particles"):
        return attached
    after = token.i + 1
    particles = words("places", "name_particles")
    # "el-" of "Bab el-Mandeb"; "de la" of "Santa Cruz de la Sierra", "de los" of "San Juan de los Morros"
    while after < end and ((not doc[after - 1].whitespace_ and doc[after].text in _JOINERS)
                           or doc[after].text in particles):
        after += 1
    return after < end and _is_name_word(doc[after])


def _capitalised_inside(token: Token) -> bool:
    """A capitalised word the tagger reads as a function word, inside a sentence: a word of a name
    ("Yet" of "Let Yet Kone"), since English writes such words in lower case mid-sentence."""
    return (token.is_alpha and token.text[:1].isupper() and not token.is_sent_start
            and token.pos_ in FUNCTION_POS and token.lower_ not in words("places", "list_conjunctions"))


def _carries_name_on(token: Token, end: int) -> bool:
    """A capitalised function word with a name word after it (before ``end``): "Yet" of "Let Yet Kone"."""
    return _capitalised_inside(token) and token.i + 1 < end and _is_name_word(token.doc[token.i + 1])


def _numbered(token: Token, end: int) -> bool:
    """Whether a word continues a name as its number: "Gate No. 2", "Camp No 3" ("No", ".", "2")."""
    doc, marks = token.doc, words("places", "number_marks")
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    if token.text == "." and before in marks:
        return token.i + 1 < end and doc[token.i + 1].like_num
    return token.like_num and (before in marks or (before == "." and token.i > 1 and doc[token.i - 2].lower_ in marks))


def with_number(span: SpacySpan) -> SpacySpan:
    """The span stretched over the number the parse cut off a site's name: "Gate No" -> "Gate No. 2"."""
    doc, end, marks = span.doc, span.end, words("places", "number_marks")
    while end < len(doc) and _numbered(doc[end], len(doc)) and (doc[end - 1].lower_ in marks
                                                                 or doc[end - 1].text == "."):
        end += 1
    return doc[span.start:end]


def _of_feature(run: SpacySpan, token: Token, end: int) -> bool:
    """Whether "of" continues a feature's name: "the Gulf of Aden", "the Strait of Hormuz", "Sea of Azov".

    Only after a run of place nouns, so "the Governor of Kharkiv" stays two names.
    """
    nouns = place_nouns()
    after = token.i + 1
    return (token.lower_ in words("places", "part_prepositions") and after < end
            and all(t.lemma_.lower() in nouns for t in run) and _is_name_word(token.doc[after]))


def name_groups(tokens: SpacySpan) -> list[SpacySpan]:
    """Runs of name words, joined words included ("Mocímboa da Praia", "Bab el-Mandeb" are one run each).

    A phrase the parse cut inside a hyphenated word ("Ras al" of "Ras al-Ain") is read to the word's end.
    """
    doc, found, start = tokens.doc, [], None
    end = tokens.end
    while hyphen_goes_on(doc, end):
        end += 2
    tokens = doc[tokens.start:end]
    for token in tokens:
        if _is_name_word(token) or (start is not None and (_joins(token, tokens.end) or _numbered(token, tokens.end)
                                                           or _of_feature(doc[start:token.i], token, tokens.end))):
            start = token.i if start is None else start
            continue
        if start is not None:
            found.append(doc[start:token.i])
            start = None
    if start is not None:
        found.append(doc[start:_run_end(doc, tokens.end)])
    return found


def name_run(doc: Doc, start: int, end: int) -> SpacySpan | None:
    """The run of name words that opens at ``start`` (ending before ``end``), or None when no name opens there."""
    if start >= end:
        return None
    groups = name_groups(doc[start:end])
    return groups[0] if groups and groups[0].start == start else None


def _run_end(doc: Doc, end: int) -> int:
    """Where a name cut by its phrase's end really ends: the parse may hang "Yet Kone" of "in Let Yet
    Kone" on the verb, so a capitalised function word right after the phrase carries the name on; and
    it may hang the last part of a hyphenated name elsewhere ("Khumri" of "Pul-e-Khumri", "Ain" of "Ras
    al-Ain"), but a word written on without a space is still the same word."""
    while end < len(doc):
        if _carries_name_on(doc[end], len(doc)):
            end += 2
            while end < len(doc) and _is_name_word(doc[end]):
                end += 1
        elif hyphen_goes_on(doc, end):
            end += 2
        else:
            break
    return end


def hyphen_goes_on(doc: Doc, index: int) -> bool:
    """Whether the token at ``index`` is a joiner written between two words with no space either side
    ("-" of "Pul-e-Khumri" after "Pul-e"): the name it ends goes on past it."""
    return (0 < index < len(doc) - 1 and doc[index].text in _JOINERS and not doc[index - 1].whitespace_
            and not doc[index].whitespace_ and doc[index + 1].is_alpha)
