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
told by their manner count ("hacked to death", "burned alive"), so do people an
armed doer "eliminated" or "neutralised" (never things: "neutralised two drones"), and headline
grammar is read as such ("Soldier killed in ambush": one).

How many victims a slot names is ``extract.victim_figures``'s. Relies on a spaCy
parse with lemmas and entities; the English word lists live in
``data/counting.yaml`` and ``data/en/counts.yaml``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.annotate.quantities import counting_lexicon, load_data
from sitreps.extract.armed_verbs import armed_verb
from sitreps.extract.casualty_wording import shared_as_casualties
from sitreps.extract.counts import KILLED, PERSONS
from sitreps.extract.english import words
from sitreps.extract.person_verbs import acts_on_person
from sitreps.extract.self_deaths import bomber_dead, with_bomber
from sitreps.extract.toll_additions import addition_marks
from sitreps.extract.toll_scope import is_aggregate
from sitreps.extract.victim_figures import Figure, accompanying, in_headline, stranded, victims
from sitreps.models import Count, Span

LISTS = "counts"
CASUALTIES = "casualties"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
VICTIM_DEPS = frozenset({"dobj", "nsubjpass"})
# A toll as a verb's object, its figure after "at"/"to": "put the death toll at 27", "revised the toll to 14".
TOLL_OBJECT = "dobj"
# The preposition of a number that counts the dead: "the number of dead".
PARTITIVE = "of"
# How the number of a group in a headline's comma list hangs on it ("Ten soldiers, 25 rebels killed").
NUMBER_DEP = "nummod"
# How a clause hangs on the fight it tells a part of ("fought off the attack, losing two men").
JOINED_CLAUSE_DEPS = frozenset({"advcl", "conj", "xcomp"})
# How an adjective hangs on its noun ("dead" on "miners" in "shot dead nine miners").
MODIFIER = "amod"
# A verb's direct object: "dead" there is a noun of the dead ("leaving 16 dead").
OBJECT = "dobj"
# A past participle: with no auxiliary, a headline's passive ("Soldier killed in ambush"), whose
# subject is the victim; as a noun's modifier ("civilians killed in the raid"), that noun is.
PARTICIPLE = "VBN"
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
# A casualty word reported through another verb: "were reported killed", "were found dead".
COMPLEMENT_DEPS = frozenset({"xcomp", "oprd", "acomp", "ccomp"})
# How a parser can hang "dead" on the verb before its object ("shot dead a farmer").
RESULT_ADVERB = "advmod"
# Parts of speech that head a clause: an adjective they govern completes them ("were found dead", "are dead").
CLAUSE_POS = frozenset({"VERB", "AUX"})


@cache
def _intransitive() -> frozenset[str]:
    return frozenset(load_data("counting.yaml")["intransitive_casualties"])


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
    if _dead_before_object(token):  # "shot dead seven farmers", "dead" parsed as the farmers' adjective
        return [[token.head]]
    life = lemma in words(LISTS, "life_nouns")
    if life and token.head.lemma_.lower() in words(LISTS, "life_losing_verbs"):
        return [[c for c in token.head.children if c.dep_ == "nsubj"]]
    # "dead" of a copula ("three soldiers were dead") is read as a complement, like "were found dead";
    # "dead" as a verb's object ("leaving 16 dead and 52 injured") or with a number of its own as the
    # complement of one ("the blast left 7 dead") is a noun of the dead, counted
    if life or token.pos_ in ("NOUN", "PROPN", "NUM") or (token.pos_ == "ADJ" and (
            token.head.pos_ not in CLAUSE_POS or token.dep_ == OBJECT or _numbered(token))):
        slots = [token, *(c for c in token.children if c.dep_ in ("nummod", "npadvmod"))]
        slots += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
        slots += [token.head] if token.head.like_num else []
        slots += [token.head] if _dead_after_victims(token) else []
        counted = _counted_by(token)
        if counted is not None:  # "the number of dead climbed to 23": the figure is the number's
            return _toll_slots(counted)
        return [[slot] for slot in slots + _headline_figure(token)] + _toll_slots(token)
    intransitive = lemma in _intransitive()
    own = [c for c in token.children if c.dep_ in (SUBJECT_DEPS if intransitive else VICTIM_DEPS)]
    if not own and not intransitive and token.tag_ == PARTICIPLE:
        counted = _counted_by(token.head)
        if token.dep_ == "acl" and counted is not None:  # "the number of people killed rose to 40"
            return _toll_slots(counted)
        if token.dep_ == "acl":  # "civilians killed in the raid": the noun the participle describes
            return [_headline_list(token.head)]
        if (in_headline(token) or token.dep_ == "conj") and not any(c.dep_ in AUXILIARY_DEPS
                                                                    for c in token.children):
            # a headline's passive ("Soldier killed in ambush"), a gapped one ("32 were killed and 200 wounded")
            own = [c for c in token.children if c.dep_ == "nsubj"]
    if intransitive and not own and token.dep_ == RESULT_ADVERB:
        # "shot dead a farmer": the dead are the verb's object, never its subject (the killers)
        return [[c for c in token.head.children if c.dep_ == "dobj"]]
    if own or token.dep_ not in COMPLEMENT_DEPS | {"conj"}:
        return [own + accompanying(token, own)]
    # shared with the verb it completes or is joined to: its passive subject ("three soldiers were
    # ambushed and killed"), its active subject only for "die" ("fought and died"), never the
    # killers ("three gunmen stormed the village and killed")
    shared = SUBJECT_DEPS if intransitive else frozenset({"nsubjpass"})
    objects = [c for c in token.head.children if c.dep_ == "dobj"] if intransitive else []
    # "the blast left 14 people dead": the dead are the object the complement describes
    return [objects, [c for c in token.head.children if c.dep_ in shared]]


