"""How many victims a slot names (``extract.casualties`` finds the slot of each casualty word).

A numeral phrase with its qualifier ("at least 12 civilians"), nobody (zero), a named person or a
singular person noun with "a"/"one" (one), a group its "of" phrase counts ("a family of six"), and
coordinated victims added up ("the driver, a teacher and two farmers": four). Ages, hyphenated
measures and unit numbers are never figures. When the parser hangs the victims of a passive
casualty verb on the place a sentence opens with, they are read from that place's apposition.

Relies on a spaCy parse with lemmas and entities; the English word lists live in
``data/counting.yaml`` and ``data/en/counts.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from sitreps.annotate.quantities import counting_lexicon, find_quantity
from sitreps.annotate.segment import HEADLINE_JOINS
from sitreps.extract.counts import is_age, is_measure, is_unit_name
from sitreps.extract.english import words

LISTS = "counts"
# The function words of tolls: the partitive "of" ("a family of six"), the "with" of "along with".
TOLL_LISTS = "extract_tolls"
# How a sentence of prose ends; a headline ends without one of these.
SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", "'", "\u2019")
# Parts of speech that head a clause, not a victim phrase.
CLAUSE_POS = frozenset({"VERB", "AUX"})
# Named-entity labels of places (spaCy's OntoNotes scheme).
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# How a parser can hang the victims of a fronted place on the place itself ("In Rangpur, Abu
# Saeed, a student, was killed": the name read as the place's apposition or conjunct).
STRANDED_DEPS = frozenset({"appos", "conj"})


@dataclass(frozen=True)
class Figure:
    """Victims counted in one slot: value/low/high and the character offsets of what says so."""

    value: int | None
    low: int | None
    high: int | None
    start: int
    end: int


def _one(token: Token) -> Figure:
    return Figure(1, 1, 1, token.idx, token.idx + len(token))


def _single(token: Token, listed: bool) -> Figure | None:
    """One victim without a numeral: a named person, or a singular person noun with "a"/"one"
    ("a ranger") or bare in a headline ("Soldier killed in ambush"); in a list of victims any
    singular person noun ("the driver, a teacher and two farmers"). Alone, "the teenager was
    killed" mostly recalls a death told before: no figure."""
    persons, _ = counting_lexicon()
    if (token.ent_type_ == "PERSON" and token.pos_ == "PROPN") or token.lower_ in words(LISTS, "reflexive_victims"):
        return _one(token)  # a named person; "killed himself and seven others": the attacker
    indefinite = words(LISTS, "indefinite_determiners")
    if token.tag_ == "NN" and token.lemma_.lower() in persons and (
            listed or any(c.dep_ == "det" and c.lower_ in indefinite for c in token.children)
            or (in_headline(token) and not any(c.dep_ in ("det", "poss") for c in token.children))):
        return _one(token)
    return None


def in_headline(token: Token) -> bool:
    """Whether ``token`` sits in the headline: the text's first sentence, without the full stop of
    prose, or a sentence a semicolon joins to it ("Troops clash in Beni; mortar hits Bunia market").
    Headlines drop articles, so "Soldier killed in ambush" tells one death."""
    sentence = token.sent
    if sentence.text.rstrip().endswith(SENTENCE_ENDS):
        return False
    start = sentence.start
    while start > 0:  # the second headline of a title joined by a semicolon (``annotate.segment``)
        joint = token.doc[start - 1]
        if joint.text not in HEADLINE_JOINS:
            return False
        start = joint.sent.start
    return True


def _conjunct_figure(token: Token, text: str, listed: bool) -> Figure | None:
    """The victims one conjunct names: a numeral phrase, nobody (zero), or a single person."""
    negating = words(LISTS, "negating_determiners")
    if token.lower_ in words(LISTS, "nobody") or any(c.dep_ == "det" and c.lower_ in negating for c in token.children):
        return Figure(0, 0, 0, token.left_edge.idx, token.idx + len(token))
    left = token.left_edge.idx
    quantity = find_quantity(text[left:token.idx + len(token)])
    if quantity is not None:
        start, end = left + quantity.start, left + quantity.end
        if not (is_age(text, end) or is_measure(text, end) or is_unit_name(text, start, end)):
            return Figure(quantity.value, quantity.low, quantity.high, start, end)
    return _counted_group(token, text) or _single(token, listed)


def _counted_group(token: Token, text: str) -> Figure | None:
    """A group its "of" phrase counts: "a family of six", "a group of 12 farmers". Only nouns that
    name a group: "a mother of three" is one woman."""
    if token.lemma_.lower() not in words(LISTS, "counted_groups"):
        return None
    partitive = words(TOLL_LISTS, "partitive_words")
    for member in (p for c in token.children if c.dep_ == "prep" and c.lower_ in partitive
                   for p in c.children if p.dep_ == "pobj"):
        left = member.left_edge.idx
        quantity = find_quantity(text[left:member.idx + len(member)])
        if quantity is not None and not is_age(text, left + quantity.end):
            return Figure(quantity.value, quantity.low, quantity.high, left + quantity.start, left + quantity.end)
    return None


