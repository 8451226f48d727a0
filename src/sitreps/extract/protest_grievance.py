"""A killing a protest is held over is its grievance, not its outcome: "students marched to mark one year since
police shot dead 14 protesters", "relatives rallied to demand justice for demonstrators killed by soldiers",
"thousands marched against the crackdown that killed 49", "crowds took to the streets, angered by the killing of
students in last month's crackdown".

A peaceful protest whose toll is protesters killed by a doer takes the killing's type, excessive force
(``extract.consequences``), and a crackdown word bound to a protest word merges into its incident
(``extract.consolidate``); yet a killing or a crackdown inside the protest's grievance is what the crowd
protests, told of an earlier day, and the march itself met no force (ACLED: peaceful protest; issue #13
"Types", peaceful protests coded as excessive force). The grievance is the protest word's infinitive purpose
clause ("to mark", "to demand"), its phrase of "against" or "over", or a participle of grievance hanging on it
("angered by", "sparked by", "denouncing"). A killing told beside the march ("marched until police opened
fire, killing two") stands in none of them. A protest noun that is its clause's subject or object hangs its
grievance on the clause's verb ("the rally was held to mark a year since ...", "students staged a sit-in to
demand justice for ..."), so that verb holds it too; and a clause or phrase of "after", "following" or "since"
on the protest word tells the earlier event it answers ("villagers blocked the road after soldiers killed a
farmer"), which ACLED codes apart from the protest (round 23, issue #13 "Types").

Relies on: spaCy's dependency parse (the word's governors up to the protest word). The prepositions and
verbs are data (``grievance_prepositions``, ``grievance_verbs`` in data/en/unrest.yaml).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sitreps.extract.english import words

LISTS = "unrest"
# spaCy's English labels of a clause that adds to its verb, and the tag of the infinitive's "to".
CLAUSE_DEPS = frozenset({"advcl", "xcomp"})
INFINITIVE_TAG = "TO"
PREPOSITION_DEP = "prep"
# A participle hanging on the protest word: "took to the streets, [angered by ...]", "protests [sparked by ...]".
PARTICIPLE_DEPS = frozenset({"advcl", "acl", "xcomp"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
# How a protest noun hangs on the verb that tells it happened: "[the protest] was held", "staged [a sit-in]".
CARRIER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
ADVERBIAL_DEP = "advcl"  # "blocked the road [after soldiers killed a farmer]"
MARKER_DEP = "mark"  # the "after" of that clause
SPAN_DEP = "npadvmod"  # "[hours] after police fired": a span measuring the clause


def _holders(protest: Token) -> frozenset[int]:
    """The protest word and, for a protest noun that is its verb's subject or object, that verb: the words
    a grievance clause may hang on."""
    if protest.pos_ in NOUN_POS and protest.dep_ in CARRIER_DEPS and protest.head.i != protest.i:
        return frozenset({protest.i, protest.head.i})
    return frozenset({protest.i})


def in_grievance(protest: Token, word: Token) -> bool:
    """Whether ``word`` stands inside the grievance of ``protest`` (module docstring); the clause's own verb
    does not ("took to the streets to protest": the protest is the march, not what it is about)."""
    holders = _holders(protest)
    token = word
    while token.i != token.head.i:
        if token.head.i in holders:
            return _answered(token, protest) or (token.i != word.i and _grievance(token))
        token = token.head
    return False


def grievance_apart(head: Token, heads: Sequence[Token], protests: frozenset[int]) -> frozenset[int]:
    """The event words of ``head``'s sentence that a grievance sets apart from it: those inside its grievance
    when it is a protest word (``protests``: their token indices), the protest words whose grievance holds it."""
    sentence = head.sent
    others = [o for o in heads if o.i != head.i and sentence.start <= o.i < sentence.end]
    held = [o for o in others if head.i in protests and in_grievance(head, o)]
    holding = [o for o in others if o.i in protests and in_grievance(o, head)]
    return frozenset(o.i for o in held + holding)


def _answered(step: Token, protest: Token) -> bool:
    """A clause or phrase that tells what the protest answers: on the protest word itself, one of an event
    before it ("villagers blocked the road after soldiers killed a farmer", "marches following the killing of
    a student"), not on the verb a protest noun hangs on ("the protest turned violent after police opened
    fire" tells the protest's own course); on either, a clause a grievance preposition opens, as the parse
    reads some ("held a vigil [for two fishermen shot dead by ...]")."""
    opening = [c.lower_ for c in step.children if c.dep_ == MARKER_DEP] if step.dep_ == ADVERBIAL_DEP else []
    if any(w in words(LISTS, "grievance_prepositions") for w in opening):
        return True
    if step.head.i != protest.i or _measured(step):
        return False
    markers = words(LISTS, "answering_markers")
    return step.lower_ in markers if step.dep_ == PREPOSITION_DEP else any(w in markers for w in opening)


def _measured(step: Token) -> bool:
    """Whether a span measures the clause or phrase ("hours after police fired tear gas at them"): a span of
    hours may keep the protest's day and incident, and one of days is ``extract.days_apart``'s."""
    return any(c.dep_ == SPAN_DEP for t in (step, *step.children) for c in t.children)


def _grievance(step: Token) -> bool:
    """An infinitive clause ("to mark", "to demand"), a phrase of grievance ("against", "over") or a
    participle of grievance ("angered by", "sparked by", "denouncing")."""
    if step.dep_ in CLAUSE_DEPS and any(c.tag_ == INFINITIVE_TAG for c in step.children):
        return True
    if step.dep_ == PREPOSITION_DEP:
        return step.lower_ in words(LISTS, "grievance_prepositions")
    return step.dep_ in PARTICIPLE_DEPS and step.tag_ in PARTICIPLE_TAGS \
        and step.lemma_.lower() in words(LISTS, "grievance_verbs")
