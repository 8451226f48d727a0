"""The attack that opened a clash names its sides: who attacked first is ACLED's first actor.

"Fighting broke out in Ituri when CODECO gunmen raided a checkpoint manned by Zaire militiamen",
"heavy clashes erupted after jihadist fighters attacked an army convoy", "clashes erupted after an
attack by bandits on a vigilante camp": the clash word names no side, and the clause that tells the
attack it grew from ("when"/"after"/"as" with a verb of assault in the active voice, or "after" with
an assault noun and its "by" agent) names both. Its doer is the initiator, what it struck (or whoever
held it: "a checkpoint manned by Zaire militiamen") the target.

A clash that names its own sides keeps them, and puts first the side that the opening clause names as
the attacker: "soldiers clashed with militants after the militants stormed a checkpoint" (the clause's
doer shares the head word of the side "with" names). A clause the clash's subject suffered ("after
they were ambushed") is ``extract.answered``'s; a clause that tells no assault ("after talks
collapsed") changes nothing.

Relies on: the dependency parse; words from ``data/en/actor_roles.yaml`` (``assault_words``,
``victim_clause_markers``) and ``data/en/extract_actors.yaml`` (``struck_prepositions``).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.slots import ROLE_LISTS, Slot, usable

# Slots of a clash that name one of its sides: the subject, and the side "with" names.
_OWN_SIDES = ("subj", "prep_with")
# data/en/extract_actors.yaml, whose ``struck_prepositions`` are those of an assault noun that name what it
# struck ("an attack by bandits on a camp").
ACTOR_LISTS = "extract_actors"


def _governor(trigger: Token) -> Token | None:
    """The verb the clash's clauses hang from: the clash verb itself, or the verb its noun is the
    subject of ("fighting broke out", "clashes erupted")."""
    if trigger.pos_ == "VERB":
        return trigger
    if trigger.dep_ == "nsubj" and trigger.head.pos_ in ("VERB", "AUX"):
        return trigger.head
    return None


def _held_by(noun: Token) -> Token:
    """Who holds what was struck, when the phrase says it ("a checkpoint manned by militiamen"), else it."""
    holders = [p for acl in noun.children if acl.dep_ == "acl" for a in acl.children if a.dep_ == "agent"
               for p in a.children if p.dep_ == "pobj"]
    return holders[0] if holders else noun


def _clause_sides(clause: Token) -> list[Slot]:
    """The doer and the struck of an active assault clause ("when CODECO gunmen raided a checkpoint")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children):
        return []
    doers = [c for c in clause.children if c.dep_ == "nsubj"]
    struck = [_held_by(c) for c in clause.children if c.dep_ == "dobj"]
    return [Slot("subj", d) for d in doers] + [Slot("obj", s) for s in struck] if doers else []


def _noun_sides(noun: Token) -> list[Slot]:
    """The "by" agent and the struck of an assault noun ("an attack by bandits on a vigilante camp")."""
    doers = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    prepositions = words(ACTOR_LISTS, "struck_prepositions")
    struck = [_held_by(p) for c in noun.children if c.dep_ == "prep" and c.lower_ in prepositions
              for p in c.children if p.dep_ == "pobj"]
    return [Slot("subj", d) for d in doers] + [Slot("obj", s) for s in struck] if doers else []


def opening_sides(trigger: Token) -> list[Slot]:
    """The sides of the attack a clash grew from, its doer first; [] when no clause tells one."""
    governor = _governor(trigger)
    if governor is None:
        return []
    markers = words(ROLE_LISTS, "victim_clause_markers")
    assaults = words(ROLE_LISTS, "assault_words")
    for child in governor.children:
        marked = any(c.dep_ in ("mark", "advmod") and c.lower_ in markers for c in child.children)
        if child.dep_ == "advcl" and marked and child.lemma_.lower() in assaults:
            sides = usable(_clause_sides(child))
        elif child.dep_ == "prep" and child.lower_ in markers:
            sides = usable([s for p in child.children if p.dep_ == "pobj" and p.lemma_.lower() in assaults
                            for s in _noun_sides(p)])
        else:
            continue
        if sides and sides[0].name == "subj":
            return sides
    return []


def _names_side(doer: Token, side: Token) -> bool:
    """The clause's doer names the clash's side: the same head word ("the militants" of "militants",
    "the gunmen" of "cartel gunmen")."""
    return doer.lemma_.lower() == side.lemma_.lower()


def opened(trigger: Token, slots: list[Slot]) -> list[Slot]:
    """A clash's slots with the sides of the attack that opened it (see the module's docstring)."""
    opening = opening_sides(trigger)
    if not opening:
        return slots
    own = [s for s in slots if s.name in _OWN_SIDES]
    if not own:
        return slots + opening
    doer = opening[0].head
    first = next((s for s in own if s.name != "subj" and _names_side(doer, s.head)), None)
    if first is None:
        return slots
    subjects = [s for s in own if s.name == "subj"]
    swapped = [Slot("subj", first.head)] + [Slot(first.name, s.head) for s in subjects]
    return [s for s in slots if s not in subjects and s is not first] + swapped
