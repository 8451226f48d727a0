"""One incident's toll told in parts, a clause for each group of the dead, added up.

"Four soldiers were killed, and 17 of the attackers died in the fighting" gives one clash 21 dead:
ACLED codes the incident's whole toll, both sides' dead together. The parser gives each clause its
own casualty word and figure (``extract.casualties``), and an incident keeps one figure of each
kind, so without this the first part stood for the whole. Parts are added only when the sentence
says they are different people: each names its victims by a noun of its own ("soldiers",
"attackers"), none is a bare "people" (two accounts of one toll: "police said five people died, but
residents said eight people were killed"), none is counted out of the dead or of a group told
("six of them", "two of the dead": a part of a figure told), none is told as a phase of a longer
story ("before the operation", "during the rescue"), none is a list of some of the dead
("among the dead were") and none is a toll noun's revision ("the death toll rose to 30"). More dead
told after the toll ("two more died in hospital") are added by ``extract.toll_additions``.

Relies on a spaCy parse; the English word lists live in ``data/en/counts.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sitreps.extract.casualties import lists_some
from sitreps.extract.english import words
from sitreps.extract.toll_additions import add_ups, summed
from sitreps.extract.toll_scope import states_toll
from sitreps.extract.victim_figures import casualty_word
from sitreps.models import Count

LISTS = "counts"
KILLED = "killed"
TOLL_LISTS = "extract_tolls"  # the partitive "of" ("17 of the soldiers")
# How a number hangs on the noun it counts ("17 soldiers").
NUMBER_DEP = "nummod"
NOUN_POS = frozenset({"NOUN", "PROPN"})


def _victim_noun(token: Token, count: Count) -> str | None:
    """The lemma of the noun a figure counts ("four soldiers", "17 of the attackers"), None when the
    figure names no victims of its own (a bare number, a part of a group told, "six of them")."""
    first = count.evidence[0]
    span = token.doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None:
        return None
    number = span.root
    if number.pos_ in NOUN_POS:
        return number.lemma_.lower()
    if number.dep_ == NUMBER_DEP and number.head.pos_ in NOUN_POS:
        return number.head.lemma_.lower()
    counted = [p for c in number.children if c.dep_ == "prep" and c.lower_ in words(TOLL_LISTS, "partitive_words")
               for p in c.children if p.dep_ == "pobj"]
    if len(counted) == 1 and counted[0].pos_ in NOUN_POS and not casualty_word(counted[0]):
        return counted[0].lemma_.lower()
    return None


def _part(token: Token, count: Count) -> str | None:
    """The victims' noun of a figure that can be a part of the toll, None if it cannot."""
    if count.what != KILLED or lists_some(token) or states_toll(count) or len(count.evidence) < 2 or _phased(token):
        return None
    noun = _victim_noun(token, count)
    return None if noun is None or noun in words(LISTS, "unsided_victim_nouns") else noun


def _phased(token: Token) -> bool:
    """A part told as one phase of a longer story ("21 passengers were killed before the operation", "a
    soldier lost his life during the operation"): ACLED may code each phase as an incident of its own,
    so the part is no share of one toll."""
    verb = token.head if token.lemma_.lower() in words(LISTS, "life_nouns") else token
    return any(c.dep_ == "prep" and c.lower_ in words(LISTS, "phase_prepositions") for c in verb.children)


def summed_parts(casualties: Sequence[tuple[Token, Count]]) -> list[tuple[Token, Count]]:
    """An incident's casualty figures, each with its casualty word, with the parts of one toll that a
    sentence tells clause by clause added into one figure (module docstring)."""
    parts: dict[int, list[tuple[Count, str]]] = {}  # sentence start -> its parts with their victims' nouns
    for token, count in casualties:
        noun = _part(token, count)
        if noun is not None:
            parts.setdefault(token.sent.start, []).append((count, noun))
    replaced: dict[int, Count] = {}
    dropped: set[int] = set()
    for group in parts.values():
        nouns = [noun for _, noun in group]
        if len(group) > 1 and len(set(nouns)) == len(nouns):
            replaced[id(group[0][0])] = summed([c for c, _ in group])
            dropped.update(id(c) for c, _ in group[1:])
    pairs = [(t, replaced.get(id(c), c)) for t, c in casualties if id(c) not in dropped]
    kept = add_ups([c for _, c in pairs])  # more dead told after the toll (``extract.toll_additions``)
    tokens = {id(c): t for t, c in pairs}
    firsts = {c.evidence[0].start: t for t, c in pairs if c.evidence}  # a sum keeps its first figure's word
    return [(tokens[id(c)] if id(c) in tokens else firsts[c.evidence[0].start], c) for c in kept]
