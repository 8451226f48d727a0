"""Which sense a verb of two meanings has in its clause: a labour stoppage or an assault, a road
blockade by a crowd or a road closed by police or a landslide.

The lexicon gives the verb "strike" to air strikes, its commonest sense in conflict reporting, yet
"Teachers strike over unpaid salaries" and "dock workers struck at the port" tell a stoppage, which
ACLED codes as a peaceful protest. The parse tells them apart: an assault strikes something ("jets
struck the town") or is done by an armed side or a weapon ("militants struck at a checkpoint",
"drones struck overnight"); a stoppage has no object and working people as its doers. The words
are data (``labour_verbs`` of ``data/en/unrest.yaml``), the people WordNet's persons class.

So with "block": "students blocked the highway" and "growers kept a blockade of the road" tell a
protest, while "police blocked roads" and "a landslide blocked the road" do not (``road_blockade``).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.actor_checks import FORCE_TYPES
from sitreps.extract.english import words
from sitreps.extract.nouns import is_person_noun
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
# The taxonomy type a labour stoppage or a crowd's road blockade is: ACLED codes both as peaceful protests
# unless force is used (the retype rules of that type then read any intervention).
LABOUR_TYPE = "peaceful_protest"


def _doers(verb: Token) -> list[Token]:
    """The verb's subject nouns with their conjuncts ("teachers and nurses struck")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS
                or (c.dep_ == HEADLINE_SUBJECT_DEP and c.i < verb.i)]
    return subjects + [conj for s in subjects for conj in s.conjuncts]


def _working_people(noun: Token) -> bool:
    """People who can down tools: a person noun that names neither an armed side nor the state's forces."""
    lemma = noun.lemma_.lower()
    if lemma in words(LISTS, "armed_side_words") or noun.lower_ in words(LISTS, "armed_side_words"):
        return False
    return is_person_noun(noun) and load_lexicon().generic_nouns.get(fold(lemma)) not in FORCE_TYPES


def labour_stoppage(trigger: Token) -> bool:
    """Whether ``trigger`` is a verb of ``labour_verbs`` told in its labour sense: no object, and every
    doer working people ("doctors went on strike" is a phrase of the lexicon; this reads the verb)."""
    if trigger.pos_ != VERB_POS or trigger.lemma_.lower() not in words(LISTS, "labour_verbs"):
        return False
    if any(c.dep_ in OBJECT_DEPS for c in trigger.children):
        return False
    doers = _doers(trigger)
    return bool(doers) and all(_working_people(d) for d in doers) and not _weapon_before(trigger, doers)


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
    return bool(doers) and all(_working_people(d) for d in doers)
