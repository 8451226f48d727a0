"""Why a row's place is wrong, told in aspects that name nothing of the set (round 29, issue #15).

``--kinds`` counted wrong places by four kinds (beyond tolerance, coarser, another country, missing), which
said where a split loses but not why, and a blind set or the test split may not be read to find out. Each wrong
place is also counted here by aspects a fix would act on: how far it lies from the gold's point, its precision
against the gold's, how the resolver reached it (its note, names left out), whether it is the article's dateline
place, whether the sentence it is named in tells the event, whether the gold's own place name is written in the
article and whether the gazetteer finds it, whether the row's place and the gold's share a name, how its country
stands to the gold's, and which report of the row the place was taken from (a telling of the event, another
sentence of the article merged into the row, or another outlet's report linked to it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitreps.annotate.dateline import find_dateline
from sitreps.country_table import country_name
from sitreps.evaluate.realnews_fields import field_of
from sitreps.evaluate.realnews_gold import GoldEvent, GoldPlace
from sitreps.evaluate.realnews_match import Row, RowMention
from sitreps.evaluate.realnews_scores import Report
from sitreps.extract.agreement import names_its_province
from sitreps.extract.english import plain_singular, words
from sitreps.link.nodes import sentence_around
from sitreps.models import Document, Place
from sitreps.resolve.gazetteer import get_gazetteer
from sitreps.resolve.geodata import distance_km, unit_core
from sitreps.resolve.geoindex import unit_words
from sitreps.resolve.normalise import fold

ASPECTS = ("how far", "precision (row / gold)", "how it was placed", "the dateline's place",
           "where the row's place is named", "the gold's name", "a shared name", "the row's country",
           "the gold's country, where the row's is another", "a far people's word, the word after it", "taken from")
"""The aspects of a wrong place, in the order ``--kinds`` prints them."""
SAME_COUNTRY, NO_COUNTRY = "the gold's country", "no country to compare"
PEOPLE_ONLY = "a far country the article names by its people only"
"""Kinds of the row's country that the two round-30 aspects read."""
DISTANCE_BINS = ((100.0, "up to 100 km"), (500.0, "100 to 500 km"))
"""Upper bounds (km) of the distance kinds; farther is "beyond 500 km"."""


def place_aspects(row: Row, gold: GoldEvent, report: Report) -> dict[str, str]:
    """Each aspect of the wrong place of the best row of ``gold``: aspect -> kind."""
    assert gold.place is not None  # a wrong place is one the gold scores
    place = row.event.place
    source = _source(row, report)
    document = report.articles[source.article].document if source else None
    country = _row_country(place, gold, report)
    aspects = dict(zip(ASPECTS, (
        _how_far(place, gold.place),
        _precisions(place, gold.place),
        _how_placed(place),
        _dateline(place, document),
        _where_named(place, source, document, gold),
        _gold_name(gold, report),
        _shared_name(place, gold.place),
        country,
        _gold_country(gold, report) if country not in (SAME_COUNTRY, NO_COUNTRY) else None,
        _after_people(place, gold, report) if country == PEOPLE_ONLY else None,
        _taken_from(source, row, gold)), strict=True))
    return {aspect: kind for aspect, kind in aspects.items() if kind is not None}


def _source(row: Row, report: Report) -> RowMention | None:
    """The report of the row its place was taken from: the earliest giving the place's winning value."""
    consensus = field_of(row.event, "place")
    if consensus is None or not consensus.candidates:
        return None
    winner = consensus.candidates[0]
    mention_id, document_id = winner.mention_ids[0], winner.document_ids[0]
    return next((m for m in row.mentions if m.mention.id == mention_id
                 and (d := report.articles[m.article].document) is not None and d.id == document_id), None)


def _how_far(place: Place | None, gold: GoldPlace) -> str:
    if place is None or place.lat is None or place.lon is None or gold.lat is None or gold.lon is None:
        return "no point"
    km = distance_km(place.lat, place.lon, gold.lat, gold.lon)
    return next((kind for bound, kind in DISTANCE_BINS if km <= bound), "beyond 500 km")


def _precisions(place: Place | None, gold: GoldPlace) -> str:
    if place is None:
        return f"none / {gold.precision}"
    lacked = " (a name the gazetteer lacks)" if place.approximate else ""
    return f"{place.precision.value}{lacked} / {gold.precision}"


