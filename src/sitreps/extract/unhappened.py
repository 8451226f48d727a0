"""Event words that tell no event of their own inside a sentence that tells another (round 16, issues #13/#14
"Types", whole-article fiction ``benchmarks/gold/detection/batch9.jsonl``).

A trigger word can name an act that did not happen: one a halting verb stops or puts off ("the government
will pause air raids", "suspended drone strikes"), a weapon listed in a cache that was found ("uncovered a
cache of weapons, including mortar rounds"), the act a demand, threat or offer asks for or warns of
("demanded the release of all hostages"), or the demand a protest makes ("marched to demand ..."), whose
protest is the event. Each check reads only the trigger's own token and the tokens it hangs on, so it is
cheap; ``extract.triggers`` drops the rule triggers and ``extract.model_triggers`` refuses the model's anchors.
Word lists: ``halting_verbs`` and ``listing_words`` in ``data/en/triggers.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.language_data import word_list

VERB_TAGS = frozenset({"VERB", "AUX"})
# The objects of a verb, as spaCy's English parse labels them.
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# What a halting verb takes: its object ("pause air raids") or the act it stops ("agreed to halt fighting").
HALTED_DEPS = frozenset({"dobj", "xcomp"})
# A protest's purpose hangs on its verb or noun: "marched to demand" (advcl), "rallied calling for" (advcl),
# "a march to demand" (acl), "gathered to demand" (xcomp).
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl"})
DEMAND_TYPE = "demand"
PROTEST_FAMILY = "protest"
# The type whose noun ("a cache of weapons") holds the weapons found: they are no attack of their own.
CACHE_TYPE = "disrupted_weapons_use"
# The speech acts that ask for or warn of an act to come: what is demanded, threatened or offered has not
# happened ("demanded the release of all hostages", "threatened attacks on convoys"). Other speech acts
# report an event of their own ("denied the attack").
WANTING_TYPES = frozenset({"demand", "threat", "offer_of_support"})


def halted_act(token: Token) -> bool:
    """Whether the word is the object or complement of a halting verb ("will pause air raids", "suspended
    drone strikes"): an act stopped or put off, not one that happened."""
    governor = token.head
    return (governor.pos_ in VERB_TAGS and governor.lemma_.lower() in word_list("triggers", "halting_verbs")
            and in_object(token, governor, HALTED_DEPS))


def in_cache(token: Token, cache: Token, cache_type: str) -> bool:
    """Whether the weapon is inside a cache's phrase, or listed by "including" hung on the cache's verb
    ("uncovered a cache of weapons in a farmhouse, including mortar rounds")."""
    if cache_type != CACHE_TYPE or cache.pos_ not in {"NOUN", "PROPN"} or token is cache:
        return False
    if token in cache.subtree:
        return True
    listing = token.head
    return listing.lemma_.lower() in word_list("triggers", "listing_words") and listing.head in (cache, cache.head)


def protest_purpose(token: Token, type_id: str, governor_family: str | None) -> bool:
    """Whether a demand is told as what a protest wants: "marched through the capital to demand the release
    of ...", "rallied on Monday calling for an end to ...". The protest is the event; its demand is its
    claim, not a second row (the gold heldout's demands had precision 0.20)."""
    return type_id == DEMAND_TYPE and token.dep_ in PURPOSE_DEPS and governor_family == PROTEST_FAMILY


def wanted(governor_type: str) -> bool:
    """Whether an object of this speech act's trigger is an act asked for or warned of, not one told."""
    return governor_type in WANTING_TYPES


def in_object(token: Token, verb: Token, deps: frozenset[str] = OBJECT_DEPS) -> bool:
    """Whether ``token`` lies inside one of ``verb``'s objects."""
    return any(token.i in {t.i for t in o.subtree} for o in verb.children if o.dep_ in deps)
