"""Which run of name words in a place phrase is a place's name.

A run of name words (:mod:`sitreps.extract.name_runs`) names a place unless it is merely a unit
word ("the Region"), a people ("Druze elders"), or modifies a thing that is no place: "the Fano
conflict", "Hamas fighters", "Kharkiv's mayor", "the Arakan Army" name no place. Lower-case words
are never names, so "the area", "villages", "the border", "the forest" and "the front line" never
reach the gazetteer. :func:`toponym_in` is the entry: the name the gazetteer should look up. Word
lists live in ``data/place_nouns.yaml`` and ``data/places/unit_words.yaml``
(:mod:`sitreps.extract.place_words`); what the words around a name say of it (its kind, its
capital's country, its enclosing units) is :mod:`sitreps.extract.name_context`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.annotate.quantities import load_data
from sitreps.extract.english import words
from sitreps.extract.memo import per_document
from sitreps.extract.name_runs import name_groups, name_run
from sitreps.extract.place_words import PLACE_LABELS, day_word, long_unit_end, near_words, place_nouns
from sitreps.extract.town_names import town_before_event
from sitreps.resolve.geoindex import demonyms, peoples, unit_words
from sitreps.resolve.group_names import names_group
from sitreps.resolve.normalise import fold

# A name that modifies a noun by one of these relations describes that noun ("Hamas fighters").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# A name in one of these relations opens a clause of its own ("..., Reuters reported").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# The shortest place name the text may hold: GeoNames lists no one-letter settlement an article would
# name without more words ("Y" of "Y-Town"), while news writes "X" (the social network) and "Plan B".
MIN_NAME_LETTERS = 2


def _owns_surroundings(possessor: Token) -> bool:
    """Whether a possessive name owns the land around it: "Kadugli's outskirts", "Goma's northern suburbs"
    say where as "the outskirts of Kadugli" does (near the town), where "Kharkiv's mayor" says who."""
    noun = possessor.head
    return noun.lower_ in near_words().nouns or noun.lemma_.lower() in near_words().nouns


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
def names_a_place(group: SpacySpan, *, as_context: bool = False) -> bool:
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
            and not site and not day_word(after) and not (len(group) == 1 and town_before_event(last)):
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
        if long_unit_end(group.doc, group.start + i) == group.end:
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
    for group in name_groups(phrase):
        if names_a_place(group):
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
    return town if town is not None and names_a_place(town) else None


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
    if name is None or not names_a_place(name) or any(t.dep_ in SUBJECT_DEPS for t in name):
        return None
    return name


def unlabelled_word(name: SpacySpan) -> bool:
    """A one-word name the tagger calls no place ("Vengeance", "Mayhem"): only the gazetteer can make it one."""
    return len(name) == 1 and name[0].ent_type_ not in PLACE_LABELS