NOTE_KINDS = (
    ("the story's place written earlier or later", "the story's place, from another sentence"),
    ("the story's lead", "no place for the event: the lead's"),
    ("the story's country", "no place for the event: the story's country"),
    ("the label of its item", "no place for the event: its item's label"),
    ("placed as the story places it elsewhere", "a name placed as the story places it elsewhere"),
    ("the finer place its story gives it", "the finer place the story gives it"),
    ("the town its story named before it", "a missing name at the town named before it"),
    ("the seat of the district", "a missing name at its district's seat"),
    ("border area", "a missing name in a border area"),
    ("placed at the centre of", "a missing name at a unit's or country's centre"),
    ("named nearby", "a missing name at a place named nearby"),
    ("a site named after", "a site at the town it is named after"),
    ("spelling matched approximately", "a near spelling"),
    ("like spelling", "a like spelling outside the story's units"),
    ("named after", "a unit named after its town"),
    ("read as the district of", "a town read as its district"),
    ("listed together", "one of a list"),
    ("near ", "near a town"),
)
"""Substrings of the notes the resolver and the extractor write (``Place.note``) -> a kind naming no place, first
match first: how the row's place was reached, without the names the note holds."""


def _how_placed(place: Place | None) -> str:
    if place is None:
        return "no place"
    if not place.note:
        return "found by its name"
    return next((kind for part, kind in NOTE_KINDS if part in place.note), "another note")


def _names(place: Place) -> set[str]:
    """The row's place as written and as the gazetteer names it, folded, without a unit word."""
    suffixes = unit_words().suffixes
    return {unit_core(n, suffixes) for n in (place.name, place.text) if n} - {""}


def _dateline(place: Place | None, document: Document | None) -> str:
    """Whether the row's place is the place of its article's dateline (where the story was filed)."""
    if place is None or document is None:
        return "no place or no article"
    dateline = find_dateline(document.text)
    if dateline is None:
        return "the article has no dateline"
    if any(dateline.start <= s.start < dateline.end for s in place.evidence):
        return "the dateline's place, read in the dateline"
    filed = document.text[dateline.place_start:dateline.place_end].split(",")[0]
    if unit_core(filed, unit_words().suffixes) in _names(place):
        return "the dateline's place, named again in the body"
    return "not the dateline's place"


def _where_named(place: Place | None, source: RowMention | None, document: Document | None, gold: GoldEvent) -> str:
    """Whether the row's place is named in the headline or the body, in a sentence that tells the event (an
    anchor of it, or the sentence of a trigger or retelling of a report of it) or not."""
    if place is None or source is None or document is None or not place.evidence:
        return "no evidence"
    text, span = document.text, place.evidence[0]
    told = [(s, s + len(a)) for a in gold.anchors.get(source.article, ()) if (s := text.find(a)) >= 0]
    if gold.id in source.gold_ids:
        told += [sentence_around(text, t.start, t.start) for t in (source.mention.trigger, *source.mention.retellings)]
    telling = any(start <= span.start < end for start, end in told)
    where = "headline" if span.start < text.find("\n") else "body"
    return f"{where}, {'in a sentence telling the event' if telling else 'in a sentence not telling it'}"


def _gold_core(gold: GoldPlace) -> str:
    """The gold's own place: the first part of its name, without "near" or "outskirts of", without a unit word."""
    first = gold.name.split(",")[0].split("(")[0].strip()
    words = first.split()
    while words and words[0][:1].islower():
        words = words[1:]
    return unit_core(" ".join(words), unit_words().suffixes)


def _gold_name(gold: GoldEvent, report: Report) -> str:
    """Whether the gold's place name is written in a sentence telling the event, elsewhere in an article of the
    event or nowhere, and whether the gazetteer finds it there (within the gold's tolerance of its point), finds
    only another place of that name, or lacks it."""
    assert gold.place is not None
    core = _gold_core(gold.place)
    texts = [fold(d.text) for a in gold.articles if a in report.articles
             and (d := report.articles[a].document) is not None]
    if core and any(core in fold(anchor) for told in gold.anchors.values() for anchor in told):
        written = "written in a sentence telling the event"
    elif core and any(core in t for t in texts):
        written = "written elsewhere in the article"
    else:
        written = "not written in the article"
    return f"{written}, {_gazetteer_finds(core, gold.place)}"


@lru_cache(maxsize=512)
def _gazetteer_finds(core: str, gold: GoldPlace) -> str:
    if not core or gold.lat is None or gold.lon is None:
        return "no name to look up"
    country = country_name(gold.country_iso2) if gold.country_iso2 else None
    match = get_gazetteer().resolve(core, context_countries=[country] if country else [])
    if match.lat is None or match.lon is None or match.approximate:
        return "the gazetteer lacks it"
    if distance_km(match.lat, match.lon, gold.lat, gold.lon) <= max(gold.tolerance_km, 25.0):
        return "the gazetteer finds it"
    return "the gazetteer finds another place of that name"


def _shared_name(place: Place | None, gold: GoldPlace) -> str:
    """Whether the row's place bears the gold place's name (a namesake elsewhere) or the name of a unit the gold's
    name encloses it in (a province, often through its town of the same name)."""
    if place is None:
        return "no place"
    names = _names(place)
    suffixes = unit_words().suffixes
    if _gold_core(gold) in names:
        return "the gold's name, placed at a unit for want of it" if place.approximate else \
            "the gold's name (a namesake elsewhere)"
    units = {unit_core(p.split("(")[0].strip(), suffixes) for p in gold.name.split(",")[1:]}
    if names & units:
        return "a town named as the gold's province" if names_its_province(place) else "a unit the gold lies in"
    return "another town named as its province" if names_its_province(place) else "no shared name"


