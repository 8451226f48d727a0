"""Round-ups: a sentence that lists several places tells one event in each.

"Bombings in Yala, Pattani and Songkhla", "riots in the cities of Marseille, Lyon and Lille",
"fighting in the Rakhine townships of Minbya, Kyauktaw and Mrauk-U": ACLED codes one event per
location, so a mention whose own clause places it in a list of towns or provinces becomes one
mention per listed place, each with the same type, time and actors. A figure the sentence gives
("the attacks killed six") is not tied to any one place: it stays with the first listed place
only, and each place's note says it was listed with the others.

A list is names joined by commas and a final "and"/"or" right after a locative preposition (past
an opening such as "the cities of" or "Rakhine townships of"). It is a round-up only when its
names are places the gazetteer knows in one country, at least two of them below country level,
and none is the unit another lies in ("Kramatorsk, Donetsk" names one town and its region).

Relies on: mentions built from their triggers (``extract.incidents.Built``) and a test of which
text of a sentence belongs to which trigger (``extract.mentions``). Gives: the same mentions in
text order, a round-up's mention replaced by one per place. Runs before retellings are merged;
``extract.agreement.places_agree`` keeps mentions of two towns apart within the article, and
``link.pair_gates.listed_apart`` keeps two reports of one sentence placed apart from linking again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitreps.annotate.doctext import doc_text
from sitreps.extract.english import words
from sitreps.extract.incidents import Built
from sitreps.extract.locatives import locative_object
from sitreps.extract.name_runs import name_run
from sitreps.extract.place_lookup import resolve_place
from sitreps.extract.place_words import PLACE_LISTS, place_nouns
from sitreps.extract.placename import toponym_in
from sitreps.extract.target_places import LOCAL_PRECISIONS
from sitreps.extract.trigger_scene import on_trigger_path, scene
from sitreps.extract.triggers import TriggerMatch
from sitreps.models import EventMention, Place
from sitreps.resolve.gazetteer import Gazetteer
from sitreps.resolve.geoindex import unit_words
from sitreps.resolve.normalise import fold

# How many words may open a list before its first name: "the southern cities of", "Rakhine townships of".
# Longer openings were not seen in the fiction and news read while writing this; a bound keeps the
# scan from wandering over a whole clause.
MAX_OPENING_WORDS = 5
# A round-up needs this many listed places the gazetteer itself knows below country level: one known
# town and one unknown word is more often a town and a person or a thing than two towns.
MIN_KNOWN_PLACES = 2

Belongs = Callable[[int, int], bool]


def _unit_nouns() -> frozenset[str]:
    """The words that name a kind of admin unit or settlement ("region", "province", "township", "town")."""
    units = unit_words()
    return units.region | units.district | units.settlement


def split_roundups(built: Sequence[Built], gazetteer: Gazetteer, countries: Sequence[str],
                   belongs_of: Callable[[TriggerMatch], Belongs]) -> list[Built]:
    """Each built mention, or one per place when its clause lists several places (a round-up).

    ``belongs_of`` gives, for a trigger, the test of whether a character range of its sentence
    describes that trigger's event rather than another's.
    """
    result: list[Built] = []
    for item in built:
        places = _listed_places(item, gazetteer, countries, belongs_of(item.match))
        if len(places) < 2:
            result.append(item)
            continue
        result.extend(replace(item, mention=mention) for mention in _one_per_place(item.mention, places))
    return result


def _listed_places(item: Built, gazetteer: Gazetteer, countries: Sequence[str], belongs: Belongs) -> list[Place]:
    """The places of the first round-up list in the mention's own clause, or [] when there is none."""
    mention = item.mention
    if mention.acled is None:
        return []  # statements and demands are not mapped one per place
    sentence = item.match.head.sent
    for start in _list_openings(item.match.head):
        names = place_list(sentence.doc, start, sentence.end)
        if len(names) < 2 or not _in_clause(names[0], item.match, belongs):
            continue
        if not _is_its_place(mention.place, names):
            return []
        text = doc_text(sentence.doc)
        kind = _list_kind(names[-1])
        places = [resolve_place(name, text, gazetteer, countries, kind) for name in names]
        found = [p for p in places if p is not None]
        return found if len(found) == len(places) and _is_roundup(found) else []
    return []


