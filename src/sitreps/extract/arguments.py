"""Who did it to whom: the dependency slots around a trigger and the phrases that fill them.

Slots are named by syntax (``subj``, ``obj``, ``agent``, ``subjpass``,
``poss``, ``mod``, ``prep_<word>``); the taxonomy maps slots to roles per
event type (``EventType.role_for``), so the same parse serves "X attacked Y", "Y was attacked by X",
"X's attack on Y" and "an X attack".

This module reads the slots of one trigger (``trigger_slots``) and what the clause around it adds: the
victims a main clause names for its "when" clause, the undergoer of a subjectless passive. The slot
readers themselves are in ``clause_slots``; the sides of a fight told by its defender in ``defence_sides``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.antecedents import antecedent
from sitreps.extract.clause_slots import inherited_subject, noun_slots, repelled_slots, verb_slots
from sitreps.extract.defence_sides import answers_back, foiled_attacker, fought_back, repelled_by
from sitreps.extract.english import words
from sitreps.extract.gerund_nouns import gerund_noun
from sitreps.extract.repelling import repels
from sitreps.extract.slots import ROLE_LISTS, Slot, usable
from sitreps.extract.undergoing import casualty_verb, undergoes

# Links a subjectless passive verb climbs to the clause it hangs from: "after [12 days of] being abducted"
# (pcomp, prep, pobj), "kidnapped near Gao, the reporter was freed" (advcl).
TAKEN_CLIMB_DEPS = frozenset({"pcomp", "prep", "pobj", "advcl"})
# Steps of that climb: "after 12 days of being held" is four; more would leave the sentence's clause.
TAKEN_CLIMB_STEPS = 5
# Verb tags of a participle or gerund, which borrows its subject from the clause above it.
NON_FINITE_TAGS = frozenset({"VBN", "VBG"})
# Clauses whose events are told apart from the clause they hang from ("officials said", "the town, which").
CLAUSE_BOUNDARY_DEPS = frozenset({"ccomp", "relcl", "acl", "parataxis", "conj"})


def trigger_slots(head: Token, *, fought: bool = False) -> list[Slot]:
    """Every filled slot of a trigger, pronouns and expletives left out.

    ``fought``: the trigger tells a fight, so a verb of defence ("repelled") tells the attack it met.
    """
    if head.pos_ in ("VERB", "AUX") and not gerund_noun(head):  # "came under shelling by X" is a noun
        slots = verb_slots(head)
        # A defence verb with a subject of its own ("its troops were repelling assaults") borrows none from
        # the clause it is reported in: the speaker ("the General Staff did not confirm it, saying ...") is
        # no side, though the swap below makes the verb's own subject a "subjpass".
        own_subject = any(s.name == "subj" for s in slots)
        repelled = repels(head) and (fought or foiled_attacker(head))
        if repelled:
            slots = repelled_slots(slots)
        elif fought and answers_back(head):
            slots = fought_back(slots)
        if not repelled and _subjectless_passive(head):
            slots.extend(_main_clause_undergoer(head))
        elif not any(s.name in ("subj", "agent") for s in slots) and not (repelled and own_subject):
            slots.extend(repelled_by(head) if repelled else inherited_subject(head))
        elif head.dep_ == "acl" and not any(s.name in ("subj", "subjpass") for s in slots):
            slots.extend(_described_undergoer(head))
    else:
        slots = noun_slots(head)
    return usable(slots + _clause_victims(head))


def _described_undergoer(verb: Token) -> list[Slot]:
    """The noun a passive participle with its own agent describes: "two aid workers abducted by militants",
    "a convoy attacked by gunmen" (the workers and the convoy suffered it; the agent did it)."""
    return [s for s in inherited_subject(verb) if s.name == "subjpass"]


def _subjectless_passive(verb: Token) -> bool:
    """A passive verb with no subject of its own, hanging from another clause: "after being detained",
    "kidnapped near Gao, ...". Its inherited subject is whom it happened to, never its doer."""
    if verb.dep_ not in ("pcomp", "advcl") or verb.tag_ != "VBN":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "mark") for c in verb.children):
        return False  # "when they were detained" has its own subject; "killed five people" is active
    return verb.dep_ == "advcl" or any(c.dep_ == "auxpass" for c in verb.children)


def _main_clause_undergoer(verb: Token) -> list[Slot]:
    """The subject of the clause a subjectless passive verb hangs from: "after being abducted by gunmen,
    12 passengers were freed" (the passengers were abducted), "after 12 days of being held, the priest
    returned" (the priest). A clause the parser hung from the wrong verb ("..., the students were freed,
    police said") yields nobody: its speaker was not the one taken."""
    node = verb
    for _ in range(TAKEN_CLIMB_STEPS):
        if node.dep_ not in TAKEN_CLIMB_DEPS or node.head == node:
            return []
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects:
                if node.tag_ in NON_FINITE_TAGS:
                    continue  # "released after being detained, the journalist told ...": climb on
                return []  # a finite verb whose subject the parser lost: the next one up is another's
            if any(c.dep_ in ("ccomp", "parataxis") and verb.i < c.i < subjects[0].i for c in node.children):
                return []  # "after being kidnapped, [the priest returns]", the ministry said: misattached
            return [Slot("subjpass", antecedent(subjects[0]))]
    return []


def _clause_victims(trigger: Token) -> list[Slot]:
    """Whom the casualty verb of the main clause says the event of its "when" clause struck.

    "At least 14 people were killed when a bomber blew himself up", "three soldiers died after their
    vehicle struck a mine": the bombing and the mine's verbs name no victim, the main clause does (a
    passive subject, or the subject of a verb of dying). Reported speech, relative and complement
    clauses in between end the search: what they tell is another clause's.
    """
    clause = trigger
    while clause.dep_ != "advcl":
        if clause.dep_ in CLAUSE_BOUNDARY_DEPS or clause.head == clause:
            return []
        clause = clause.head
    verb = clause.head
    marked = any(c.dep_ in ("mark", "advmod") and c.lower_ in words(ROLE_LISTS, "victim_clause_markers")
                 for c in clause.children)  # the parser makes "when" either
    if not marked or not casualty_verb(verb):
        return []
    return [Slot("subjpass", antecedent(c)) for c in verb.children
            if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and undergoes(verb))]
