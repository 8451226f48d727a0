"""The sides of a fight its defender or its answer tells: "troops repelled an attack by rebels", "police
foiled an assault by ISWAP fighters", "soldiers fought back at the militants".

ACLED codes the attacker as the first actor whoever prevailed, so these turn the verb's subject into the
attack's target and name the attacker as its doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.clause_slots import inherited_subject, noun_slots
from sitreps.extract.english import words
from sitreps.extract.party_modifiers import names_a_doer
from sitreps.extract.slots import DOER_SLOTS, ROLE_LISTS, Slot


def answers_back(verb: Token) -> bool:
    """A fight "back" answers an attack: "police fought back", "troops hit back at the militants". Not
    an advance ("fought its way back into the town": an object, and "back" with a way of its own)."""
    return not any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ in ("advmod", "prt") and c.lower_ in words(ROLE_LISTS, "response_particles")
        and not any(g.dep_ == "prep" for g in c.children) for c in verb.children)


def fought_back(slots: list[Slot]) -> list[Slot]:
    """The slots of a fight back: its subject is the attack's target, whom it fought back at or against
    the attack's doer, as ACLED codes the attacker first whoever prevailed."""
    at = {f"prep_{p}" for p in words(ROLE_LISTS, "response_prepositions")}
    return [Slot("subjpass", s.head) if s.name == "subj" else Slot("subj", s.head) if s.name in at else s
            for s in slots]


def foiled_attacker(verb: Token) -> bool:
    """A verb of defence whose object is an assault with its doer named ("foiled an attack by ISWAP
    fighters on a base") tells that attack whatever type the sentence was given; "police foiled a bomb
    plot" names no attacker and stays the foiling. The "by" phrase may hang on the verb ("thwarted an
    assault by JNIM gunmen"): an active verb of defence takes none of its own. A passive's subject is its
    object ("a militant attack on a police post was repelled")."""
    assaults = words(ROLE_LISTS, "assault_words")
    objects = [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in assaults]
    by_verb = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in words(ROLE_LISTS, "agent_prepositions")
               for p in c.children if p.dep_ == "pobj" and names_a_doer(p)]
    return bool(objects) and (bool(by_verb) or any(s.name in DOER_SLOTS for o in objects for s in noun_slots(o)))


def repelled_by(verb: Token) -> list[Slot]:
    """Who repelled, when the verb names nobody: the subject it shares ("troops arrived and repelled the
    assault") met the attack. A passive ("the assault was repelled, the army said") shares nobody's: the
    speaker of the clause it hangs from is no side."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    return [Slot("subjpass", s.head) for s in inherited_subject(verb)]