def _list_kind(last: SpacySpan) -> str | None:
    """The place noun written once, in the plural, after a list's last name: "in Yala and Pattani
    provinces" lists provinces, not the towns of those names."""
    doc = last.doc
    after = doc[last.end] if last.end < len(doc) else None
    if after is None or after.tag_ != "NNS" or after.lemma_.lower() not in _unit_nouns():
        return None
    return after.lemma_.lower()


def _in_clause(name: SpacySpan, match: TriggerMatch, belongs: Belongs) -> bool:
    """Whether a list's first name places the trigger's own act: the trigger's, and in its clause (a
    locative on its path, not in a clause below it, its scene's object, or the place its own words
    name: "took to the streets of A, B and C")."""
    if not belongs(name.start_char, name.end_char):
        return False
    if _names_trigger_place(name, match):
        return True
    trigger = match.head
    pobj = locative_object(name.root)
    if pobj is None:
        return any(name.root in c.subtree for c in scene(trigger).children if c.dep_ == "dobj")
    return on_trigger_path(pobj, trigger)


def _names_trigger_place(name: SpacySpan, match: TriggerMatch) -> bool:
    """Whether the name hangs by "of" from a place noun among the trigger's own words: "took to the
    streets of A, B and C" puts the protest in the towns whatever the clause around it."""
    prep = name.root.head
    return (name.root.dep_ == "pobj" and prep.lower_ in words("places", "part_prepositions")
            and match.start <= prep.head.i < match.end and prep.head.lemma_.lower() in place_nouns())


def _list_openings(trigger: Token) -> list[int]:
    """Where a list of places may open in the trigger's sentence: after each locative preposition
    ("bombings in A, B and C"), after the words that give a place noun's examples ("in several cities,
    including A, B and C"), after a plural place noun's "of" ("the streets of A, B and C"), and at the
    direct object of the trigger's scene ("shelled A and B")."""
    prepositions = words("places", "locative_prepositions")
    openings = [t.i + 1 for t in trigger.sent if t.lower_ in prepositions or _ends_example(t) or _opens_parts(t)]
    objects = [c.left_edge.i for c in scene(trigger).children if c.dep_ == "dobj"]
    return sorted(set(openings + objects))


def _opens_parts(token: Token) -> bool:
    """Whether a word is the "of" after a plural place noun ("the streets of", "the capitals of"): the
    names after it are the places the noun's parts lie in."""
    # the word itself first: this runs on every word of a sentence with a trigger, and finding a
    # word's sentence walks back to its start
    if token.lower_ not in words("places", "part_prepositions") or token.i <= token.sent.start:
        return False
    before = token.nbor(-1)
    return before.tag_ == "NNS" and before.lemma_.lower() in place_nouns()


def _ends_example(token: Token) -> bool:
    """Whether a word ends an example phrase ("including", "such as"): the list after it names the
    places of the nameless place noun before it, and :func:`_in_clause` checks that noun's locative."""
    doc = token.doc
    for phrase in words("places", "example_prepositions"):
        parts = phrase.split()
        if token.lower_ != parts[-1]:
            continue  # the cheap test first: this runs on every word of a sentence with a trigger
        start = token.i - len(parts) + 1
        if start >= 0 and [t.lower_ for t in doc[start:token.i + 1]] == parts:
            return True
    return False


def _is_its_place(place: Place | None, names: Sequence[SpacySpan]) -> bool:
    """Whether the list can be where the mention happened: it has no local place of its own, or its
    place is one written in the list."""
    if place is None or place.precision not in LOCAL_PRECISIONS:
        return True
    start, end = names[0].start_char, names[-1].end_char
    return any(e.start < end and start < e.end for e in place.evidence)


