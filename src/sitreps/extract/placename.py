"""Which words of a place phrase are a place's name, and what the words around it say.

A name is a run of capitalised words that the tagger does not call a date, a number or a
people ("Ukrainian"), is not merely a unit word ("the Region"), and does not modify a thing that
is no place: "the Fano conflict", "Hamas fighters", "Kharkiv's mayor", "the Arakan Army" name no
place. Lower-case words are never names, so "the area", "villages", "the border", "the forest" and
"the front line" never reach the gazetteer. Word lists live in ``data/place_nouns.yaml`` and
``data/places/unit_words.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitreps.annotate.quantities import load_data
from sitreps.annotate.segment import DATELINE_KEY
from sitreps.extract.english import words
from sitreps.extract.governing_verb import governing_verb
from sitreps.extract.memo import per_document
from sitreps.extract.town_names import town_before_event
from sitreps.resolve.geoindex import demonyms, peoples, unit_words
from sitreps.resolve.group_names import names_group
from sitreps.resolve.normalise import fold

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities that are never a place, whatever preposition they follow.
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
TIME_LABELS = frozenset({"DATE", "TIME"})
# A name that modifies a noun by one of these relations describes that noun ("Hamas fighters").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# A name in one of these relations opens a clause of its own ("..., Reuters reported").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# The shortest place name the text may hold: GeoNames lists no one-letter settlement an article would
# name without more words ("Y" of "Y-Town"), while news writes "X" (the social network) and "Plan B".
MIN_NAME_LETTERS = 2
# The "of" of "the village of X": data/en/extract_places.yaml.
PLACE_LISTS = "extract_places"
_ARTICLE_UNITS_KEY = "sitreps.places.article_units"
_SENTENCE_UNITS_KEY = "sitreps.places.sentence_units"
_JOINERS = "-'’"


@dataclass(frozen=True)
class NearWords:
    """Words that place an event relative to a named place (data/place_nouns.yaml)."""

    prepositions: frozenset[str]
    nouns: frozenset[str]
    distance: frozenset[str]
    direction: frozenset[str]


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """Common nouns that name a place ("village", "camp", "township") and the unit words."""
    units = unit_words()
    return (frozenset(load_data("place_nouns.yaml")["place_nouns"]) | units.settlement | units.district | units.region
            | units.site)


@lru_cache(maxsize=1)
def near_words() -> NearWords:
    """The vocabulary of "near X", "the outskirts of X", "10 km north of X"."""
    data = load_data("place_nouns.yaml")
    return NearWords(*(frozenset(data[key]) for key in
                       ("near_prepositions", "near_nouns", "distance_words", "direction_words")))


def _owns_surroundings(possessor: Token) -> bool:
    """Whether a possessive name owns the land around it: "Kadugli's outskirts", "Goma's northern suburbs"
    say where as "the outskirts of Kadugli" does (near the town), where "Kharkiv's mayor" says who."""
    noun = possessor.head
    return noun.lower_ in near_words().nouns or noun.lemma_.lower() in near_words().nouns


def _not_place_entity(token: Token) -> bool:
    """A date, a number or a people; a "people" the tagger invents from a town ("Kidal") is no people."""
    if token.ent_type_ == "NORP":
        return fold(token.text) in demonyms()
    return token.ent_type_ in NOT_PLACE_LABELS and not _name_before_day_word(token)


def _day_word(token: Token) -> bool:
    """A word that tells the day by itself ("today", "overnight", "yesterday"): it describes no noun."""
    return token.lower_ in words("times", "days_from_now") | words("times", "days_with_part")


def _name_before_day_word(token: Token) -> bool:
    """"Odesa" of "a drone attack on Odesa overnight", which the small tagger reads as one time entity:
    a proper noun opening a date or time entity right before a word of the day (:func:`_day_word`:
    "overnight", "today", "yesterday") is the place that time is told for, unless it is a weekday's name."""
    if token.ent_type_ not in TIME_LABELS or token.ent_iob_ != "B" or token.pos_ != "PROPN":
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.ent_iob_ == "I" and _day_word(after) \
        and token.lower_ not in words("times", "weekdays")


def is_place_word(token: Token) -> bool:
    """Whether a word could belong to a place phrase: a place entity, a proper noun or a place noun."""
    if _not_place_entity(token):
        return False
    return token.ent_type_ in PLACE_LABELS or token.pos_ == "PROPN" or token.lemma_.lower() in place_nouns() \
        or _mistagged_name(token)


