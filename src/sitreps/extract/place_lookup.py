"""A place phrase resolved through the gazetteer: its name, point, precision and ACLED geo_precision.

Split out of :mod:`sitreps.extract.places` (round 24), which finds the phrases. The gazetteer is asked
with the unit words, countries and capitals written around the name, and "near X", "10 km from X",
"north of X" and "the outskirts of X" place the event at X with ACLED geo_precision 2.

Relies on: the dependency parse, the name rules of :mod:`sitreps.extract.placename` and the gazetteer.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.extract.across import beside_countries
from sitreps.extract.bearings import country_bearings, phrase_parts
from sitreps.extract.capitals import owning_capital, story_capital
from sitreps.extract.english import words
from sitreps.extract.locatives import is_relative, locative_object, phrase_object
from sitreps.extract.memo import per_document
from sitreps.extract.name_context import (
    bare_capital,
    capital_country,
    clause_units,
    context_units,
    earlier_names,
    kind_word,
    phrase_units,
)
from sitreps.extract.name_runs import name_run
from sitreps.extract.place_words import near_words
from sitreps.extract.placename import toponym_in, unlabelled_word
from sitreps.extract.routes import route_end
from sitreps.models import Place, PlacePrecision, Span
from sitreps.resolve.gazetteer import Gazetteer
from sitreps.resolve.geomatch import GeoMatch
from sitreps.resolve.places import geo_precision


def lookup(phrase: SpacySpan, name: SpacySpan, gazetteer: Gazetteer, countries: Sequence[str],
            kind: str | None = None) -> GeoMatch:
    """The gazetteer's answer for a name, with the unit words and admin units around it; ``kind`` is
    a place noun written apart from the name ("Kherson and Zaporizhzhia regions")."""
    near, article = context_units(phrase, name)
    beside = beside_countries(phrase.sent, gazetteer)
    near = [unit for unit in near if unit not in beside]
    # "the capital's Hodan district": a part of the capital, wherever the gazetteer lacks it
    near = [capital for capital in [owning_capital(phrase, name, gazetteer, countries)] if capital] + near
    across = sorted(filter(None, {gazetteer.country_of(text) for text in beside}))
    # "strikes at X, near Algeria" in a story naming Mali and Algeria once each: X is in Mali
    countries = [c for c in countries if c not in across] + [c for c in countries if c in across]
    # "Gaza City's Shejaiya neighbourhood" in a story counted as Israel's: the town that holds it is
    # still sought in its own country, after the story's (a Lebanese "Tripoli's X" stays Lebanese)
    owners = [gazetteer.country_of(text) for text in phrase_units(phrase, name)]
    countries += [c for c in dict.fromkeys(owners) if c is not None and c not in countries and c not in across]
    return gazetteer.resolve(name.text, context_countries=countries, context_units=near, article_units=article,
                             kind=kind or kind_word(phrase, name), across=across,
                             clause_units=clause_units(phrase, name), earlier_units=earlier_names(phrase))


def is_near(phrase: SpacySpan) -> bool:
    """Whether the phrase places the event relative to the named place rather than at it: near it,
    at its outskirts, at a distance or bearing from it, on a road to or from it."""
    near = near_words()
    root = phrase_object(phrase)
    if root.lemma_.lower() in near.nouns or root.lower_ in near.nouns or route_end(root) is not None:
        return True  # "the outskirts of X", "the road between X and Y"
    if _name_placed_near(phrase, root):
        return True
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in near.prepositions or is_relative(prep)


def _name_placed_near(phrase: SpacySpan, root: Token) -> bool:
    """Whether the phrase's name sits, inside the phrase, after a "near" or a distance or bearing from it:
    "a base about 40 km north of Gao", "a village near Dori" are placed relative to the town, however
    the phrase opens (the outer place noun's own preposition says nothing of the town)."""
    name = toponym_in(phrase)
    if name is None or name.root == root:
        return False
    for token in [name.root, *name.root.ancestors]:
        if token == root:
            return False
        if token.dep_ == "pobj" and (token.head.lower_ in near_words().prepositions or is_relative(token.head)):
            return True
    return False


def _lookup_name(phrase: SpacySpan, name: SpacySpan, gazetteer: Gazetteer, countries: Sequence[str],
                 kind: str | None) -> tuple[SpacySpan, GeoMatch]:
    """The name as the gazetteer knows it, and its answer: a longer name carried on by "of" that it
    knows whole ("eastern Democratic Republic of Congo" is the country, not a missing "Democratic
    Republic"), and a country's name at a site read as the story's town named after it ("in Benin")."""
    match = lookup(phrase, name, gazetteer, countries, kind)
    longer = _of_name(name) if match.approximate or match.lat is None else None
    whole = lookup(phrase, longer, gazetteer, countries, kind) if longer is not None else None
    if longer is not None and whole is not None and whole.lat is not None and not whole.approximate:
        name, match = longer, whole
    if match.precision is PlacePrecision.COUNTRY and not match.approximate and _at_site(phrase):
        match = gazetteer.town_named_for(name.text, countries) or match
    return name, match


def _of_name(name: SpacySpan) -> SpacySpan | None:
    """The name carried on by "of" ("Democratic Republic" + "of Congo", "of the Congo"), or None.

    The name rules join "of" only after place nouns ("the Gulf of Aden"); a country's formal name
    ("Democratic Republic of Congo", "Republic of Korea") is known by the gazetteer, not by a word list,
    so the longer name is only tried, and kept when the gazetteer knows it.
    """
    doc, after = name.doc, name.end
    if after >= len(doc) or doc[after].lower_ not in words("places", "part_prepositions"):
        return None
    after += 1
    if after < len(doc) and doc[after].lower_ in words("places", "definite_articles"):
        after += 1
    run = name_run(doc, after, len(doc))
    return doc[name.start:run.end] if run is not None else None


def _at_site(phrase: SpacySpan) -> bool:
    """Whether the phrase is where something happened ("in Benin"), not a way across a border ("into Benin")."""
    root = phrase_object(phrase)
    return root.dep_ == "pobj" and root.head.lower_ in words("places", "site_prepositions")


def _part_bearings(phrase: SpacySpan, match: GeoMatch, gazetteer: Gazetteer) -> tuple[frozenset[str], ...]:
    """Which parts of its country a country-level answer lies in: its own words' bearings ("southern
    Lebanon", "southern and eastern Lebanon"), else, for a village the gazetteer lacks, those its
    sentence gives its country ("the village of X in northern Mali")."""
    own = phrase_parts(phrase)
    if own or not match.approximate or match.country is None:
        return own
    return (country_bearings(phrase.sent, match.country, gazetteer),)


@per_document  # asked again for each event mention of the sentence: the answer is the phrase's own
def resolve_place(phrase: SpacySpan, text: str, gazetteer: Gazetteer, countries: Sequence[str],
                  kind: str | None = None) -> Place | None:
    """A Place for a place phrase (None when it holds no name): resolved name, point, precision, ACLED code.

    ``kind`` is the place noun a list writes once for all its names ("in Yala and Pattani provinces").
    """
    name = toponym_in(phrase)
    capital = capital_country(phrase)
    if capital is None and name is None and bare_capital(phrase) and countries:
        capital = story_capital(countries, text, gazetteer)
    match = gazetteer.capital_of(capital) if capital is not None and name is None else None
    if match is None:
        if name is None or (kind_word(phrase, name) or "").lower() in words("places", "river_nouns"):
            return None  # "across the Dnipro river": a river, not the city of Dnipro
        name, match = _lookup_name(phrase, name, gazetteer, countries, kind)
        if match.approximate and unlabelled_word(name) and kind_word(phrase, name) is None \
                and locative_object(phrase.root) is None:
            return None  # "scrawled Vengeance": a capitalised word no gazetteer, tagger or preposition calls a place
        if match.respelt and match.country:  # "Koumbri in northern Burkina Faso" is not Koubri near the capital
            match = gazetteer.respelt_within(match, name.text, country_bearings(phrase.sent, match.country, gazetteer))
        match = gazetteer.country_part(match, *_part_bearings(phrase, match, gazetteer))
    near = is_near(phrase)
    has_point = match.lat is not None and match.lon is not None
    note = match.note
    if near and has_point:
        note = f"near {match.name}" + (f"; {note}" if note else "")
    # A name the parse cut off its phrase ("in Let" + "Yet Kone") is evidence too.
    written = phrase.doc[phrase.start:max(phrase.end, name.end)] if name is not None else phrase
    return Place(
        text=written.text,
        name=match.name,
        lat=match.lat,
        lon=match.lon,
        country=match.country,
        admin1=match.admin1,
        precision=match.precision,
        note=note,
        evidence=[Span.of(text, written.start_char, written.end_char)],
        geo_precision=geo_precision(match.precision, has_point=has_point, near=near),
        approximate=match.approximate or None,
    )
