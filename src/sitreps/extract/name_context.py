"""What the words around a place's name say of it: its kind, its capital's country, its enclosing units.

The place noun written with a name ("Pale township"), the country whose capital a phrase names
("Libya's capital", "in the capital" with none written), and the names of the sentence, the clause,
the phrase and the article that may be the units or country holding it ("the Moura area of central
Mali"). These read the phrase around a name once the name is found
(:mod:`sitreps.extract.placename`); the gazetteer lookup uses them to choose among same-named places
and to place a missing one approximately.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from sitreps.annotate.segment import DATELINE_KEY
from sitreps.extract.english import words
from sitreps.extract.governing_verb import governing_verb
from sitreps.extract.name_runs import name_groups
from sitreps.extract.place_words import long_unit_end, place_nouns
from sitreps.extract.placename import names_a_place
from sitreps.resolve.geoindex import demonyms, unit_words
from sitreps.resolve.normalise import fold

_ARTICLE_UNITS_KEY = "sitreps.places.article_units"
_SENTENCE_UNITS_KEY = "sitreps.places.sentence_units"


def capital_country(phrase: SpacySpan) -> str | None:
    """The country whose capital a phrase names: "Libya's capital", "the Ukrainian capital"."""
    root = phrase.root
    if root.lemma_.lower() not in words("places", "capital_nouns"):
        return None
    for child in root.children:
        if child.dep_ == "poss" and child.text[:1].isupper():
            return child.text
        if child.dep_ in ("amod", "compound") and fold(child.text) in demonyms():
            return child.text
    return None


def bare_capital(phrase: SpacySpan) -> bool:
    """"in the capital" with no country written: ACLED codes the capital of the story's country."""
    root = phrase.root
    return (root.lemma_.lower() in words("places", "capital_nouns") and root.i > 0
            and root.doc[root.i - 1].lower_ in words("places", "definite_articles")
            and all(c.dep_ == "det" for c in root.children))


def kind_word(phrase: SpacySpan, name: SpacySpan) -> str | None:
    """The place noun written with the name: "township" of "Pale township", "village" of "the village of X".

    Only a noun next to the name, or the head of "the <noun> of <name>", counts: "state" in "the
    state capital Culiacan" describes the capital, not Culiacán.
    """
    nouns = place_nouns()
    doc = name.doc
    for i in (name.end, name.start - 1):
        if phrase.start <= i < phrase.end and doc[i].lemma_.lower() in nouns:
            return doc[i].lemma_.lower()
    head = name.root.head
    if head.lower_ in words("places", "part_prepositions") and head.head.lemma_.lower() in nouns:
        return head.head.lemma_.lower()
    long_end = long_unit_end(doc, name.end)  # "Gwoza local government area": the district, not the town
    if long_end is not None:
        return doc[name.end:long_end].text.lower()
    return _cut_unit_word(doc, name.end)


def _cut_unit_word(doc: Doc, index: int) -> str | None:
    """A unit word the parse cut off the phrase right after its name ("in Katsina" + "state on Monday"),
    unless it describes a noun after it ("Katsina state governor")."""
    if index >= len(doc) or not doc[index].is_lower:
        return None
    units = unit_words()
    word = doc[index].lemma_.lower()
    after = doc[index + 1] if index + 1 < len(doc) else None
    if word not in units.region | units.district or (after is not None and after.pos_ in ("NOUN", "PROPN")
                                                     and after.is_lower):
        return None
    return word


def _unit_phrases(tokens: SpacySpan) -> list[SpacySpan]:
    """Names in a stretch of text, each with the unit word written after it ("Sagaing region")."""
    units = unit_words()
    unit = units.district | units.region
    found = []
    for group in name_groups(tokens):
        tail = long_unit_end(group.doc, group.end)
        # a name before a unit word of several words ("Maru local government area") describes no other noun
        if tail is None and not names_a_place(group, as_context=True):
            continue
        end = group.end if tail is None else tail
        if tail is None and end < len(group.doc) and group.doc[end].lower_ in unit:
            end += 1
        found.append(group.doc[group.start:end])
    return found