def _mistagged_name(token: Token) -> bool:
    """"Djibo" of "Gunmen killed 15 villagers in Djibo": the small tagger reads a town it does not know,
    last in a headline or sentence, as a common noun. A capitalised noun inside a sentence written in
    sentence case is a name all the same; in a title-case headline ("Police Detain Dozens in Market")
    capitals tell nothing, and a word in capitals ("IDF") is initials, not a town."""
    text = token.text
    if token.pos_ != "NOUN" or token.is_sent_start or not text[:1].isupper() or text.isupper() \
            or not token.is_alpha:
        return False
    content = [t for t in token.sent if t.is_alpha and not t.is_sent_start and t.pos_ in ("NOUN", "VERB", "ADJ")]
    return 2 * sum(t.text[:1].isupper() for t in content) <= len(content)


FUNCTION_POS = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "ADV"})
"""Parts of speech that are never a name's word by themselves (a name run may still hold one)."""


def _is_name_word(token: Token) -> bool:
    text = token.text
    if not text[:1].isupper() or not all(ch.isalpha() or ch in _JOINERS for ch in text):
        return False
    if _not_place_entity(token) and not _named_by_place_noun(token) and not _before_unit_word(token):
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


def _groups(tokens: SpacySpan) -> list[SpacySpan]:
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
    groups = _groups(doc[start:end])
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


def _names_a_site(group: SpacySpan) -> bool:
    """Whether the run of lower-case nouns after a name ends in a settlement or site word: "the
    Nuseirat refugee camp", "the Zamzam displacement camp", "the Mekelle general hospital" are at the
    name; "the Fano conflict zone" (a unit word) and "Hamas fighters" are not."""
    doc, end = group.doc, group.end
    while end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower:
        end += 1
    units = unit_words()
    return end > group.end and doc[end - 1].lemma_.lower() in units.settlement | units.site


@per_document  # asked of the same run by the phrase, unit and apposition readers of each mention
def _names_a_place(group: SpacySpan, *, as_context: bool = False) -> bool:
    """Whether a run of name words names a place; ``as_context`` keeps possessives ("Mali's border")."""
    nouns = place_nouns()
    if all(t.lemma_.lower() in nouns for t in group):
        return False  # "the Region", "State"
    if len(group.text) < MIN_NAME_LETTERS:
        return False  # "posted on X", "Plan B": a letter names no place
    if all(fold(t.text) in peoples() or fold(t.text) in demonyms() for t in group):
        return False  # "an Arab village", "Druze elders": a people describes the place, never names it
    if any(fold(t.text) in peoples() for t in group) and all(
            fold(t.text) in peoples() or t.lemma_.lower() in nouns for t in group):
        return False  # "Islamic State": a faith's "State" is a group (a people's own region is no people here)
    last = group[-1]
    after = group.doc[group.end] if group.end < len(group.doc) else None
    site = _names_a_site(group)
    if after is not None and after.pos_ == "NOUN" and after.is_lower and after.lemma_.lower() not in nouns \
            and not site and not _day_word(after) and not (len(group) == 1 and town_before_event(last)):
        # The name describes the next noun; a site noun (place_nouns) keeps its town: "a Gaza City hospital";
        # a word of the day describes nothing ("stormed a post in Gao today").
        return False  # "the Fano conflict zone", "Wagner group"
    head = last.head
    if last.dep_ in MODIFIER_DEPS and head.i >= group.end and head.pos_ == "NOUN" and head.lemma_.lower() not in nouns \
            and not site and not (len(group) == 1 and town_before_event(last)):
        return False  # "the Fano conflict", "Hamas fighters"
    if last.dep_ == "poss" and not as_context and not _owns_surroundings(last):
        return False  # "Kharkiv's mayor" is no place, though Mali in "Mali's Mopti region" tells where
    if names_group(group.text):
        return False  # "struck ADF camps", "Wagner positions": an armed group's, not a place of its name
    if _joined_to_organisation(group):
        return False  # "the Peace and Security Council", "the Justice and Equality Movement"
    # "the Arakan Army", "Rapid Support Forces"; a unit word of several words written in capitals is
    # no body's name ("Bokkos Local Government Area" holds "Government")
    return not any(t.lower_ in organisation_words() for t in group[:_unit_tail_start(group)])


def _unit_tail_start(group: SpacySpan) -> int:
    """Where a unit word of several words that ends the run opens, relative to the run ("Local
    Government Area" of "Bokkos Local Government Area"); the run's length when none ends it."""
    for i in range(1, len(group)):
        if _long_unit_end(group.doc, group.start + i) == group.end:
            return i
    return len(group)


def _joined_to_organisation(group: SpacySpan) -> bool:
    """Whether "and" joins the run to a name that ends in an organisation word: then both are one body's name."""
    doc, after = group.doc, group.end
    if after >= len(doc) or doc[after].lower_ not in words("places", "roundup_conjunctions"):
        return False
    following = name_run(doc, after + 1, len(doc))
    return following is not None and following[-1].lower_ in organisation_words()


