"""Whether a verb tells the defence against an attack: "repelled", "foiled", and the phrasal ones
reports use as often ("fought off an attack by bandits", "beat back an Islamic State raid", "held off a
Russian assault"), which need the attack they met as object ("fought back against X" answers one). Their
subject met the attack; the attack's doer is its initiator, as ACLED codes the attacker first
(``defence_sides``, ``arguments``). A phrasal verb counts only with its particle: "held a rally", "beat a
prisoner" and "fought for the town" tell no defence.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.slots import ROLE_LISTS

# Dependency labels the parser gives a verb's particle ("fought off", "beat back").
PARTICLE_DEPS = frozenset({"prt", "advmod"})
# The phrase a phrasal verb of defence needs for the assault it met ("beat back [a raid]", "[the raid] was
# beaten back"): without one, "soldiers fought back against militants" answers an attack (``defence_sides``)
# and "fought its way back into the town" is an advance.
MET_DEPS = frozenset({"dobj", "nsubjpass"})
# How the parser hangs the defender on a verb of defence it read as a noun ("Army repels assault"): as its
# compound or subject, or as another compound of the attack noun ("Police foil attack").
DEFENDER_DEPS = frozenset({"compound", "nsubj"})


def misread_defence(modifier: Token) -> bool:
    """A verb of defence the tagger read as a noun before the attack it met, as it does in a headline ("Army
    repels assault on Djibo", "Police foil attack on station"): a compound of the event noun whose lemma is
    one of ``repelling_verbs``."""
    return modifier.dep_ == "compound" and modifier.i < modifier.head.i and (
        modifier.lemma_.lower() in words(ROLE_LISTS, "repelling_verbs")
        or modifier.lower_ in words(ROLE_LISTS, "repelling_verbs"))


def defenders_before(noun: Token) -> list[Token]:
    """Who met the attack a misread verb of defence tells (``misread_defence``): the words before that verb,
    hung on it or on the attack noun ("[Army] repels assault", "[Police] foil attack"). They suffered the
    attack; its doer is named, if at all, after the verb ("Troops repel [Boko Haram] attack")."""
    verb = next((c for c in noun.children if misread_defence(c)), None)
    if verb is None:
        return []
    return [t for t in (*verb.children, *noun.children) if t.i < verb.i and t.dep_ in DEFENDER_DEPS]


def repels(verb: Token) -> bool:
    """A verb of defence: one of ``repelling_verbs``, or a verb of ``repelling_phrasal_verbs`` with its particle."""
    lemma = verb.lemma_.lower()
    if lemma in words(ROLE_LISTS, "repelling_verbs"):
        return True
    if lemma not in words(ROLE_LISTS, "repelling_phrasal_verbs"):
        return False
    children = list(verb.children)
    assaults = words(ROLE_LISTS, "assault_words")
    return any(c.dep_ in MET_DEPS and c.lemma_.lower() in assaults for c in children) and any(
        c.dep_ in PARTICLE_DEPS and c.lower_ in words(ROLE_LISTS, "repelling_particles") for c in children)
