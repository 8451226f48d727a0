"""Which sense a word of two meanings has in its clause: a labour stoppage or an assault, a road
blockade by a crowd or a road closed by police or a landslide, a threat or a warning of danger, a
base set up or something else moved, a demonstration or an objection in words.

The lexicon gives the verb "strike" to air strikes, its commonest sense in conflict reporting, yet
"Teachers strike over unpaid salaries" and "dock workers struck at the port" tell a stoppage, which
ACLED codes as a peaceful protest. The parse tells them apart: an assault strikes something ("jets
struck the town") or is done by an armed side or a weapon ("militants struck at a checkpoint",
"drones struck overnight"); a stoppage has no object and working people as its doers. The words
are data (``labour_verbs`` of ``data/en/unrest.yaml``), the people WordNet's persons class.

So with "block": "students blocked the highway" and "growers kept a blockade of the road" tell a
protest, while "police blocked roads" and "a landslide blocked the road" do not (``road_blockade``).
With "establish", "set up" or "move", the object says whether a base was set up ("moved their
headquarters to Kiwanja", not "moved the wounded to Goma": ``set_up_base``). With "warn": "Hezbollah
warned it would strike Israeli cities" tells a threat, "doctors warned the outbreak would spread" a
danger (``warned_harm``). "The ministry protested the arrest" and "oil prices rallied" tell no
demonstration (``other_protest_sense``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sitreps.extract.actor_checks import FORCE_TYPES
from sitreps.extract.english import words
from sitreps.extract.nouns import is_abstract, is_person_noun
from sitreps.extract.of_objects import of_objects
from sitreps.resolve.normalise import fold
from sitreps.resolve.registry_data import load_lexicon

LISTS = "unrest"
VERB_POS = "VERB"
COMMON_NOUN_POS = "NOUN"
SUBJECT_DEPS = frozenset({"nsubj"})
# A title-case headline often parses its subject as a compound of the verb ("Nurses strike in Nairobi").
HEADLINE_SUBJECT_DEP = "compound"
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
STRIKE_POS = frozenset({VERB_POS, COMMON_NOUN_POS, "AUX"})  # a title-case headline tags "strike" any of these
STRIKER_POS = frozenset({COMMON_NOUN_POS, "ADJ"})  # "doctors", "general": not a name ("Israel strikes")
CASE_DEP = "case"  # the possessive "'" or "'s" of "teachers' strike"
DESCRIBING_DEPS = frozenset({"amod", "compound"})  # "striking teachers": a participle before its noun
# The taxonomy type a labour stoppage or a crowd's road blockade is: ACLED codes both as peaceful protests
# unless force is used (the retype rules of that type then read any intervention).
LABOUR_TYPE = "peaceful_protest"
# The type a base set up is, and spaCy's English label of a phrasal verb's particle ("set [up]").
BASE_TYPE = "base_established"
PARTICLE_DEP = "prt"
# The type a warning of the warner's own harm is (the lexicon's "threaten").
THREAT_TYPE = "threat"
TRIGGER_LISTS = "triggers"  # data/en/triggers.yaml: the lists of the threat, base and assault senses
COMPLEMENT_DEPS = frozenset({"ccomp"})  # "warned [that] it would strike": spaCy's English clausal complement
AUX_DEPS = frozenset({"aux"})
POSSESSIVE_DEP = "poss"  # "his fighters would attack": the warner's own men
CHAIN_DEP = "xcomp"  # "would not hesitate to strike", "would continue to attack": the harm verb further on


def _doers(verb: Token) -> list[Token]:
    """The verb's subject nouns with their conjuncts ("teachers and nurses struck")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS
                or (c.dep_ == HEADLINE_SUBJECT_DEP and c.i < verb.i)]
    return subjects + [conj for s in subjects for conj in s.conjuncts]


def working_people(noun: Token) -> bool:
    """People who can down tools: a person noun that names neither an armed side nor the state's forces."""
    lemma = noun.lemma_.lower()
    if lemma in words(LISTS, "armed_side_words") or noun.lower_ in words(LISTS, "armed_side_words"):
        return False
    return is_person_noun(noun) and load_lexicon().generic_nouns.get(fold(lemma)) not in FORCE_TYPES