@lru_cache(maxsize=1)
def organisation_words() -> frozenset[str]:
    """Words that end the names of armed groups and bodies (data/place_nouns.yaml)."""
    return frozenset(load_data("place_nouns.yaml")["organisation_words"])


@per_document  # every stage that places a mention asks for its phrases' names again
def toponym_in(phrase: SpacySpan) -> SpacySpan | None:
    """The part of a place phrase the gazetteer should look up, or None when it holds no name."""
    for group in _groups(phrase):
        if _names_a_place(group):
            return _described_town(group, phrase) or group
    return None


def _described_town(group: SpacySpan, phrase: SpacySpan) -> SpacySpan | None:
    """The town a name only describes: "Izmail" of "the Danube port of Izmail", "Tuapse" of "the Black Sea
    port of Tuapse", "Kupiansk" of "the Kharkiv region town of Kupiansk".

    The name must be followed by lower-case nouns ending in a settlement or site word, then "of" and
    another place's name. A unit word ends no such run ("the Pokrovsk district of Donetsk region" is
    Pokrovsk's district), nor a part of a town ("the Haret Hreik neighbourhood of Beirut" is the
    neighbourhood), nor a name with no "of" after it ("the Nuseirat refugee camp").
    """
    doc, end = group.doc, group.end
    while end < phrase.end and doc[end].is_lower and doc[end].pos_ == "NOUN":
        end += 1
    units, last = unit_words(), fold(doc[end - 1].lemma_)
    if end == group.end or end + 1 >= phrase.end or last not in units.settlement | units.site \
            or last in words("places", "quarter_nouns") or doc[end].lower_ not in words("places", "part_prepositions"):
        return None
    town = name_run(doc, end + 1, phrase.end)
    return town if town is not None and _names_a_place(town) else None


def apposed_name(phrase: SpacySpan) -> SpacySpan | None:
    """The name a comma sets after a nameless place noun the parse left alone: "near the state capital,
    Culiacan" (the parser often hangs the name elsewhere as a conjunct), or None.

    The name must name a place and must not open the next clause: "in the capital, Reuters reported"
    names no place after the comma.
    """
    doc, root = phrase.doc, phrase.root
    if root.lemma_.lower() not in place_nouns() or not root.is_lower or phrase.end + 1 >= len(doc) \
            or doc[phrase.end].text != ",":
        return None
    name = name_run(doc, phrase.end + 1, len(doc))
    if name is None or not _names_a_place(name) or any(t.dep_ in SUBJECT_DEPS for t in name):
        return None
    return name


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


def unlabelled_word(name: SpacySpan) -> bool:
    """A one-word name the tagger calls no place ("Vengeance", "Mayhem"): only the gazetteer can make it one."""
    return len(name) == 1 and name[0].ent_type_ not in PLACE_LABELS


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
    long_end = _long_unit_end(doc, name.end)  # "Gwoza local government area": the district, not the town
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
    for group in _groups(tokens):
        tail = _long_unit_end(group.doc, group.end)
        # a name before a unit word of several words ("Maru local government area") describes no other noun
        if tail is None and not _names_a_place(group, as_context=True):
            continue
        end = group.end if tail is None else tail
        if tail is None and end < len(group.doc) and group.doc[end].lower_ in unit:
            end += 1
        found.append(group.doc[group.start:end])
    return found


def _long_unit_end(doc: Doc, start: int) -> int | None:
    """Where a unit word of several words that opens at ``start`` ends ("local government area",
    "sub division" of unit_words.yaml), or None when none opens there."""
    for parts in _long_unit_words():
        end = start + len(parts)
        if end <= len(doc) and [t.lower_ for t in doc[start:end]] == parts:
            return end
    return None


@lru_cache(maxsize=1)
def _long_unit_words() -> tuple[list[str], ...]:
    """The unit words of several words, split, longest first (read once per process)."""
    return tuple(parts for parts in (s.split() for s in unit_words().suffixes) if len(parts) > 1)


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
    cached = doc.user_data.get(_ARTICLE_UNITS_KEY)
    if cached is None:
        dateline = doc.user_data.get(DATELINE_KEY)
        filed = (dateline.start, dateline.end) if dateline is not None else (0, 0)
        cached = list(dict.fromkeys(s.text for s in _unit_phrases(doc[:])
                                    if not (s.start_char < filed[1] and filed[0] < s.end_char)))
        doc.user_data[_ARTICLE_UNITS_KEY] = cached
    return list(cached)
