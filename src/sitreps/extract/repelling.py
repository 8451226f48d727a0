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
