"""Which word of a sentence anchors a type the learned model proposes (the hybrid's additions).

The model reads a whole sentence and gives each type a probability; it does not say which
word tells the event. A mention needs one, since the rules read its arguments from the
anchor's slots and the reader sees it as the trigger. The word the model weighs most for
the type is a good guess only among words that can tell an event at all: a content verb, or
a noun that names an act or happening (WordNet's abstract nouns, ``extract.nouns``) or that
a trigger lexicon knows. Copulas and auxiliaries ("two people were injured"), verbs whose
subject is the event ("the attack happened"), participles used as prepositions ("including
a child"), speech verbs that tell rather than act ("said", "revealed that"; not "declared a
state of emergency") for a type that is not itself speech, the people and things that took
part ("police", "shotguns"; see ``anchor`` for "hostage") and names ("Forces", "Kunming")
never anchor one; a name may only in a headline whose tagger calls every word a name, and
only when a lexicon knows it ("Police Detain Dozens").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from sitreps.extract.armed_verbs import sets_up_another_act
from sitreps.extract.english import words
from sitreps.extract.nouns import is_abstract, is_actor_noun
from sitreps.extract.taxonomy_schema import SPEECH_FAMILY, EventType
from sitreps.extract.trigger_match import VERB_TAGS
from sitreps.extract.triggers import title_case
from sitreps.extract.unhappened import halted_act, one_of_many

OBJECT_DEP = "dobj"
CONTENT_VERB = "VERB"  # spaCy tags a main verb VERB and an auxiliary AUX
COMMON_NOUN = "NOUN"
NAME = "PROPN"
# A participle the parse attaches as a preposition ("including", "following") or as an
# adjective ("the Israeli-occupied Golan", "a group linked to"): it describes, it tells no act.
DESCRIBING_DEPS = frozenset({"prep", "amod"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})  # a noun describing another: "[riot] police"
DATE_ENTITIES = frozenset({"DATE", "TIME"})
# Anchor tiers, best first: a word of the type's own lexicon; a content verb, since the rules
# read arguments from a verb's slots; a noun heading the sentence; any other event noun.
OWN_WORD, VERB, ROOT, NOUN = range(4)


def _acts_on_a_thing(verb: Token, taken: frozenset[int]) -> bool:
    """A speech verb with an object that is not a person does something ("declared a state of
    emergency", "announced a blockade"); one that reports a clause or speaks to people tells, and so
    does one whose object the rules read as an event word of their own (``taken``: "the army announced
    a temporary troop withdrawal" tells the withdrawal, which the rules type; round 17)."""
    return any(c.dep_ == OBJECT_DEP and c.pos_ == COMMON_NOUN and not is_actor_noun(c) and c.i not in taken
               for c in verb.children)


def _excluded(token: Token, event_type: EventType) -> bool:
    """A word next to one of the type's excluded lemmas ("heavy rain threatened the harvest", "the coach
    called up three players") tells another sense, for the model's anchor as for a rule trigger
    (``triggers.TriggerFinder._vetoed``; round 15: the model typed both sentences)."""
    exclude = event_type.triggers.exclude
    return bool(exclude) and any(t.lemma_.lower() in exclude for t in (*token.children, token.head))


def _describes_people(token: Token, headline: bool) -> bool:
    """A common noun that modifies a noun of people names what kind they are ("riot police", "protest
    organisers", "strike leaders"), no event, for the model's anchor as for a rule trigger
    (``triggers._reports_event``; round 23, issue #13 "Types": "as riot police deployed" anchored a riot in a
    peaceful protest's headline). A title-case headline is exempt, as there: its parse makes verbs nouns."""
    return token.pos_ == COMMON_NOUN and token.dep_ in MODIFIER_DEPS and is_actor_noun(token.head) \
        and not headline


def _tier(token: Token, event_type: EventType, known: Callable[[str], bool], headline: bool,
          taken: frozenset[int]) -> int | None:
    """The anchor tier of one word for ``event_type``, or None when it cannot tell an event."""
    if not token.is_alpha or token.ent_type_ in DATE_ENTITIES or _excluded(token, event_type) \
            or sets_up_another_act(token) or halted_act(token) or one_of_many(token):
        return None
    if _describes_people(token, headline):
        return None
    lemma = token.lemma_.lower()
    if lemma in event_type.triggers.verbs or lemma in event_type.triggers.nouns:
        if is_actor_noun(token) and token.head.i in taken:  # "attacked protesters": the rules' argument
            return None
        return OWN_WORD if token.pos_ != NAME or headline else None
    if is_actor_noun(token):  # "police", "protesters": who took part, not what happened
        return None
    if token.pos_ == CONTENT_VERB:
        if token.dep_ in DESCRIBING_DEPS or lemma in words("triggers", "empty_verbs"):
            return None
        speech = event_type.family != SPEECH_FAMILY and lemma in words("cues", "speech_verbs")
        return None if speech and not _acts_on_a_thing(token, taken) else VERB
    event_noun = token.pos_ == COMMON_NOUN and (is_abstract(token) or known(lemma))
    if event_noun or (token.pos_ == NAME and headline and known(lemma)):
        return ROOT if token == token.sent.root else NOUN
    return None


def anchor(sentence: Span, event_type: EventType, weight: Callable[[Token], float],
           known: Callable[[str], bool], taken: frozenset[int] = frozenset()) -> Token | None:
    """The word of ``sentence`` that anchors ``event_type``: the best tier's word the model weighs most.

    ``weight`` is the model's evidence for the type in one word; ``known`` says whether any
    type's lexicon holds a lemma; ``taken`` are the words the rules read as triggers. People a
    type's lexicon lists ("hostage", "protester") anchor it only when no rule trigger governs
    them ("took 40 passengers hostage", not "police attacked protesters", whose "protesters"
    are the attack's target). A word the model weighs at zero or less never anchors.
    """
    headline = title_case(sentence)
    best: dict[int, tuple[float, Token]] = {}
    for token in sentence:
        if token.pos_ not in VERB_TAGS and token.pos_ not in (COMMON_NOUN, NAME):
            continue
        tier = _tier(token, event_type, known, headline, taken)
        if tier is None:
            continue
        evidence = weight(token)
        if evidence > 0 and evidence > best.get(tier, (0.0, token))[0]:
            best[tier] = (evidence, token)
    return best[min(best)][1] if best else None