def labour_stoppage(trigger: Token) -> bool:
    """Whether ``trigger`` is a verb of ``labour_verbs`` told in its labour sense: no object, and every
    doer working people ("doctors went on strike" is a phrase of the lexicon; this reads the verb), or a
    labour word or working people right before it (``strikers_before``)."""
    if strikers_before(trigger):
        return True
    if trigger.pos_ != VERB_POS or trigger.lemma_.lower() not in words(LISTS, "labour_verbs"):
        return False
    if any(c.dep_ in OBJECT_DEPS for c in trigger.children):
        return False
    doers = _doers(trigger)
    return bool(doers) and all(working_people(d) for d in doers) and not _weapon_before(trigger, doers)


def strikers_before(trigger: Token) -> bool:
    """Whether a word of ``labour_verbs`` has working people or a stoppage word right before it ("Doctors
    strike enters third week", "Teachers' strike in its second week", "Nurses strike paralyses hospitals",
    "transport strike"): a labour strike whatever the parse made of it. Headline case breaks the parse
    ("enters" or "paralyses" taken for the object of a verb "strike", "halts" for a noun), yet the word
    before is read alone; armed sides ("militants strike") and weapons ("drone strike") are no strikers.
    Round 21b, issue #13 (fiction)."""
    if trigger.pos_ not in STRIKE_POS or trigger.lemma_.lower() not in words(LISTS, "labour_verbs"):
        return False
    if any(c.dep_ in OBJECT_DEPS and c.lemma_.lower() in words(LISTS, "struck_bargains") for c in trigger.children):
        return False  # "union leaders struck a deal": the other sense, no stoppage
    before = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
    if before is not None and before.dep_ == CASE_DEP and before.i > 0:  # "teachers' strike", "the union's strike"
        before = trigger.doc[before.i - 1]
    if before is None or before.pos_ not in STRIKER_POS:
        return False
    stoppage = words(LISTS, "stoppage_modifiers")
    if before.lower_ in stoppage or before.lemma_.lower() in stoppage:
        return True
    return before.pos_ == COMMON_NOUN_POS and working_people(before)  # not "Israeli strike": a side's adjective


def describes_strikers(trigger: Token) -> bool:
    """Whether a verb of ``labour_verbs`` is a participle describing working people ("police dispersed striking
    teachers", "striking dock workers marched to the port"): the people, not an act of theirs, let alone an air
    strike; the protest they hold is told by its own word. Round 21, issue #13 (fiction)."""
    if trigger.pos_ != VERB_POS or trigger.lemma_.lower() not in words(LISTS, "labour_verbs"):
        return False
    return trigger.dep_ in DESCRIBING_DEPS and trigger.head.i > trigger.i and working_people(trigger.head)


def _weapon_before(trigger: Token, doers: list[Token]) -> bool:
    """Whether a common noun other than its doers stands right before the verb: a title-case headline
    parses "northern Mali drone strikes" or "missile strikes" as a verb whose subject is a noun far
    before ("15 civilians killed in ... drone strikes"), yet the noun before it names the weapon."""
    before = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
    return before is not None and before.pos_ == COMMON_NOUN_POS and all(d.i != before.i for d in doers)


def _counted(noun: Token) -> list[Token]:
    """The people a counting word governs ("hundreds of coca growers": growers), else the noun itself."""
    if noun.lemma_.lower() in words(LISTS, "counting_heads") or noun.pos_ == "NUM":
        return of_objects(noun) or [noun]
    return [noun]


def _routes(token: Token) -> bool:
    """Whether a blocking word acts on a route: its object ("blocked the main highway", a title-case
    headline's "block Belgrade crossroads") or its "of" phrase ("a blockade of the road")."""
    taken = [c for c in token.children if c.dep_ in OBJECT_DEPS] + of_objects(token)
    routes = words(LISTS, "route_nouns")
    return any(t.lemma_.lower() in routes or t.lower_ in routes for t in taken)


