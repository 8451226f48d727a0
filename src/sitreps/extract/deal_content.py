"""The content of a deal, a demand or a halt: an event noun that names what is asked, not what happened.
And a deal named as a standing thing ("violating the ceasefire"): referred to, not made.

News about an agreement names the acts it provides for ("the accord demands the withdrawal of the
rebels", "the truce calls for the deployment of monitors", "a halt to attacks"), and news about a
demand names what is demanded ("students demanded the withdrawal of troops"). ACLED codes the
agreement or the protest, never the withdrawal it asks or the fighting it halts: such a noun is no
incident. Acts told beside a deal ("fighting broke out despite the truce", "signed a day after
clashes") hang from it by a word of time or cause and stay incidents; only an object, or the object
of a preposition of content ("call for", "agreed to", "a halt to"), is content.

Only nouns are judged: a verb under a deal ("the rebels agreed to withdraw") is folded into the deal
by ``extract.consolidate``. Relies on: the trigger's token in a parsed Doc and the mention's type.
Word lists: ``data/en/eventness.yaml``, ``demand_object_prepositions`` in ``data/en/extract_senses.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words

LISTS = "eventness"
SENSE_LISTS = "extract_senses"
# Types that are deals themselves: "agreed to a ceasefire" tells the deal, so agreeing and halting
# words take out only other types. A demand takes out any type ("called for a ceasefire" is no truce).
DEAL_TYPES = frozenset({"agreement", "ceasefire", "negotiation", "prisoner_exchange"})
# Families whose call is their organising: "opposition parties called for mass protests" tells the
# protest with its organiser as the first actor (ACLED's usage; tests/extract/test_protest_callers.py).
ORGANISED_FAMILIES = frozenset({"protest", "riot"})
# How an event noun is the object of its governor ("demanded the withdrawal", "the red lines, in
# particular the withdrawal"); a subject or an adjunct is not content.
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})
# How one item of a list of terms hangs on the first ("the withdrawal of troops and the deployment").
LIST_DEPS = frozenset({"conj", "appos"})
# The dependency labels of a preposition ("called for", "followed by"); which prepositions lead to
# content is English data (``content_prepositions``: "after", "despite", "amid" tell acts beside a deal).
PREPOSITION_DEPS = frozenset({"prep", "agent"})
# How a demanded act hangs from the word of demanding: "urged them to withdraw" (xcomp), "demanded
# that troops leave" (ccomp), "called on the army to stop shelling" (xcomp of an xcomp).
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
# How many words a content noun may hang under before the word that asks for it: its own governor,
# then two nouns of a list ("the red lines, including the withdrawal"; "the withdrawal of the rebels,
# followed by the deployment of the army"), as such chains in news copy seldom nest deeper.
MAX_HOPS = 3
# The preposition by which a list of terms goes on from a noun that asks for nothing itself ("the
# measures, including the deployment"); any other ("justice for the killing") ends the walk.
LISTING = "including"


def _governor(token: Token) -> tuple[Token, str] | None:
    """The word ``token`` is the content of, and the preposition it hangs by ("" for an object)."""
    while token.dep_ in LIST_DEPS and token.head.pos_ in ("NOUN", "PROPN") and token.head.i != token.i:
        token = token.head
    if token.dep_ in OBJECT_DEPS:
        return token.head, ""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ in PREPOSITION_DEPS and head.lower_ in words(LISTS, "content_prepositions"):
        return head.head, head.lower_
    return None


def _asks(governor: Token, via: str, type_id: str) -> bool:
    """Whether ``governor`` makes what it governs by ``via`` a demand, a term or a halt."""
    lemma = governor.lemma_.lower()
    noun = governor.pos_ in ("NOUN", "PROPN")
    objects = via == "" or via in words(SENSE_LISTS, "demand_object_prepositions")
    if lemma in words(LISTS, "demand_lemmas") and (objects or (noun and via == "for")):
        return True  # "demanded the withdrawal", "insisted on", "demands for"; not "demanded justice for the killing"
    if via == "for" and lemma in words(LISTS, "demand_for_lemmas"):
        return True
    if type_id in DEAL_TYPES:
        # "talks on a ceasefire", "negotiations over a truce": the deal is what is negotiated, not yet made
        return noun and lemma in words(LISTS, "negotiation_nouns") and via in words(LISTS, "deal_prepositions")
    if lemma in words(LISTS, "agreeing_lemmas") or (noun and lemma in words(LISTS, "terms_nouns")):
        return True
    if noun and via:
        if lemma in words(LISTS, "halt_nouns") and via in words(LISTS, "halt_prepositions"):
            return True  # "a halt to attacks", "a cessation of hostilities"
        if lemma in words(LISTS, "deal_nouns") and via in words(LISTS, "deal_prepositions"):
            return True  # "a deal on the release of hostages", "talks over the withdrawal"
    return lemma in words(LISTS, "terms_verbs") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in words(LISTS, "deal_nouns") for c in governor.children)


def is_standing_deal(trigger: Token, type_id: str) -> bool:
    """A deal named as a standing thing that is kept, broken or put at risk ("a threat to the peace
    accord", "violating the ceasefire", "implementing the agreement"): referred to, not made. As the
    subject ("the ceasefire agreed on Monday was violated") it may be the news and stays."""
    if type_id not in DEAL_TYPES or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    found = _governor(trigger)
    return found is not None and found[0].lemma_.lower() in words(LISTS, "standing_deal_lemmas")


def is_urged(trigger: Token) -> bool:
    """An act a speaker urges on a side ("urged the rebels to withdraw", "called on the army to stop
    shelling", "demanded that troops leave"): the verb, or a verb it is the complement of, is the
    complement of a word of demanding. An act done despite a demand is told by a verb of its own."""
    token = trigger
    while token.dep_ in COMPLEMENT_DEPS and token.head.i != token.i:
        token = token.head
        lemma = token.lemma_.lower()
        demanding = words(LISTS, "demand_lemmas") | words(LISTS, "demand_for_lemmas")
        if token.pos_ == "VERB" and lemma in demanding:
            return True
    return False


def is_deal_content(trigger: Token, type_id: str, family: str) -> bool:
    """An event noun a deal provides for, a demand asks or a halt stops, or an act urged on a side:
    no incident of its own. A protest called for is the caller's own act and stays."""
    if family in ORGANISED_FAMILIES:
        return False
    if trigger.pos_ in ("VERB", "AUX"):
        return is_urged(trigger)
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    token = trigger
    for _ in range(MAX_HOPS):
        found = _governor(token)
        if found is None:
            return False
        governor, via = found
        if _asks(governor, via, type_id):
            return True
        if governor.dep_ == "acl" and governor.pos_ == "VERB":
            token = governor.head  # "the withdrawal ..., followed by the deployment": the list goes on
        elif via == LISTING and governor.pos_ in ("NOUN", "PROPN"):
            token = governor
        else:
            return False
    return False
