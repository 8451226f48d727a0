"""The clause that sets a trigger's scene, and whether a locative hangs in it.

Split out of :mod:`sitreps.extract.places` (round 24): finding an event's place phrases, its struck sites
and a round-up's places all ask in which verb's clause the trigger's act happened ("a bomb went off near a
van in Quetta" is the bomb's) and whether a preposition hangs in that clause rather than in a subordinate
clause of its own ("urged X to put pressure on Israel").

Relies on: the dependency parse; the casualty verbs and ``affect_verbs``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.annotate.quantities import counting_lexicon
from sitreps.extract.english import words

# A noun trigger's clause is its verb's: "a bomb went off near a van in Quetta".
CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# A locative inside a clause of its own below the trigger places that clause's act
# ("urged X to put pressure on Israel"), not the trigger's.
SUBORDINATE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "relcl"})
# Dependencies of a clause's own subject: a finite verb without one is no clause of its own.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def scene(trigger: Token) -> Token:
    """The word whose clause sets the trigger's scene.

    A noun trigger's verb ("a bomb went off near a van in Quetta", "was stormed by rioters"); the main
    verb of a participle that tells the same act's outcome ("a strike hit a house in Nabatieh, killing three").
    """
    if trigger.dep_ in CLAUSE_DEPS and trigger.head.pos_ in ("VERB", "AUX"):
        return trigger.head
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "agent" and trigger.head.head.pos_ == "VERB":
        return trigger.head.head  # "a town hall in X was targeted by rioters": the passive verb's scene
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and not any(c.dep_ == "mark" for c in trigger.children):
        return trigger.head
    return trigger


def on_trigger_path(pobj: Token, trigger: Token) -> bool:
    """Whether the place's preposition hangs in the trigger's clause (not in a subordinate clause)."""
    attached = pobj.head.head
    anchor = scene(trigger)
    if attached in (trigger, anchor) or attached in trigger.ancestors:
        return True
    path: list[Token] = []
    for token in [attached, *attached.ancestors]:
        if token == anchor:
            return not any(t.dep_ in SUBORDINATE_DEPS and not _same_act(t) for t in path)
        path.append(token)
    return False


def _same_act(clause: Token) -> bool:
    """A "when"/"as" clause tells how the trigger's act happened: "killed when a drone hit a market near X";
    a participle of harm tells what it did: "drones struck Kharkiv region, hitting a depot in Chuhuiv";
    a past-tense verb with no subject and no marker of its own is the main verb of a reduced relative
    the parse hung below it ("Rockets fired from Gaza landed in Ashkelon": the rockets landed there)."""
    if clause.dep_ != "advcl":
        return False
    if told_how(clause):
        return True
    if any(c.dep_ == "mark" for c in clause.children):
        return False
    return (clause.tag_ == "VBG" and _harms(clause)) or (
        clause.tag_ == "VBD" and not any(c.dep_ in SUBJECT_DEPS for c in clause.children))


def told_how(clause: Token) -> bool:
    """Whether an adverbial clause is marked by a word of one act ("when", "as": ``same_act_markers``)."""
    return any(c.lower_ in words("places", "same_act_markers") for c in clause.children)


def _harms(verb: Token) -> bool:
    """Whether a verb tells harm done (the casualty verbs and ``affect_verbs``): "killing", "hitting"."""
    _, casualties = counting_lexicon()
    lemma = verb.lemma_.lower()
    return lemma in casualties or lemma in words("actor_roles", "affect_verbs")