def road_blockade(token: Token) -> bool:
    """Whether ``token`` tells a crowd blocking a road: a verb of ``blockade_verbs`` or a noun of
    ``blockade_nouns`` acting on a route noun, whose doers (the verb's subjects, or those of the verb the
    noun is the object of: "maintained a blockade") are all working people. A blocking word with no doer
    named is left alone: "roads were blocked" may be the police's or a landslide's."""
    lemma = token.lemma_.lower()
    if token.pos_ == VERB_POS and lemma in words(LISTS, "blockade_verbs"):
        verb = token
    elif token.pos_ == COMMON_NOUN_POS and lemma in words(LISTS, "blockade_nouns") and token.dep_ in OBJECT_DEPS:
        verb = token.head
    else:
        return False
    if not _routes(token):
        return False
    doers = [p for d in _doers(verb) for p in _counted(d)]
    return bool(doers) and all(working_people(d) for d in doers)


def occupation(token: Token) -> bool:
    """Whether ``token`` tells people occupying a building in protest: a verb of ``occupation_verbs`` whose
    object is an institution's building of ``occupied_places`` ("students occupied the rectorate", "workers
    occupied the factory"), all of whose doers are working people (not "rebels occupied the town hall")."""
    if token.pos_ != VERB_POS or token.lemma_.lower() not in words(LISTS, "occupation_verbs"):
        return False
    places = words(LISTS, "occupied_places")
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in places for c in token.children):
        return False
    doers = [p for d in _doers(token) for p in _counted(d)]
    return bool(doers) and all(working_people(d) for d in doers)


def sensed_type(token: Token, harms: Callable[[str], bool]) -> tuple[str, int] | None:
    """The type a word no lexicon matched tells in its clause's sense, with the end of the words that tell
    it: a crowd's road blockade (a protest), a warning of the warner's own harm (a threat), a base set up
    (the words up to the base's noun, as the taxonomy's phrases "set up a base" span it, so the base is
    no target); None for any other word. ``harms`` says whether a verb lemma tells a violent act."""
    if road_blockade(token) or occupation(token):
        return LABOUR_TYPE, token.i + 1
    if warned_harm(token, harms):
        return THREAT_TYPE, token.i + 1
    base = set_up_base(token)
    return (BASE_TYPE, base.i + 1) if base is not None else None


def other_protest_sense(head: Token, type_id: str) -> bool:
    """Whether a protest word of ``type_id`` is told in its other sense: a body or country objecting in
    words ("the foreign ministry protested the arrest", "Pakistan protested to India", "lodged a protest
    with the UN"), or "rally" as a rise or a gathering of support ("oil prices rallied", "rallied his
    supporters behind the plan", "rallied support": people or an abstraction as its object; the parse
    also makes "outside parliament" an object of a crowd that "rallied outside parliament"). Lists of
    ``data/en/unrest.yaml``; the bodies are the generic actor types."""
    if type_id != LABOUR_TYPE:
        return False
    lemma = head.lemma_.lower()
    if head.pos_ == COMMON_NOUN_POS and lemma in words(LISTS, "objecting_verbs"):
        return head.dep_ in OBJECT_DEPS and head.head.lemma_.lower() in words(LISTS, "lodging_verbs")
    if head.pos_ != VERB_POS:
        return False
    subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    if lemma in words(LISTS, "objecting_verbs"):
        return any(_objecting_body(s) for s in subjects)
    if lemma in words(LISTS, "gathering_verbs"):
        counting = words(LISTS, "counting_heads")
        return any(is_person_noun(o) or is_abstract(o) for o in _objects_of(head)) or any(
            s.pos_ == COMMON_NOUN_POS and not is_person_noun(s) and s.lemma_.lower() not in counting for s in subjects)
    return False


def _objecting_body(subject: Token) -> bool:
    """A country, or a body of the state ("the foreign ministry", "the government"), that objects in words."""
    if subject.ent_type_.lower() in words(LISTS, "objecting_entities"):  # the lists are read lower-cased
        return True
    return load_lexicon().generic_nouns.get(fold(subject.lemma_.lower())) in words(LISTS, "objecting_bodies")