def context_units(phrase: SpacySpan, name: SpacySpan) -> tuple[list[str], list[str]]:
    """Names around a place's name that may be its enclosing units or country, nearest first.

    First the sentence's (those inside the phrase first: "the Moura area of central Mali"), then
    the article's. The gazetteer keeps those that are admin units, regions or countries and uses
    them to choose among same-named places and, when the place is missing, to place it approximately.
    """
    def distance(span: SpacySpan) -> tuple[bool, int]:
        inside = phrase.start <= span.start and span.end <= phrase.end
        return not inside, min(abs(span.start - name.end), abs(name.start - span.end))

    sentence = [s for s in _sentence_units(phrase.sent) if s.end <= name.start or s.start >= name.end]
    near = [s.text for s in sorted(sentence, key=distance)]
    return near, _article_units(phrase.doc)


def earlier_names(phrase: SpacySpan) -> list[str]:
    """The article's names written before the phrase's sentence, nearest first (the dateline's left out).

    A quarter the gazetteer lacks, told in a sentence that names no town ("the Al-Jir neighbourhood" after
    "an air raid on a residential district of Nyala"), is a part of the town the story was just telling.
    """
    start = phrase.sent.start_char
    return list(dict.fromkeys(text for begin, text in reversed(_article_names(phrase.doc)) if begin < start))


def clause_units(phrase: SpacySpan, name: SpacySpan) -> list[str]:
    """Names of the sentence that the place's own clause writes with it: those governed by the verb
    that governs the name ("attacked the town of Palma in Cabo Delgado province", "near Mambasa, in
    Ituri province", "in Palma, Cabo Delgado province"). A name in another clause ("met in Jeddah as
    fighting raged in North Darfur state") says where something else happened."""
    verb = governing_verb(name.root)
    return [s.text for s in _sentence_units(phrase.sent)
            if (s.end <= name.start or s.start >= name.end) and governing_verb(s.root) == verb]


def _sentence_units(sentence: SpacySpan) -> list[SpacySpan]:
    """:func:`_unit_phrases` of a sentence, computed once per sentence of a document: every place phrase
    of a sentence reads them twice (its context and its clause), and a sentence holds several."""
    doc = sentence.doc
    cache: dict[tuple[int, int], list[tuple[int, int]]] = doc.user_data.setdefault(_SENTENCE_UNITS_KEY, {})
    key = (sentence.start, sentence.end)
    if key not in cache:  # token offsets, not spans: user_data stays plain data
        cache[key] = [(s.start, s.end) for s in _unit_phrases(sentence)]
    return [doc[start:end] for start, end in cache[key]]


def phrase_units(phrase: SpacySpan, name: SpacySpan) -> list[str]:
    """Names the place's own phrase puts it inside, besides its name: "Gaza City" of "Gaza City's
    Shejaiya neighbourhood", "Nairobi" of "the Kibera slum of Nairobi"."""
    return [s.text for s in _unit_phrases(phrase) if s.end <= name.start or s.start >= name.end]


def _article_units(doc: Doc) -> list[str]:
    """Every name of the article with its unit word, computed once per document.

    The dateline's place is left out: it says where the story was filed ("BAMAKO —" over a story of
    villages in the centre of Mali), not which unit holds the places the story tells.
    """
    return list(dict.fromkeys(text for _, text in _article_names(doc)))


def _article_names(doc: Doc) -> list[tuple[int, str]]:
    """Each name of the article with its unit word and the offset it starts at, in the article's order,
    the dateline's left out; computed once per document."""
    cached = doc.user_data.get(_ARTICLE_UNITS_KEY)
    if cached is None:
        dateline = doc.user_data.get(DATELINE_KEY)
        filed = (dateline.start, dateline.end) if dateline is not None else (0, 0)
        cached = [(s.start_char, s.text) for s in _unit_phrases(doc[:])
                  if not (s.start_char < filed[1] and filed[0] < s.end_char)]
        doc.user_data[_ARTICLE_UNITS_KEY] = cached
    return list(cached)