def _is_roundup(places: Sequence[Place]) -> bool:
    """Places of one country, enough of them known below country level, none the unit of another."""
    if len({p.country for p in places}) != 1 or any(p.lat is None for p in places):
        return False
    known = [p for p in places if p.precision in LOCAL_PRECISIONS and not p.approximate]
    if len(known) < MIN_KNOWN_PLACES or len({p.name for p in places}) != len(places):
        return False
    return not _names_anothers_unit(places)


def _names_anothers_unit(places: Sequence[Place]) -> bool:
    """Whether one listed place bears the name of the first-level unit another listed place lies in:
    "Kramatorsk, Donetsk and ..." writes a town with its region, not two places."""
    return any(a is not b and b.admin1 and fold(a.name or a.text) == fold(b.admin1) and fold(b.name or b.text)
               != fold(b.admin1) for a in places for b in places)


def _one_per_place(mention: EventMention, places: Sequence[Place]) -> list[EventMention]:
    """Copies of the mention, one per place; the figures stay with the first, each place says why."""
    listed = ", ".join(p.name or p.text for p in places)
    copies = []
    for index, place in enumerate(places):
        note = f"one of {len(places)} places listed together ({listed}): one event each"
        note += "; the figures are the whole list's" if index == 0 and mention.counts else ""
        note += f"; {place.note}" if place.note else ""
        update: dict[str, object] = {"place": place.model_copy(update={"note": note})}
        if index > 0:
            update |= {"id": _copy_id(mention.id, place), "counts": []}
        copies.append(mention.model_copy(update=update))
    return copies


def _copy_id(mention_id: str, place: Place) -> str:
    """Stable id of a round-up's later place: the same document reprocessed gives the same ids."""
    return hashlib.sha256(f"{mention_id}:{place.name or place.text}".encode()).hexdigest()[:16]


def place_list(doc: Doc, start: int, end: int) -> list[SpacySpan]:
    """The names of a list that opens at ``start`` ("Yala, Pattani and Songkhla"), or [] when none does.

    The list may open on a phrase ending in "of" ("the cities of", "Rakhine townships of") and must
    join its last name with a conjunction ("and", "or"), or end on places it does not name ("and
    other cities": :func:`_others_follow`); every name must name a place
    (:func:`sitreps.extract.placename.toponym_in`).
    """
    index = _opening_end(doc, start, end)
    conjunctions = words("places", "roundup_conjunctions")
    names: list[SpacySpan] = []
    while index < end:
        name = name_run(doc, index, end)
        if name is None or toponym_in(name) != name:
            return []
        names.append(name)
        index = name.end
        if index < end and doc[index].text == ",":
            index += 1
        if index < end and doc[index].lower_ in conjunctions:
            if _others_follow(doc, index + 1, end):
                return names
            last = name_run(doc, index + 1, end)
            return [*names, last] if last is not None and toponym_in(last) == last else []
        if index < end and name_run(doc, index, end) is None:
            return []
    return []


def _others_follow(doc: Doc, start: int, end: int) -> bool:
    """Whether the words after a list's conjunction speak of places it does not name ("and other
    cities", "and several other towns", "and elsewhere"): lower-case words, one of them an other-word."""
    others = words("places", "roundup_other_words")
    for token in doc[start:min(end, start + MAX_OPENING_WORDS)]:
        if token.lower_ in others:
            return True
        if not token.is_lower or token.pos_ not in ("DET", "ADJ", "NUM"):
            return False
    return False


def _opening_end(doc: Doc, start: int, end: int) -> int:
    """Where the names of a list begin: after "the cities of" / "Rakhine townships of", else after the
    articles and lower-case adjectives before them ("the southern")."""
    nouns, of_words = place_nouns(), words(PLACE_LISTS, "place_of_words")
    stop = min(end, start + MAX_OPENING_WORDS)
    for index in range(start + 1, stop):
        if doc[index].lower_ in of_words and doc[index - 1].lemma_.lower() in nouns and doc[index - 1].tag_ == "NNS":
            return index + 1
    index = start
    while index < end and doc[index].is_lower and doc[index].pos_ in ("DET", "ADJ"):
        index += 1
    return index