def _article_texts(gold: GoldEvent, report: Report) -> list[str]:
    """The folded texts of the articles telling ``gold``."""
    return [fold(d.text) for a in gold.articles if a in report.articles
            and (d := report.articles[a].document) is not None]


def _named_as(country: str, texts: list[str]) -> str:
    """How the articles write a country: by name, by its capital, only by its people's adjective, or never."""
    if any(_written(country, t) for t in texts):
        return "by name"
    capital = get_gazetteer().capital_of(country)
    if capital is not None and any(_written(capital.name, t) for t in texts):
        return "by its capital"
    tokens = {w for t in texts for w in re.findall(r"[a-z]+", t)}
    if any(get_gazetteer().demonym_country(w) == country for w in tokens):
        return "by its people only"
    return "never"


def _gold_country(gold: GoldEvent, report: Report) -> str:
    """How the articles write the gold's own country when the row lies in another (round 30): by name, by its
    capital, only by its people's adjective, only through a town or unit of it the gazetteer knows, or not at all
    (then no choice of the story's countries can place the row in it)."""
    assert gold.place is not None and gold.place.country_iso2  # the row's country was compared with it
    country = country_name(gold.place.country_iso2) or gold.place.country_iso2
    named = _named_as(country, _article_texts(gold, report))
    if named != "never":
        return named
    texts = [d.text for a in gold.articles if a in report.articles and (d := report.articles[a].document) is not None]
    runs = {m.group() for t in texts for m in re.finditer(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)*", t)}
    found = {get_gazetteer().country_of(run, alternates=False) for run in runs}
    return "only through a place of it" if country in found else "never, nor a place of it"


def _after_people(place: Place | None, gold: GoldEvent, report: Report) -> str:
    """What follows the first adjective of the far country's people in the articles (round 30): a noun of armed
    men ("Russian troops"), of a force serving abroad ("Russian mercenaries"), of officials ("Russian officials"),
    a compound ("Russian-backed"), or another word; the adjective's own word is not told."""
    assert place is not None and place.country
    return _word_after_people(place.country, _article_texts(gold, report))


def _word_after_people(country: str, texts: list[str]) -> str:
    """The kind of the word after the first adjective of ``country``'s people in folded ``texts``."""
    for text in texts:
        for match in re.finditer(r"[a-z]+", text):
            if get_gazetteer().demonym_country(match.group()) == country:
                if text[match.end():match.end() + 1] == "-":
                    return "a compound with a hyphen (-backed, -led, -made)"
                after = re.match(r"\W*([a-z]+)", text[match.end():])
                word = after.group(1) if after else ""
                if plain_singular(word) in words("places", "foreign_force_nouns") or (word.endswith("ies") \
                        and word[:-3] + "y" in words("places", "foreign_force_nouns")):
                    return "a noun of a force serving abroad"
                if word in words("eventness", "encounter_sides"):
                    return "a noun of armed men"
                if word in words("sources", "official_roles"):
                    return "a noun of officials"
                return "another word"
    return "not found"


def _row_country(place: Place | None, gold: GoldEvent, report: Report) -> str:
    """Whether a place in another country than the gold's lies in a neighbour of it, or in a far country its
    article writes by name, by its capital (a government's metonym: "Moscow said"), only by its people's
    adjective, or never (a namesake town abroad)."""
    gold_country = country_name(gold.place.country_iso2) if gold.place and gold.place.country_iso2 else None
    if place is None or not place.country or not gold_country:
        return NO_COUNTRY
    if place.country == gold_country:
        return SAME_COUNTRY
    if get_gazetteer().near_story(place.country, [gold_country]):
        return "a neighbour of the gold's"
    named = _named_as(place.country, _article_texts(gold, report))
    if named == "by its people only":
        return PEOPLE_ONLY
    return "a far country the article names" + ("" if named == "by name" else f" {named}") \
        if named != "never" else "a far country the article never names"


def _written(name: str, folded_text: str) -> bool:
    """Whether a name is written in a folded text as a word of its own or with a possessive ("Moscow's"
    folds to "moscows"), not inside another word."""
    return re.search(rf"\b{re.escape(fold(name))}s?\b", folded_text) is not None


def _taken_from(source: RowMention | None, row: Row, gold: GoldEvent) -> str:
    """Which report of the row gave its place: a telling of the event, another sentence of an article telling
    it (merged into the row), or a report of another article linked to the row."""
    if source is None:
        return "unknown"
    if gold.id in source.gold_ids:
        return "a telling of the event"
    if source.article in {m.article for m in row.mentions if gold.id in m.gold_ids}:
        return "another sentence of an article telling it"
    return "another article's report (linking)"
