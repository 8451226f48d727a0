"""Casualty figures in a sentence (which incident each belongs to: ``extract.toll_scope``).

A figure is read off the dependency slot that holds the victims of a casualty
word: the object or passive subject of "kill"/"wound" ("killing 12 villagers",
"two protesters were shot dead"), the subject of "die" ("one ranger died"),
the subject of a verb that reports the death ("four people were reported
killed"), the "of" phrase of a death noun ("the deaths of two students"), a
"lost their lives" / "claimed six lives" phrase. Coordinated victims add up,
and a named person is one ("Abu Saeed and a student were killed": two).
"Nobody was killed" is a figure of zero. Never a figure: an age, a question
("how many were killed"), a tally over a war, a period or a spree ("the
conflict has killed 14,000", "so far", "a spate of attacks that claimed six
lives"), and "killed or wounded", which counts casualties, not deaths. Deaths
told by their manner count ("hacked to death", "burned alive"), and headline
grammar is read as such ("Soldier killed in ambush": one).

Relies on a spaCy parse with lemmas and entities; the English word lists live
in ``data/counting.yaml`` and ``data/en/counts.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.annotate.quantities import counting_lexicon, find_quantity, load_data
from sitreps.extract.counts import PERSONS, is_age, is_measure, is_unit_name
from sitreps.extract.english import words
from sitreps.extract.toll_scope import is_aggregate
from sitreps.models import Count, Span

LISTS = "counts"
CASUALTIES = "casualties"
KILLED = "killed"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# How a sentence of prose ends; a headline ends without one of these.
SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", "'", "\u2019")
# Parts of speech that head a clause, not a victim phrase.
CLAUSE_POS = frozenset({"VERB", "AUX"})
# Named-entity labels of places (spaCy's OntoNotes scheme).
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
VICTIM_DEPS = frozenset({"dobj", "nsubjpass"})
# A toll as a verb's object, its figure after "at"/"to": "put the death toll at 27", "revised the toll to 14".
TOLL_OBJECT = "dobj"
# A past participle: with no auxiliary, a headline's passive ("Soldier killed in ambush"), whose
# subject is the victim; as a noun's modifier ("civilians killed in the raid"), that noun is.
PARTICIPLE = "VBN"
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
# A casualty word reported through another verb: "were reported killed", "were found dead".
COMPLEMENT_DEPS = frozenset({"xcomp", "oprd", "acomp", "ccomp"})
# How a parser can hang "dead" on the verb before its object ("shot dead a farmer").
RESULT_ADVERB = "advmod"
# How a parser can hang the victims of a fronted place on the place itself ("In Rangpur, Abu
# Saeed, a student, was killed": the name read as the place's apposition or conjunct).
STRANDED_DEPS = frozenset({"appos", "conj"})


@dataclass(frozen=True)
class _Figure:
    """Victims counted in one slot: value/low/high and the character offsets of what says so."""

    value: int | None
    low: int | None
    high: int | None
    start: int
    end: int


@cache
def _intransitive() -> frozenset[str]:
    return frozenset(load_data("counting.yaml")["intransitive_casualties"])


def _one(token: Token) -> _Figure:
    return _Figure(1, 1, 1, token.idx, token.idx + len(token))


def _single(token: Token, listed: bool) -> _Figure | None:
    """One victim without a numeral: a named person, or a singular person noun with "a"/"one"
    ("a ranger") or bare in a headline ("Soldier killed in ambush"); in a list of victims any
    singular person noun ("the driver, a teacher and two farmers"). Alone, "the teenager was
    killed" mostly recalls a death told before: no figure."""
    persons, _ = counting_lexicon()
    if token.ent_type_ == "PERSON" and token.pos_ == "PROPN":
        return _one(token)
    indefinite = words(LISTS, "indefinite_determiners")
    if token.tag_ == "NN" and token.lemma_.lower() in persons and (
            listed or any(c.dep_ == "det" and c.lower_ in indefinite for c in token.children)
            or (_in_headline(token) and not any(c.dep_ in ("det", "poss") for c in token.children))):
        return _one(token)
    return None


def _in_headline(token: Token) -> bool:
    """Whether ``token`` sits in the headline: the text's first sentence, without the full stop of
    prose. Headlines drop articles, so "Soldier killed in ambush" tells one death."""
    sentence = token.sent
    return sentence.start == 0 and not sentence.text.rstrip().endswith(SENTENCE_ENDS)


