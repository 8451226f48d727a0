"""Event words that tell no event of their own inside a sentence that tells another (round 16, issues #13/#14
"Types", whole-article fiction ``benchmarks/gold/detection/batch9.jsonl``).

A trigger word can name an act that did not happen: one a halting verb stops or puts off ("the government
will pause air raids", "suspended drone strikes"), a weapon listed in a cache that was found ("uncovered a
cache of weapons, including mortar rounds"), the act a demand, threat or offer asks for or warns of
("demanded the release of all hostages"), or the demand a protest makes ("marched to demand ..."), whose
protest is the event. Each check reads only the trigger's own token and the tokens it hangs on, so it is
cheap; ``extract.dropped_triggers`` drops the rule triggers and ``extract.model_triggers`` refuses the model's anchors.
Means of force brought but held back ("police deployed water cannon but did not intervene", round 24) are no
intervention either, nor is what a force is sent to do ("sent troops to fight the militants", round 27), nor the
plural an incident is told to be one of ("in one of several attacks", round 27), nor a weapon found ("a bomb was
recovered at the site", round 29). Word lists: ``halting_verbs``, ``listing_words``, ``staging_verbs``,
``restraint_verbs``, ``sending_verbs`` and ``finding_verbs`` in ``data/en/triggers.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.governing_verb import governing_verb
from sitreps.extract.infinitives import to_infinitive
from sitreps.language_data import word_list

VERB_TAGS = frozenset({"VERB", "AUX"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})
# How a verb form hangs inside a noun phrase as the parse has it ("bomb-making": conj or amod of "bomb").
NOUN_PHRASE_DEPS = frozenset({"conj", "amod", "compound", "npadvmod", "nmod"})
# The objects of a verb, as spaCy's English parse labels them.
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# What a halting verb takes: its object ("pause air raids"), the act it stops ("agreed to halt fighting"), or
# its passive subject ("the transport strike is called off", "the march was postponed").
HALTED_DEPS = frozenset({"dobj", "xcomp", "nsubjpass"})
PARTICLE_DEP = "prt"  # the "off" of "called off"
# A protest's purpose hangs on its verb or noun: "marched to demand" (advcl), "rallied calling for" (advcl),
# "a march to demand" (acl), "gathered to demand" (xcomp).
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl"})
# How means of force hang on the verb that carries them: "deployed water [cannon] trucks" (compound, object),
# "stood by with water [cannon]" (object of a preposition), "water cannon [trucks] were parked" (passive subject).
MEANS_DEPS = frozenset({"compound", "dobj", "pobj", "prep", "nsubjpass", "nsubj"})
MEANS_STEPS = 4  # compound, object, preposition, verb: a longer way up leaves the means' own clause
CONJUNCT_DEP = "conj"  # "deployed water cannon but [did not intervene]"
NEGATION_DEP = "neg"
OWN_OBJECT_DEP = "dobj"  # "but did not use rubber bullets": the negation denies that object only
DEMAND_TYPE = "demand"
PROTEST_FAMILY = "protest"
# "one of several attacks": a plural noun (NNS, NNPS) as the object of "of" hung on "one".
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
OBJECT_OF_PREPOSITION = "pobj"
PARTITIVE_PREPOSITION = "of"
ONE_WORDS = frozenset({"one"})
# How the purpose of a sending verb hangs on it: "sent troops to fight" (advcl or xcomp, as the parse has it),
# its verb bare ("fight", tag VB) and marked by "to" (``extract.infinitives``).
SENT_PURPOSE_DEPS = frozenset({"advcl", "xcomp"})
BARE_VERB_TAG = "VB"
# The type whose noun ("a cache of weapons") holds the weapons found: they are no attack of their own.
CACHE_TYPE = "disrupted_weapons_use"
# The speech acts that ask for or warn of an act to come: what is demanded, threatened or offered has not
# happened ("demanded the release of all hostages", "threatened attacks on convoys"). Other speech acts
# report an event of their own ("denied the attack").
WANTING_TYPES = frozenset({"demand", "threat", "offer_of_support"})


def halted_act(token: Token) -> bool:
    """Whether the word is the object or complement of a halting verb ("will pause air raids", "suspended
    drone strikes"): an act stopped or put off, not one that happened; or means of force held back."""
    governor = token.head
    return (governor.pos_ in VERB_TAGS and _halting(governor) and in_object(token, governor, HALTED_DEPS)) \
        or held_back(token) or sent_to_do(token) or found_item(token)


def found_item(token: Token) -> bool:
    """Whether the word is a thing found or handed over ("a homemade bomb and bomb-making materials were recovered
    at the site", "police found an explosive device in the car"): a word inside the object of the nearest verb above
    it (``extract.governing_verb``, climbing past verb forms inside a noun phrase: "bomb-making materials"), a
    finding verb (``finding_verbs``) names a weapon, not its use. Round 29: a bomb recovered after a clash became
    a second explosion row, and the clash it joined took its remote type (wire part w)."""
    if token.pos_ not in NOUN_TAGS or token.lemma_.lower() in words("triggers", "store_nouns"):
        return False  # "found a stockpile of weapons": the find is the disruption, no attack
    verb = governing_verb(token)
    while verb.pos_ in VERB_TAGS and _inside_noun_phrase(verb):
        verb = governing_verb(verb.head)
    return (verb.pos_ in VERB_TAGS and verb.lemma_.lower() in words("triggers", "finding_verbs")
            and in_object(token, verb))


def _inside_noun_phrase(verb: Token) -> bool:
    """A verb form that is a piece of a noun phrase, not a clause ("bomb-making materials": "making" hangs on
    "bomb"): the climb to the verb whose object holds the word goes past it."""
    return verb.dep_ in NOUN_PHRASE_DEPS and verb.head.pos_ in NOUN_TAGS


def one_of_many(token: Token) -> bool:
    """Whether the word is a plural event noun that the incident of its sentence is told to be one of ("gunmen
    killed 17 villagers ... in one of several attacks that hit the north", "in one of the deadliest attacks
    this year"): it ranks or counts the incident among others, so the sentence's own act is the event and
    the plural tells none of its own (round 27, issue #13 "generic trends")."""
    preposition = token.head
    return (token.tag_ in PLURAL_NOUN_TAGS and token.dep_ == OBJECT_OF_PREPOSITION
            and preposition.lower_ == PARTITIVE_PREPOSITION and preposition.head.lower_ in ONE_WORDS)


def sent_to_do(token: Token) -> bool:
    """Whether the word is the purpose a force is sent for ("Rwanda sent 1,000 soldiers to fight the militants",
    "units were deployed to repel the assault"): a to-infinitive on a sending verb (``sending_verbs``) tells
    what the senders mean the force to do, not a fight that happened; the sending is the event, if any."""
    governor = token.head
    return (token.tag_ == BARE_VERB_TAG and token.dep_ in SENT_PURPOSE_DEPS and governor is not token
            and to_infinitive(token)
            and governor.lemma_.lower() in word_list("triggers", "sending_verbs"))


def _halting(verb: Token) -> bool:
    """A halting verb ("suspended", "cancelled"), or one with its particle ("called off", "put off")."""
    lemma = verb.lemma_.lower()
    if lemma in word_list("triggers", "halting_verbs"):
        return True
    particles = {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == PARTICLE_DEP}
    return bool(particles & set(word_list("triggers", "halting_phrasal_verbs")))


def _carrying_verb(token: Token) -> Token | None:
    """The verb whose phrase holds a noun, through compounds, objects and prepositions ("deployed [water
    cannon] trucks", "stood by with [water cannon]"), or None when the noun hangs on no verb near it."""
    for _ in range(MEANS_STEPS):
        if token.dep_ not in MEANS_DEPS or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in VERB_TAGS:
            return token
    return None


def held_back(token: Token) -> bool:
    """Whether means of force are told as brought but not used: "police deployed water cannon on side streets
    but did not intervene", "water cannon trucks were parked nearby but were not used", "riot police stood by
    with water cannon": the verb that carries them is one of staging (``staging_verbs``), or a conjunct of it
    with no object of its own says, negated, that nobody acted (``restraint_verbs``). A negated conjunct with
    its own object ("used water cannon but did not use live rounds") denies only that object."""
    if token.pos_ in VERB_TAGS:  # "deployed water cannon but did not intervene": the deploying word itself
        means = set(word_list("triggers", "force_means"))
        return restrained(token) and any(t.lemma_.lower() in means for o in token.children
                                         if o.dep_ in OBJECT_DEPS for t in o.subtree)
    verb = _carrying_verb(token)
    if verb is None:
        return False
    return verb.lemma_.lower() in word_list("triggers", "staging_verbs") or restrained(verb)


def restrained(verb: Token) -> bool:
    """Whether a verb has a conjunct with no object of its own that says, negated, that nobody acted
    ("deployed water cannon but did not intervene"): what the verb brought was not used."""
    restraint = word_list("triggers", "restraint_verbs")
    return any(c.dep_ == CONJUNCT_DEP and c.lemma_.lower() in restraint
               and any(n.dep_ == NEGATION_DEP for n in c.children)
               and not any(o.dep_ == OWN_OBJECT_DEP for o in c.children) for c in verb.children)


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
