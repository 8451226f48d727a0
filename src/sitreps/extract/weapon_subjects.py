"""A fired weapon as the subject of a verb of contact names its own attack: "a drone launched by the RSF hit a
fuel depot", "a missile fired from the sea slammed into a grain terminal", "the depot was hit by a drone".

The taxonomy's phrases ("drone hit", "missile slam") match only when the weapon and the verb are next to each
other; wire copy often hangs a clause on the weapon ("launched by", "fired from", "laden with explosives")
before its verb, and then no trigger was found at all (round 18, issue #14). The parse joins them wherever
they stand. "Strikes hit Kharkiv" names its weapon only by the act: the noun "strike" is an air strike, as the
verb is, unless a modifier makes it a stoppage ("a general strike hit Lagos", "the doctors' strike hit
hospitals": ``stoppage_modifiers`` of data/en/unrest.yaml, or working people; round 21, issue #13). The verbs
and the type of each weapon are data (``weapon_contact_verbs`` and ``weapon_subjects``
in data/en/triggers.yaml). Not "a storm hit the coast" or "the news hit markets": the subject is no weapon.

Relies on: spaCy's dependency parse (subject, passive agent) and lemmas.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from sitreps.extract.senses import working_people
from sitreps.language_data import word_list, word_table

# The slots of the weapon: the verb's subject ("a drone hit"), or the agent of its passive ("was hit by a drone").
SUBJECT_DEPS = frozenset({"nsubj"})
VERB_POS = frozenset({"VERB"})
# spaCy's English labels of a noun's modifiers: "general strike", "the doctors' strike", "nationwide strike".
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


@cache
def _verbs() -> frozenset[str]:
    return frozenset(word_list("triggers", "weapon_contact_verbs"))


@cache
def _weapons() -> dict[str, str]:
    return {str(k): str(v) for k, v in word_table("triggers", "weapon_subjects").items()}


def _doers(verb: Token) -> list[Token]:
    """A verb's subject or passive agent, else that of the verb it is coordinated with: the tagger often
    takes the weapon's participle for the main verb ("a missile [fired] from the sea slammed into": "slammed"
    is then its conjunct)."""
    doers = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    doers += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return doers or (_doers(verb.head) if verb.dep_ == "conj" else [])


def weapon_subject_type(verb: Token) -> str | None:
    """The type id of the weapon that does a verb of contact, or None when its doer is no fired weapon."""
    if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in _verbs():
        return None
    types = {None if _stoppage(d) or _named_weapon(d) else _weapons().get(d.lemma_.lower()) for d in _doers(verb)}
    return types.pop() if len(types) == 1 and None not in types else None


def _named_weapon(doer: Token) -> bool:
    """Whether a doer of ``labour_strike_nouns`` names its weapon in a compound ("an air strike", "a drone
    strike", "a missile strike"): the lexicon's phrases read those as the trigger, which stays on them."""
    return doer.lemma_.lower() in word_list("unrest", "labour_strike_nouns") and \
        any(c.dep_ == "compound" for c in doer.children)


def _stoppage(doer: Token) -> bool:
    """Whether a doer is a labour strike: a noun of ``labour_strike_nouns`` that a stoppage word or working
    people modify ("a general strike", "the teachers' strike")."""
    if doer.lemma_.lower() not in word_list("unrest", "labour_strike_nouns"):
        return False
    modifiers = [c for c in doer.children if c.dep_ in MODIFIER_DEPS]
    stoppage = word_list("unrest", "stoppage_modifiers")
    return any(m.lemma_.lower() in stoppage or m.lower_ in stoppage or working_people(m) for m in modifiers)
