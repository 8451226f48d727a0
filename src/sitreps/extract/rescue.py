"""Operations to free the taken: the aftermath of an abduction, told beside it, not a row of its own.

News of a kidnapping or a hijacking goes on to tell what the state did about it: "security forces
launched a rescue operation", "troops were deployed to free the abducted pupils", "police deployed
officers to search for the kidnapped miners". ACLED codes one event, the abduction; the operation
to free its hostages, and the forces sent after it, are no incidents of their own. When the
operation kills in a fight, the fight is told by its own word ("clashed with the kidnappers, killing
seven") and stays; an operation mention that carries a toll itself stays too.

The cause is read from the parse, not from one article's words: the operation's own word, a clause
of purpose hung on it or on its verb ("deployed to free", "an operation to secure the release of"),
or a preposition of aftermath or of a scene ("deployed after the kidnapping", "deployed to the
area"), names freeing, finding, a taking or the place it pointed back to,
and the article tells a taking of people in another sentence (a sentence that tells only a rescue
is the rescue's own news, and stays). Forces sent to comb the forests for the victims or in pursuit of
the abductors are that aftermath too. So is the return of people the article tells held or taken,
told by a word of freeing the lexicon reads as ground retaken ("95 defenders were liberated from
captivity" after "Russia and Ukraine exchanged 95 prisoners", "the soldiers regained their freedom"):
the exchange or the taking is the incident, no town changed hands. The handover of the exchanged is too: a
word of taking that describes them ("the captured soldiers were returned", "defenders who had been
captured"), custody taken over ("took over the custody of 250 fighters"), a bare "handover" in a story of
people held, and a handover whose object is people or the dead ("the handover of 909 bodies", in any story)
(round 13c). Relies on: the trigger's token in a parsed Doc
and the mention's type and counts. Word lists: ``data/en/eventness.yaml``; the types of freeing:
``frees_people`` in ``data/incident_kinds.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Token

from sitreps.annotate.quantities import counting_lexicon
from sitreps.extract.counts import KILLED
from sitreps.extract.english import words
from sitreps.extract.governing_verb import VERB_TAGS, governing_verb
from sitreps.extract.kinds_file import type_list
from sitreps.extract.of_objects import OF, of_objects
from sitreps.extract.taxonomy import load_taxonomy
from sitreps.models import EventMention

LISTS = "eventness"
NOUN_CLASSES = "noun_classes"  # data/en/noun_classes.yaml, from WordNet
CLAUSE_LISTS = "extract_clauses"  # the "the" of a scene's noun
# The types that can be an operation after a taking: an extraction or rescue, and forces sent.
RESCUE_TYPES = frozenset({"special_operation", "mobilisation"})
# How a purpose hangs on an operation or its verb: "deployed to free" (xcomp, advcl), "an operation
# to rescue" (acl, relcl), "an operation for the release of" (prep).
PURPOSE_DEPS = frozenset({"xcomp", "advcl", "acl", "relcl", "prep"})
# How the word of a purpose governs what it frees or finds: "secure the release" (dobj), "search for"
# (prep), "rescue operation" (compound, on the operation's own word).
INNER_DEPS = frozenset({"dobj", "prep", "pobj", "compound", "amod"})
# spaCy's entity labels of a day or an hour: a phrase of them dates a deployment, it gives it no aim.
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# How the freed hang on a word of freeing: "liberated 103 soldiers" (dobj), "the soldiers were liberated"
# (nsubjpass), "regained their freedom" (dobj).
FREED_DEPS = frozenset({"dobj", "nsubjpass"})
# How a word of freeing or taking describes the people it names: "the captured soldiers were returned"
# (amod), "the fighters freed under the deal" (acl): the people, not ground, are what changed hands.
DESCRIBING_DEPS = frozenset({"amod", "acl"})
# The lexicon's type of a trade of people held: its words tell the story holds people ("the swap", "exchanged").
EXCHANGE_TYPE = "prisoner_exchange"
# How a noun is made a thing of its own: "the exchange", "a prisoner exchange", "the third exchange".
SPECIFYING_DEPS = frozenset({"det", "compound", "amod", "poss", "nummod"})
# Penn tags of relative pronouns: "who" (WP), "that", "which" (WDT).
RELATIVE_TAGS = frozenset({"WP", "WDT"})


def _tells_a_taking_elsewhere(trigger: Token, held: bool = False) -> bool:
    """A word of abduction or hostage-taking, or a verb of seizing whose object is people, in another
    sentence than the operation's: the taking is then told as an incident of its own, and the
    operation is its aftermath. A sentence that tells only the rescue ("special forces carried out an
    operation to rescue the hostages") names the hostages to say what was done, and stays the event.
    ``held``: a word of people held ("exchanged 95 prisoners", "captivity") counts as a taking too."""
    taking, seizing = words(LISTS, "taking_lemmas"), words(LISTS, "seizing_lemmas")
    if held:
        taking = taking | words(LISTS, "held_lemmas")
    persons, _ = counting_lexicon()
    sentence = trigger.sent
    return any(t.lemma_.lower() in taking or (held and tells_an_exchange(t)) or (t.lemma_.lower() in seizing and any(
        c.dep_ == "dobj" and c.lemma_.lower() in persons for c in t.children))
        for t in trigger.doc if not sentence.start <= t.i < sentence.end)


@cache
def _exchange_words() -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's words of a prisoner exchange ("swap", "exchange") and what they must not trade (fire, views)."""
    triggers = load_taxonomy().get(EXCHANGE_TYPE).triggers
    return frozenset(triggers.verbs) | frozenset(triggers.nouns), frozenset(triggers.exclude)


def tells_an_exchange(token: Token) -> bool:
    """A word of exchange that trades no fire or views ("brought home 103 soldiers in an exchange", "the third
    swap of the truce"; not "exchanged fire", "an exchange of fire", "the exchange rate"): people held are traded."""
    lemmas, vetoes = _exchange_words()
    if token.lemma_.lower() not in lemmas or token.dep_ == "compound":
        return False
    traded = [c for c in token.children if c.dep_ == "dobj"] + of_objects(token)
    return not any(c.lemma_.lower() in vetoes for c in traded)


def bare_exchange_marker(token: Token) -> bool:
    """A bare "in exchange (for)" links the two sides' releases; it names no swap of its own ("in a prisoner
    exchange" and "the exchange" do, with a word that specifies them)."""
    return token.dep_ == "pobj" and not any(c.dep_ in SPECIFYING_DEPS for c in token.children)


def _purpose_words(trigger: Token) -> Iterator[Token]:
    """The trigger, its purpose clauses or phrases and theirs and their words of freeing: two levels
    below the operation, as "to secure the release of the hostages" nests no deeper."""
    for anchor in {trigger, governing_verb(trigger)}:
        yield anchor
        for child in anchor.children:
            if child.dep_ in INNER_DEPS - {"prep"}:
                yield child
            if child.dep_ in PURPOSE_DEPS:
                yield child
                for inner in child.children:
                    if inner.dep_ in INNER_DEPS:
                        yield inner
                        yield from (g for g in inner.children if g.dep_ in INNER_DEPS)


def _follows_a_taking(trigger: Token) -> bool:
    """Forces sent after a taking ("deployed after the kidnapping") or to its scene ("deployed to the
    area", "in the forest"): a preposition of aftermath whose object is a taking, or one of place
    whose object is a definite noun of a scene."""
    after, taking = words(LISTS, "aftermath_prepositions"), words(LISTS, "taking_lemmas")
    into, scenes = words(LISTS, "scene_prepositions"), words(LISTS, "scene_nouns")
    definite = words(CLAUSE_LISTS, "scene_determiners")
    for anchor in {trigger, governing_verb(trigger)}:
        for prep in (c for c in anchor.children if c.dep_ == "prep"):
            for target in (g for g in prep.children if g.dep_ == "pobj"):
                lemma = target.lemma_.lower()
                if prep.lower_ in after and lemma in taking:
                    return True
                if prep.lower_ in into and lemma in scenes and any(
                        d.dep_ == "det" and d.lower_ in definite for d in target.children):
                    return True
    return False


def _names_the_taken(trigger: Token) -> bool:
    """Whether the operation's sentence names freeing or finding, the takers or the taken anywhere besides the
    operation's word ("mobilised and are on the trail of the kidnappers", "a search-and-rescue effort", "deploy
    ... and bring the hostages back"): a purpose the parse hangs deeper than two levels or on a conjoined verb."""
    named = words(LISTS, "rescue_lemmas") | words(LISTS, "taking_lemmas")
    return any(t.lemma_.lower() in named for t in trigger.sent if t.i != trigger.i)


def _sent_with_no_aim(trigger: Token) -> bool:
    """Forces sent with no purpose and no place of their own ("police and soldiers have been deployed", "the army
    deployed troops", "were deployed on Friday"): a verb of sending with no clause or phrase of purpose or
    place hung on it, a phrase of its day aside. Told beside a
    taking, they answer it; a deployment of its own says where or what for ("to Borno State to fight")."""
    return trigger.pos_ in VERB_TAGS and not any(c.dep_ in PURPOSE_DEPS and not _of_time(c) for c in trigger.children)


def _of_time(phrase: Token) -> bool:
    """A phrase that only dates the sending ("deployed on Friday"): its object is a date or a time, no aim."""
    objects = [g for g in phrase.children if g.dep_ == "pobj"]
    return phrase.dep_ == "prep" and bool(objects) and all(g.ent_type_ in TIME_ENTITIES for g in objects)


@cache
def _people_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Persons (the counting lexicon, WordNet's persons such as "defenders", and the dead an exchange returns,
    "909 bodies"), the held ("prisoners", "captivity"), and all that names people freed or handed over (their
    freedom, their custody, "the released")."""
    counted, _ = counting_lexicon()
    persons = counted | words(NOUN_CLASSES, "persons") | words(LISTS, "remains_nouns")
    held = words(LISTS, "held_lemmas")
    people = persons | held | words(LISTS, "freedom_nouns") | words(LISTS, "custody_nouns")
    return persons, held, people | words(LISTS, "freed_nominals")


def _names_people(noun: Token, persons: frozenset[str], people: frozenset[str]) -> bool:
    """A noun that names people ("the soldiers", "their freedom", "the released") or a share of them ("103 of our
    soldiers", "most of the soldiers")."""
    return noun.lemma_.lower() in people or noun.lower_ in people or any(
        p.lower_ == OF and any(g.lemma_.lower() in persons for g in p.children) for p in noun.children)


def _frees_people(trigger: Token) -> bool:
    """Whether a word of freeing or taking frees or hands over people, not ground: its object or passive subject
    is people, their freedom or their custody ("liberated 103 of our soldiers", "the soldiers were liberated",
    "regained their freedom", "took over custody of 250 fighters"), it frees from being held ("liberated from
    Russian captivity"), it describes the people it names ("the captured soldiers were returned"), the taking is
    told from the side of the taken ("most of the soldiers fell into the hands of"), or the held move
    ("the released prisoners crossed back ... without a fight")."""
    persons, held, people = _people_words()
    if (trigger.dep_ in DESCRIBING_DEPS or _passive_relative(trigger)) and any(
            n.lemma_.lower() in persons | held for n in _described(trigger)):
        return True
    if trigger.lemma_.lower() in words(LISTS, "handover_nouns"):
        return not of_objects(trigger)  # "the handover took place": what the story handed over
    undergoing, away = words(LISTS, "undergoing_verbs"), words(LISTS, "release_prepositions")
    freed = words(LISTS, "freed_nominals")
    for anchor in {trigger, governing_verb(trigger)}:
        for child in anchor.children:
            taken_subject = child.dep_ == "nsubj" and anchor.lemma_.lower() in undergoing and any(
                _names_people(n, persons, people) for n in _subject_nouns(child))
            moving = child.dep_ == "nsubj" and (child.lemma_.lower() in held or child.lower_ in freed)
            if taken_subject or moving:
                return True
            if child.dep_ in FREED_DEPS and _names_people(child, persons, people):
                return True
            if child.dep_ == "prep" and child.lower_ in away and any(g.lemma_.lower() in held for g in child.children):
                return True
    return False


def _passive_relative(trigger: Token) -> bool:
    """A passive relative clause on the noun it describes ("defenders of Mariupol who had been captured"): its
    subject is a relative pronoun, so what was taken is the noun the clause hangs on."""
    return trigger.dep_ == "relcl" and any(
        c.dep_ == "nsubjpass" and c.tag_ in RELATIVE_TAGS for c in trigger.children)


def _described(trigger: Token) -> list[Token]:
    """The noun a describing word hangs on, and the noun that one belongs to through "of" when the parse hangs
    the clause on the nearer noun ("defenders of Mariupol who had been captured": Mariupol, defenders)."""
    noun = trigger.head
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == OF else None
    return [noun] if owner is None else [noun, owner]


def _subject_nouns(subject: Token) -> list[Token]:
    """A subject and, for a relative pronoun ("the men, who had been under the control of"), the noun its clause
    hangs on."""
    clause = subject.head
    if subject.tag_ in RELATIVE_TAGS and clause.dep_ == "relcl":
        return [subject, clause.head]
    return [subject]


def _handover_of_people(trigger: Token) -> bool:
    """A noun of handing over whose object is people or the dead ("the handover of 909 bodies", "the handover of
    the four hostages"): people changed hands, whatever else the story tells, no ground."""
    if trigger.lemma_.lower() not in words(LISTS, "handover_nouns"):
        return False
    persons, held, _ = _people_words()
    handed = of_objects(trigger)
    return bool(handed) and all(g.lemma_.lower() in persons | held or g.lower_ in persons for g in handed)


def is_rescue_of_taken(trigger: Token, mention: EventMention) -> bool:
    """An operation or a deployment to free or find people an abduction in the article took, with no
    toll of its own: the abduction's aftermath, no incident. So is a word of freeing read as ground
    retaken (``frees_people`` of ``data/incident_kinds.yaml``) that frees people the article tells held
    or taken in another sentence: the exchanged prisoners' return is the exchange, not a town regained."""
    if mention.type in type_list("frees_people") and _handover_of_people(trigger):
        return True  # "the handover of 60 corpses": a toll of the dead handed over is no toll of this row
    if any(c.what == KILLED for c in mention.counts):
        return False
    if mention.type in type_list("frees_people"):
        return (
            _frees_people(trigger) and _tells_a_taking_elsewhere(trigger, held=True))
    if mention.type not in RESCUE_TYPES:
        return False
    rescue = words(LISTS, "rescue_lemmas")
    for_the_taken = _follows_a_taking(trigger) or any(t.lemma_.lower() in rescue for t in _purpose_words(trigger)) \
        or _names_the_taken(trigger) or _sent_with_no_aim(trigger)
    return for_the_taken and _tells_a_taking_elsewhere(trigger)  # the article scan last: it reads every token
