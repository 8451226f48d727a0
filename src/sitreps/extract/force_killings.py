"""A peaceful protest the state's forces killed people at is excessive force against protesters.

"Police shot dead a 19-year-old student during protests in Kisumu", "at least three people were shot dead
by police as thousands marched", "police beat a protester to death during a sit-in": the lexicon reads the
killing as an attack (its victims are named as a student, as people) or reads only the protest, and the
protest took the toll as a peaceful protest's. ACLED's codebook codes lethal force by the authorities on a
peaceful protest as excessive force against protesters (issue #13 "Types", excessive force coded as an
attack; #14). Two readings, one per stage:

- a casualty word folded into a protest word of its sentence (``extract.consequences``) whose doer is the
  state's forces ("police shot dead", "shot dead by police") makes that protest word excessive force; so does
  a dying word whose cause clause has the forces as its doer ("a student died after being shot by police at a
  rally", "a marcher died when police fired on the crowd"): the subject of "died" is the dead, never the doer;
- a merged peaceful protest whose doers include the state's forces and whose toll counts dead who are not
  the force's own ("two demonstrators died after police fired live bullets at the march") is excessive force.

A crowd that fought back is a violent demonstration: merging ranks that type first, so a riot stays one.
Killers that are no state force ("gunmen shot dead a protester at the rally") leave the protest as it is.

Relies on: spaCy's dependency parse (the casualty word's subject or agent), the registry's generic nouns of
the state's forces, and the ``fatal`` rule of ``protest_with_intervention`` in data/taxonomy.yaml (the
words that name the force's own dead).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sitreps.extract.actor_checks import FORCE_TYPES
from sitreps.extract.english import plain_singular, words
from sitreps.extract.taxonomy import load_taxonomy
from sitreps.extract.unrest import state_force
from sitreps.models import EventMention, Role
from sitreps.resolve.normalise import fold
from sitreps.resolve.registry_data import load_lexicon

PEACEFUL = "peaceful_protest"
EXCESSIVE = "excessive_force_against_protesters"
INTERVENTION = "protest_with_intervention"  # its ``fatal`` rule lists the words of the force's own dead
KILLED = "killed"  # the ``what`` of a count of the dead (data/counting.yaml)
DOER_DEP = "nsubj"  # "police shot dead a student": the killer
AGENT_DEP = "agent"  # "shot dead by police"
CONJUNCT_DEP = "conj"  # "forces shot and killed a woman": "killed" shares the subject of "shot"
# How a dying word takes the clause that tells its cause: "died after being shot by police" (a gerund under
# "after"), "died after he was beaten by police", "died when police opened fire" (an adverbial clause).
CAUSE_CLAUSE_DEPS = frozenset({"advcl", "pcomp"})
CAUSE_PREPOSITION_DEP = "prep"
FIRE_OBJECT = "fire"  # "opened fire on the march": a cause clause of any verb whose object is fire
LISTS = "unrest"  # data/en/unrest.yaml: ``dying_verbs``, ``harm_clause_verbs``


def _force_noun(token: Token) -> bool:
    """A noun the registry knows as the state's forces ("police", "soldiers", "security forces")."""
    nouns = load_lexicon().generic_nouns
    return any(nouns.get(fold(form)) in FORCE_TYPES for form in (token.lower_, token.lemma_.lower()))


def _doers(verb: Token) -> list[Token]:
    """A verb's doers: its subject, or its agent's object when it is passive ("shot by police")."""
    return [c for c in verb.children if c.dep_ == DOER_DEP] + [
        o for c in verb.children if c.dep_ == AGENT_DEP for o in c.children]


def _cause_clauses(dying: Token) -> list[Token]:
    """The harm clauses that tell why a dying word's subject died: "died [after being shot by police]",
    "died [when police opened fire on the march]". A clause of any other verb ("died after police arrived",
    "died after a long illness") tells no force used on the dead."""
    clauses = [c for c in dying.children if c.dep_ in CAUSE_CLAUSE_DEPS]
    clauses += [c for p in dying.children if p.dep_ == CAUSE_PREPOSITION_DEP
                for c in p.children if c.dep_ in CAUSE_CLAUSE_DEPS]
    harm = words(LISTS, "harm_clause_verbs")
    return [c for c in clauses if c.lemma_.lower() in harm
            or any(o.dep_ == "dobj" and o.lemma_.lower() == FIRE_OBJECT for o in c.children)]


def killed_by_force(casualty: Token) -> bool:
    """Whether a casualty word's doer is the state's forces: its subject, its agent's object, the subject
    of the verb it is coordinated with, or for a dying word ("died", whose subject is the dead) the doer of
    the clause that tells its cause."""
    if casualty.lemma_.lower() in words(LISTS, "dying_verbs"):
        return any(_force_noun(d) for c in _cause_clauses(casualty) for d in _doers(c))
    heads = [casualty, casualty.head] if casualty.dep_ == CONJUNCT_DEP else [casualty]
    doers = [c for h in heads for c in h.children if c.dep_ == DOER_DEP]
    doers += [o for c in casualty.children if c.dep_ == AGENT_DEP for o in c.children]
    return any(_force_noun(d) for d in doers)


def outcome_type(cause: str, casualty: Token) -> str | None:
    """The type a protest word of type ``cause`` takes from a casualty word of its sentence, if any."""
    return EXCESSIVE if cause == PEACEFUL and killed_by_force(casualty) else None


def with_force_toll(mention: EventMention, retype: Callable[[EventMention, str], EventMention]) -> EventMention:
    """A merged peaceful protest with the state's forces among its doers and dead not of the force, as
    excessive force; any other incident as it is."""
    if mention.type != PEACEFUL or mention.background:
        return mention
    if not any(a.role is Role.INITIATOR and state_force(a) for a in mention.actors):
        return mention
    rule = load_taxonomy().get(INTERVENTION).fatal
    own = set(rule.unless) if rule is not None else set()
    dead = [c for c in mention.counts if c.what == KILLED and (c.value or c.low)]
    if not any(not (set(_words(c.evidence[0].text if c.evidence else "")) & own) for c in dead):
        return mention
    return retype(mention, EXCESSIVE)


def _words(text: str) -> list[str]:
    """The lower-cased words of a toll's evidence, plural "s" dropped ("policemen" stays, "officers": "officer")."""
    return [plain_singular(w) for w in text.lower().split()]