def harm_families() -> frozenset[str]:
    """The taxonomy families whose verbs tell harm done (``harm_families`` of data/en/triggers.yaml)."""
    return words(TRIGGER_LISTS, "harm_families")


def warned_harm(token: Token, harms: Callable[[str], bool]) -> bool:
    """Whether ``token`` is a verb of ``warning_verbs`` whose complement tells the warner's own future
    harm: a clause whose subject is a pronoun of the warner ("it", "they", "his fighters"), with a future
    modal, whose verb (or a verb its "to" chain reaches: "would not hesitate to strike") ``harms`` says is
    a violent act (or one of ``harm_verbs``), or which uses force; or a warning that names the answer
    itself ("vowed a harsh response", "warned of a befitting response"), not another's ("warned of a
    sharp response of the virus"). A warning of what others or things will do ("warned the militia
    would attack the camp", "warned the outbreak would kill hundreds") is no threat."""
    if token.pos_ != VERB_POS or token.lemma_.lower() not in words(TRIGGER_LISTS, "warning_verbs"):
        return False
    answers = words(TRIGGER_LISTS, "retaliation_nouns")
    if any(n.lemma_.lower() in answers and not of_objects(n) for n in (*_objects_of(token), *of_objects(token))):
        return True  # "vowed a harsh response", "warned of serious consequences"
    return any(_own_future_harm(c, harms) for c in token.children if c.dep_ in COMPLEMENT_DEPS)


def _objects_of(verb: Token) -> list[Token]:
    """The verb's direct objects."""
    return [c for c in verb.children if c.dep_ == "dobj"]


def _own_future_harm(clause: Token, harms: Callable[[str], bool]) -> bool:
    """Whether a complement clause tells its subject pronoun's future violent act (``warned_harm``)."""
    if not any(c.dep_ in SUBJECT_DEPS and _warners_own(c) for c in clause.children):
        return False
    if not any(c.dep_ in AUX_DEPS and c.lower_ in words(TRIGGER_LISTS, "future_modals") for c in clause.children):
        return False
    verbs = [clause]
    while (following := next((c for c in verbs[-1].children if c.dep_ == CHAIN_DEP), None)) is not None:
        verbs.append(following)
    objects, named = words(TRIGGER_LISTS, "harm_objects"), words(TRIGGER_LISTS, "harm_verbs")
    return any(harms(v.lemma_.lower()) or v.lemma_.lower() in named
               or any(c.lemma_.lower() in objects for c in _objects_of(v)) for v in verbs)


def _warners_own(subject: Token) -> bool:
    """A subject that is the warner or its men: "it would strike", "his fighters would attack"."""
    own = words(TRIGGER_LISTS, "own_pronouns")
    return subject.lower_ in own or any(p.dep_ == POSSESSIVE_DEP and p.lower_ in own for p in subject.children)


def set_up_base(token: Token) -> Token | None:
    """The noun of ``base_nouns`` heading the direct object (or a conjunct of it) of ``token``, a verb of
    ``setup_verbs``: "established 12 new military posts", "set up a camp", "moved their headquarters"; None
    when there is none. A verb of ``setup_needs_particle`` counts only with its particle ("set up", not
    "set fire to a camp")."""
    lemma = token.lemma_.lower()
    if token.pos_ != VERB_POS or lemma not in words(TRIGGER_LISTS, "setup_verbs"):
        return None
    if lemma in words(TRIGGER_LISTS, "setup_needs_particle") and not any(
            c.dep_ == PARTICLE_DEP and c.lower_ in words(TRIGGER_LISTS, "setup_particles") for c in token.children):
        return None
    objects = [c for c in token.children if c.dep_ == "dobj"]
    bases = words(TRIGGER_LISTS, "base_nouns")
    return next((o for head in objects for o in (head, *head.conjuncts) if o.lemma_.lower() in bases), None)