def _conjunct_figure(token: Token, text: str, listed: bool) -> _Figure | None:
    """The victims one conjunct names: a numeral phrase, nobody (zero), or a single person."""
    negating = words(LISTS, "negating_determiners")
    if token.lower_ in words(LISTS, "nobody") or any(c.dep_ == "det" and c.lower_ in negating for c in token.children):
        return _Figure(0, 0, 0, token.left_edge.idx, token.idx + len(token))
    left = token.left_edge.idx
    quantity = find_quantity(text[left:token.idx + len(token)])
    if quantity is not None:
        start, end = left + quantity.start, left + quantity.end
        if not (is_age(text, end) or is_measure(text, end) or is_unit_name(text, start, end)):
            return _Figure(quantity.value, quantity.low, quantity.high, start, end)
    return _counted_group(token, text) or _single(token, listed)


def _counted_group(token: Token, text: str) -> _Figure | None:
    """A group its "of" phrase counts: "a family of six", "a group of 12 farmers". Only nouns that
    name a group: "a mother of three" is one woman."""
    if token.lemma_.lower() not in words(LISTS, "counted_groups"):
        return None
    for member in (p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"):
        left = member.left_edge.idx
        quantity = find_quantity(text[left:member.idx + len(member)])
        if quantity is not None and not is_age(text, left + quantity.end):
            return _Figure(quantity.value, quantity.low, quantity.high, left + quantity.start, left + quantity.end)
    return None


def _victims(slot: list[Token], text: str) -> _Figure | None:
    """The figure of a victim slot, coordinated victims added up ("a driver and two soldiers")."""
    # a verb is never a victim: "32 were killed and more than 200 wounded" can join "200" to "killed";
    # nor is another casualty word or its number, which tell their own figure ("12 bodies and more
    # than 30 wounded", parsed with "30" as the conjunct)
    conjuncts = sorted({t for head in slot for t in (head, *head.conjuncts)
                        if t.i == head.i or (t.pos_ not in CLAUSE_POS and not _casualty_word(t)
                                             and not _casualty_word(t.nbor(1) if t.i + 1 < len(t.doc) else t))},
                       key=lambda t: t.i)
    if not conjuncts:
        return None
    figures = [_conjunct_figure(t, text, len(conjuncts) > 1) for t in conjuncts]
    if any(f is None for f in figures):  # "at least 11 children and young adults": the number scopes over all
        return figures[0]
    known = [f for f in figures if f is not None]
    if len(known) == 1:
        return known[0]
    exact = all(f.value is not None for f in known)
    total = sum(f.value if f.value is not None else f.low or 0 for f in known)
    return _Figure(total if exact else None, total, total if exact else None,
                   min(f.start for f in known), max(f.end for f in known))


def _slots(token: Token) -> list[list[Token]]:
    """The slots that can hold the victims of casualty word ``token``, most telling first; a verb's
    victims are all its subjects or objects together (a parse can give "the driver, a teacher and
    two farmers" as three subjects)."""
    lemma = token.lemma_.lower()
    manner = _manner_verb(token)
    if manner is not None:  # "hacked to death": the victims are the hacking's
        return [[c for c in manner.children if c.dep_ in VICTIM_DEPS]]
    listed = _listed_dead(token)
    if listed:
        return listed
    life = lemma in words(LISTS, "life_nouns")
    if life and token.head.lemma_.lower() in words(LISTS, "life_losing_verbs"):
        return [[c for c in token.head.children if c.dep_ == "nsubj"]]
    if life or token.pos_ in ("NOUN", "PROPN", "NUM") or (token.pos_ == "ADJ" and token.head.pos_ != "VERB"):
        slots = [token, *(c for c in token.children if c.dep_ in ("nummod", "npadvmod"))]
        slots += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
        slots += [token.head] if token.head.like_num else []
        return [[slot] for slot in slots + _headline_figure(token)] + _toll_slots(token)
    intransitive = lemma in _intransitive()
    own = [c for c in token.children if c.dep_ in (SUBJECT_DEPS if intransitive else VICTIM_DEPS)]
    if not own and not intransitive and token.tag_ == PARTICIPLE:
        if token.dep_ == "acl":  # "civilians killed in the raid": the noun the participle describes
            return [[token.head]]
        if (_in_headline(token) or token.dep_ == "conj") and not any(c.dep_ in AUXILIARY_DEPS
                                                                    for c in token.children):
            # a headline's passive ("Soldier killed in ambush"), a gapped one ("32 were killed and 200 wounded")
            own = [c for c in token.children if c.dep_ == "nsubj"]
    if intransitive and not own and token.dep_ == RESULT_ADVERB:
        # "shot dead a farmer": the dead are the verb's object, never its subject (the killers)
        return [[c for c in token.head.children if c.dep_ == "dobj"]]
    if own or token.dep_ not in COMPLEMENT_DEPS | {"conj"}:
        return [own]
    # shared with the verb it completes or is joined to: its passive subject ("three soldiers were
    # ambushed and killed"), its active subject only for "die" ("fought and died"), never the
    # killers ("three gunmen stormed the village and killed")
    shared = SUBJECT_DEPS if intransitive else frozenset({"nsubjpass"})
    objects = [c for c in token.head.children if c.dep_ == "dobj"] if intransitive else []
    # "the blast left 14 people dead": the dead are the object the complement describes
    return [objects, [c for c in token.head.children if c.dep_ in shared]]


def _stranded(token: Token, text: str) -> _Figure | None:
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
    return _Figure(total if exact else None, total, total if exact else None,
                   min(f.start for f in figures), max(f.end for f in figures))


def _described(token: Token, text: str) -> _Figure | None:
    """One stranded victim: counted by itself, or, for a name the tagger took for a place, by the
    person noun in apposition that describes it ("Karim Uddin, a teacher": one)."""
    figure = _conjunct_figure(token, text, listed=False)
    if figure is not None or token.pos_ != "PROPN":
        return figure
    described = next((c for c in token.children if c.dep_ == "appos"), None)
    return None if described is None else _single(described, listed=False)


def _headline_figure(token: Token) -> list[Token]:
    """The number right after a casualty word the parser read as a noun in a headline ("Grenade attack
    at bus stop wounds 38"): headline grammar drops the auxiliaries that would mark the verb."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is None or not following.like_num or token.tag_ != "NNS" or not _in_headline(token):
        return []
    counts_another = following.dep_ == "nummod" and following.head.i > following.i  # "Deaths 12 years on"
    return [] if counts_another else [following]


def _toll_slots(token: Token) -> list[list[Token]]:
    """The figure a toll's verb states: "the death toll has risen to 45", "the toll reached 30",
    "officials put the death toll at 27"."""
    if token.lemma_.lower() not in words(LISTS, "toll_nouns") or token.dep_ not in SUBJECT_DEPS | {TOLL_OBJECT}:
        return []
    verb, prepositions = token.head, words(LISTS, "toll_prepositions")
    slots = [[p] for c in verb.children if c.dep_ == "prep" and c.lower_ in prepositions
             for p in c.children if p.dep_ == "pobj"]
    if token.dep_ == TOLL_OBJECT:  # "put the death toll at 27": the verb's own object is the toll
        return slots
    return slots + [[c] for c in verb.children if c.dep_ in ("dobj", "attr")]


def _listed_dead(token: Token) -> list[list[Token]]:
    """Some of the dead, listed: "the dead included four children" (the verb's object), "among the dead
    were three aid workers" (the copula's subject). A lower bound of the toll (``_partial``)."""
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in words(LISTS, "partial_list_verbs"):
        return [[c for c in token.head.children if c.dep_ == "dobj"]]
    preposition = token.head
    if token.dep_ == "pobj" and preposition.lower_ in words(LISTS, "partial_list_prepositions"):
        return [[c for c in preposition.head.children if c.dep_ in ("nsubj", "attr") and c.i > token.i]]
    return []


def _partial(token: Token, figure: _Figure) -> _Figure:
    """A figure of some of the dead (``_listed_dead``) bounds the toll from below only."""
    if not _listed_dead(token):
        return figure
    low = figure.low if figure.low is not None else figure.value
    return _Figure(None, low, None, figure.start, figure.end)


def _what(token: Token, what: str) -> str:
    """``casualties`` for "killed or wounded" and for two casualty verbs sharing one victim slot
    ("killing and wounding 30 people": one figure for both), else the word's own kind."""
    others = [t for t in token.conjuncts if _kind(t) not in (None, what)]
    if not others:
        return what
    disjunctions = words(LISTS, "casualty_disjunctions")
    if any(c.dep_ == "cc" and c.lower_ in disjunctions for t in (token, *others) for c in t.children):
        return CASUALTIES
    # the victims after the last verb are every verb's when the first has none of its own ("killing
    # and wounding 30"); "32 were killed and 200 wounded" gives each verb its own
    verbs = sorted((t for t in (token, *others) if t.pos_ == "VERB"), key=lambda t: t.i)
    shared = len(verbs) > 1 and not _own_victims(verbs[0]) and _own_victims(verbs[-1])
    return CASUALTIES if shared else what


def _own_victims(verb: Token) -> bool:
    """Whether a casualty verb has a victim slot of its own (not one shared with its conjunct)."""
    deps = SUBJECT_DEPS if verb.lemma_.lower() in _intransitive() else VICTIM_DEPS
    return any(c.dep_ in deps for c in verb.children)


def _manner_verb(token: Token) -> Token | None:
    """The verb a "to death" result completes ("hacked to death"), if ``token`` is that "death"."""
    preposition = token.head
    if (token.lower_ in words(LISTS, "death_results") and token.dep_ == "pobj"
            and preposition.lower_ in words(LISTS, "result_prepositions")
            and preposition.head.lemma_.lower() in words(LISTS, "death_manner_verbs")):
        return preposition.head
    return None


def _burned_alive(token: Token) -> bool:
    """ "Burned alive", "buried alive": a killing, "alive" on the verb or on its victims."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in words(LISTS, "alive_verbs"):
        return False
    alive = words(LISTS, "alive_words")
    victims = [c for c in token.children if c.dep_ in VICTIM_DEPS]
    return any(c.lower_ in alive for t in (token, *victims) for c in t.children)


def _casualty_word(token: Token) -> bool:
    """A word that tells casualties itself ("wounded", "dead", "bodies"), as a noun or an adjective."""
    _, casualty = counting_lexicon()
    return token.lemma_.lower() in casualty or token.lower_ in casualty or (
        token.lemma_.lower() in words(LISTS, "body_nouns"))


def _kind(token: Token) -> str | None:
    _, casualty = counting_lexicon()
    lemma = token.lemma_.lower()
    if _burned_alive(token):
        return KILLED
    if lemma in words(LISTS, "life_nouns"):
        return KILLED if token.head.lemma_.lower() in words(LISTS, "life_verbs") else None
    if lemma in words(LISTS, "body_nouns") and token.pos_ == "NOUN":
        return KILLED if _of_the_dead(token) else None
    return casualty.get(lemma)


def _of_the_dead(body: Token) -> bool:
    """Whether a body noun tells deaths: a person's body ("the bodies of two farmers") or one a verb of
    finding takes ("police recovered 12 bodies", "the bodies were found")."""
    persons, _ = counting_lexicon()
    of_person = any(p.dep_ == "pobj" and (p.lemma_.lower() in persons or p.ent_type_ == "PERSON")
                    for c in body.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)
    found = body.dep_ in VICTIM_DEPS and body.head.lemma_.lower() in words(LISTS, "body_finding_verbs")
    return of_person or found


def victims_told(count: Count, casualties: list[Count]) -> bool:
    """Whether a head count of an argument ("two men" lynched, "at least seven people" injured) numbers
    the victims a casualty figure already gives: the same words, so one figure, not two."""
    return count.what == PERSONS and bool(count.evidence) and any(
        c.evidence and all(c.evidence[0].start <= e.start and e.end <= c.evidence[0].end for e in count.evidence)
        for c in casualties)


def casualty_counts(sentence: SpacySpan, text: str) -> list[tuple[Token, Count]]:
    """Fatality and injury figures of one incident in a sentence, each with the word that states it."""
    found: list[tuple[Token, Count]] = []
    told: set[tuple[str, int]] = set()  # "killed or wounded" is one figure, told once
    for token in sentence:
        what = _kind(token)
        if what is None:
            continue
        figure = next((f for f in (_victims(s, text) for s in _slots(token)) if f is not None), None) \
            or _stranded(token, text)
        if figure is None or is_aggregate(token):
            continue
        figure = _partial(token, figure)
        what = _what(token, what)
        if (what, figure.start) in told:
            continue
        told.add((what, figure.start))
        evidence = [Span.of(text, figure.start, figure.end), Span.of(text, token.idx, token.idx + len(token))]
        found.append((token, Count(what=what, value=figure.value, low=figure.low, high=figure.high,
                                   evidence=evidence)))
    return found