def _dead_before_object(token: Token) -> bool:
    """Whether "dead" right after a verb of killing's manner is the result on its object, though the
    parser hangs it on the object as an adjective ("gunmen shot dead nine miners"): the object is the dead."""
    head = token.head
    return (token.dep_ == MODIFIER and head.dep_ == OBJECT and token.i == head.head.i + 1
            and token.lemma_.lower() in _intransitive()
            and head.head.lemma_.lower() in words(LISTS, "death_manner_verbs"))


def _dead_after_victims(token: Token) -> bool:
    """Whether "dead" after the numbered noun it describes tells that noun's dead: a headline's dropped
    copula ("Three soldiers dead after roadside blast"). Before its noun ("two dead soldiers were
    found") it is an attribute, told by the verb of the clause."""
    head = token.head
    return (token.dep_ == MODIFIER and token.i > head.i and head.pos_ in ("NOUN", "PROPN")
            and _numbered(head) and token.lemma_.lower() in _intransitive())


def _headline_list(noun: Token) -> list[Token]:
    """The victims a headline lists with a comma for "and" ("Ten soldiers, 25 rebels killed in clash"):
    each group before the last, told by a number of its own and a person noun right before a comma, is
    one more group of the dead. Read off the word order, as the parser hangs such a list on the first
    group or the last in turn. An apposition that describes the group before ("three people, a mother
    and her sons") has no number of its own and is not added."""
    persons, _ = counting_lexicon()
    groups = [noun]
    while in_headline(noun) and _numbered(groups[0]):
        edge = groups[0].left_edge.i
        if edge < 2 or noun.doc[edge - 1].text != ",":
            break
        before = noun.doc[edge - 2]
        if not _numbered(before) or before.lemma_.lower() not in persons or before in groups:
            break
        groups.insert(0, before)
    return groups


def _numbered(noun: Token) -> bool:
    return any(c.dep_ == NUMBER_DEP for c in noun.children)