def _untold(token: Token) -> bool:
    """ "An unknown number (of militants)": victims of a number the text does not give."""
    return token.lemma_.lower() in words(LISTS, "number_nouns") and any(
        c.dep_ == "amod" and c.lower_ in words(LISTS, "untold_number_words") for c in token.children)


def victims(slot: list[Token], text: str) -> Figure | None:
    """The figure of a victim slot, coordinated victims added up ("a driver and two soldiers")."""
    # a verb is never a victim: "32 were killed and more than 200 wounded" can join "200" to "killed";
    # nor is another casualty word or its number, which tell their own figure ("12 bodies and more
    # than 30 wounded", parsed with "30" as the conjunct), unless the word after it is the one whose
    # victims the slot holds ("nine soldiers and 14 rebels died": both sides' dead)
    owners = {head.head.i for head in slot}
    conjuncts = sorted({t for head in slot for t in (head, *head.conjuncts)
                        if t.i == head.i or (t.pos_ not in CLAUSE_POS and not casualty_word(t)
                                             and not _tells_its_own(t, owners))},
                       key=lambda t: t.i)
    if not conjuncts:
        return None
    figures = [_conjunct_figure(t, text, len(conjuncts) > 1) for t in conjuncts]
    first = figures[0]
    if first is not None and any(_untold(t) for t in conjuncts[1:]):
        # "five soldiers and an unknown number of militants": at least five
        low = first.low if first.low is not None else first.value
        return Figure(None, low, None, first.start, first.end)
    if any(f is None for f in figures):  # "at least 11 children and young adults": the number scopes over all
        return first
    known = [f for f in figures if f is not None]
    if len(known) == 1:
        return known[0]
    exact = all(f.value is not None for f in known)
    total = sum(f.value if f.value is not None else f.low or 0 for f in known)
    return Figure(total if exact else None, total, total if exact else None,
                   min(f.start for f in known), max(f.end for f in known))


def _tells_its_own(conjunct: Token, owners: set[int]) -> bool:
    """Whether the word after a conjunct victim is a casualty word other than the slot's own, so the
    conjunct is that word's figure ("12 bodies and more than 30 wounded"), not one more victim."""
    if conjunct.i + 1 >= len(conjunct.doc):
        return False
    following = conjunct.nbor(1)
    return casualty_word(following) and following.i not in owners


def accompanying(verb: Token, own: list[Token]) -> list[Token]:
    """Victims a casualty verb tells as dying with its own, after them: "two officers were killed along with
    eight suspects", "gunmen killed three soldiers along with their driver", "the commander was killed
    together with his two bodyguards". The parser hangs "with" on the verb beside the adverb or on the
    adverb; either way it comes after the verb and its victims. Before them, the "with" phrase joins the
    killers ("police, along with soldiers, killed three gunmen")."""
    if not own:
        return []
    adverbs = words(LISTS, "accompaniment_adverbs")
    accompaniment = words(TOLL_LISTS, "accompaniment_prepositions")  # "killed along with eight suspects"
    last = max(t.i for t in (verb, *own))
    found = []
    for adverb in (c for c in verb.children if c.lower_ in adverbs and c.i > last):
        withs = [c for c in (*adverb.children, *verb.children) if c.lower_ in accompaniment and c.i == adverb.i + 1]
        found += [p for w in withs for p in w.children if p.dep_ == "pobj"]
    return found


def stranded(token: Token, text: str) -> Figure | None:
    """The victims of a passive casualty verb left without a subject because the parse hung them on
    the place the sentence opens with ("In Dhaka, an unidentified man was killed in a clash"): the
    person words the opening place's noun holds as apposition or conjunct, each counted alone."""
    if token.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in token.children):
        return None
    stranded = [x for c in token.children if c.dep_ == "prep" and c.i < token.i
                for p in c.children if p.dep_ == "pobj" and p.ent_type_ in PLACE_ENTITIES
                for x in p.children if x.dep_ in STRANDED_DEPS]
    figures = [f for f in (_described(x, text) for x in stranded) if f is not None]
    if not figures:
        return None
    exact = all(f.value is not None for f in figures)
    total = sum(f.value if f.value is not None else f.low or 0 for f in figures)
    return Figure(total if exact else None, total, total if exact else None,
                   min(f.start for f in figures), max(f.end for f in figures))


def _described(token: Token, text: str) -> Figure | None:
    """One stranded victim: counted by itself, or, for a name the tagger took for a place, by the
    person noun in apposition that describes it ("Karim Uddin, a teacher": one)."""
    figure = _conjunct_figure(token, text, listed=False)
    if figure is not None or token.pos_ != "PROPN":
        return figure
    described = next((c for c in token.children if c.dep_ == "appos"), None)
    return None if described is None else _single(described, listed=False)


def casualty_word(token: Token) -> bool:
    """A word that tells casualties itself ("wounded", "dead", "bodies"), as a noun or an adjective."""
    _, casualty = counting_lexicon()
    return token.lemma_.lower() in casualty or token.lower_ in casualty or (
        token.lemma_.lower() in words(LISTS, "body_nouns"))