def _headline_figure(token: Token) -> list[Token]:
    """The number right after a casualty word the parser read as a noun in a headline ("Grenade attack
    at bus stop wounds 38"): headline grammar drops the auxiliaries that would mark the verb."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is None or not following.like_num or token.tag_ != "NNS" or not in_headline(token):
        return []
    counts_another = following.dep_ == "nummod" and following.head.i > following.i  # "Deaths 12 years on"
    return [] if counts_another else [following]


def _counted_by(token: Token) -> Token | None:
    """The noun of a number that counts the dead ``token`` names ("the number of dead", "the number of
    people killed", "the tally of deaths"): a toll told without the word "toll", whose figure its verb
    states as a toll's ("climbed to 23", ``_toll_slots``)."""
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ != PARTITIVE:
        return None
    noun = preposition.head
    return noun if noun.lemma_.lower() in words(LISTS, "toll_counting_nouns") else None


def toll_word(token: Token) -> Token:
    """The word that states a casualty word's figure as a toll: the number that counts its dead ("the
    number of dead rose to 23": "number"), else the word itself ("the death toll rose to 30")."""
    counted = _counted_by(token.head if token.dep_ == "acl" else token)
    return token if counted is None else counted


def _toll_slots(token: Token) -> list[list[Token]]:
    """The figure a toll's verb states: "the death toll has risen to 45", "the toll reached 30",
    "officials put the death toll at 27", "the number of dead climbed to 23"."""
    tolls = words(LISTS, "toll_nouns") | words(LISTS, "toll_counting_nouns")
    if token.lemma_.lower() not in tolls or token.dep_ not in SUBJECT_DEPS | {TOLL_OBJECT}:
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


def lists_some(token: Token) -> bool:
    """Whether a casualty word lists some of the dead ("the dead included four children")."""
    return bool(_listed_dead(token))


def _partial(token: Token, figure: Figure) -> Figure:
    """A figure of some of the dead (``_listed_dead``) bounds the toll from below only."""
    if not _listed_dead(token):
        return figure
    low = figure.low if figure.low is not None else figure.value
    return Figure(None, low, None, figure.start, figure.end)


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


def _kind(token: Token) -> str | None:
    _, casualty = counting_lexicon()
    lemma = token.lemma_.lower()
    if _burned_alive(token):
        return KILLED
    if lemma in words(LISTS, "life_nouns"):
        return KILLED if token.head.lemma_.lower() in words(LISTS, "life_verbs") else None
    if lemma in words(LISTS, "body_nouns") and token.pos_ == "NOUN":
        return KILLED if _of_the_dead(token) else None
    if lemma in words(LISTS, "person_killing_verbs"):  # "eliminated 16 militants", not "neutralised a drone"
        return KILLED if armed_verb(token) is not None and acts_on_person(token) else None
    if lemma in words(LISTS, "people_losing_verbs"):  # "lost seven soldiers", not "lost control of the town"
        return KILLED if _lost_counted_people(token) else None
    return casualty.get(lemma)


def _lost_counted_people(verb: Token) -> bool:
    """Whether a verb of losing has a counted person noun as its object and is tied to a fight: its subject's
    dead ("the army lost seven soldiers in an ambush", "fought off the attack, losing two men", "lost three of
    its men when gunmen stormed the post"). The victims are then the object, read as any transitive casualty
    verb's (``_slots``)."""
    if not _loss_in_fight(verb):
        return False
    persons, _ = counting_lexicon()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        counted = obj.pos_ == "NUM" or _numbered(obj)
        noun = obj if obj.pos_ != "NUM" else next(
            (p for c in obj.children if c.dep_ == "prep" and c.lower_ == PARTITIVE for p in c.children
             if p.dep_ == "pobj"), obj)
        if counted and noun.lemma_.lower() in persons:
            return True
    return False


def _loss_in_fight(verb: Token) -> bool:
    """Whether a verb of losing tells the losses of one fight: a phrase naming it ("in an ambush", ``loss_events``),
    a clause it joins ("fought off the attack, losing two men") or a clause telling when ("when gunmen stormed")."""
    events, prepositions = words(LISTS, "loss_events"), words(LISTS, "loss_event_prepositions")
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # the parse may hang the phrase on the lost
    if any(p.lemma_.lower() in events for t in (verb, *objects) for c in t.children
           if c.dep_ == "prep" and c.lower_ in prepositions for p in c.children if p.dep_ == "pobj"):
        return True
    return verb.dep_ in JOINED_CLAUSE_DEPS or any(c.dep_ == "advcl" for c in verb.children)


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
    the victims a casualty figure already gives: the same words, so one figure, not two. The casualty
    figure reads the slot whole ("killed three worshippers and himself": 4; "killed or wounded 30":
    casualties), so it also stands for a killing trigger's own count of its targets."""
    _, casualty = counting_lexicon()
    kinds = {PERSONS, CASUALTIES, *casualty.values()}
    return count.what in kinds and bool(count.evidence) and any(
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
        figure = next((f for f in (victims(s, text) for s in _slots(token)) if f is not None), None) \
            or stranded(token, text)
        if figure is None or is_aggregate(token):
            continue
        figure = _partial(token, figure)
        bomber = bomber_dead(token, figure) if what == KILLED else None
        figure = figure if bomber is None else with_bomber(figure)  # "blew himself up, killing nine": ten
        what = _what(token, what)
        if what == CASUALTIES and figure.value == 0:
            what = KILLED  # "no casualties": nobody died (nor was hurt), the death toll is zero
        if (what, figure.start) in told:
            continue
        told.add((what, figure.start))
        stated = toll_word(token)  # the toll's own word last: ``toll_scope.states_toll`` reads it
        marks = addition_marks(token, figure.start, figure.end, what)  # "two more": ``extract.toll_additions``
        bomber_span = [] if bomber is None else [Span.of(text, bomber.idx, bomber.idx + len(bomber))]
        evidence = [Span.of(text, figure.start, figure.end), *marks, *bomber_span,
                    Span.of(text, stated.idx, stated.idx + len(stated))]
        found.append((token, Count(what=what, value=figure.value, low=figure.low, high=figure.high,
                                   evidence=evidence)))
    return shared_as_casualties(found)  # "killed and wounded": one figure of both (``casualty_wording``)
