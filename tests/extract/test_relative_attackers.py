"""Those a force killed, told by their own relative clause as the attackers: "soldiers killed 12 militants
who attacked their base". The killing answers their attack, and ACLED codes the attacker as actor 1
whoever prevailed; the force that killed them is the target. A relative clause of no attack ("who were
hiding"), or of an attack they suffered ("who had been attacked"), keeps the killers the doers.

Sentences written for these tests (fiction in the style of news), from several conflicts and outlets.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, incident_telling, names_in

from sitreps.models import Role

TOLD_ATTACKING = [
    ("Soldiers killed 12 militants who attacked their base in Diffa on Sunday, the army said.", "killed",
     "12 militants", "Soldiers"),
    ("Kenyan troops killed nine al-Shabaab fighters who ambushed a convoy near Lamu, the military said.",
     "killed", "nine al-Shabaab fighters", "Kenyan troops"),
    ("Police shot dead four gunmen who had raided a checkpoint outside Tillaberi on Monday.", "shot dead",
     "four gunmen", "Police"),
]

NO_ATTACK_OF_THEIRS = [
    ("Soldiers killed 12 militants who were hiding in a forest near Diffa on Sunday, the army said.", "killed",
     "Soldiers"),
    ("Troops killed six rebels who had been attacked by a rival faction near Beni on Friday.", "killed", "Troops"),
]


@pytest.mark.parametrize(("text", "word", "attackers", "force"), TOLD_ATTACKING)
def test_those_told_attacking_did_it(extract: Extract, text: str, word: str, attackers: str, force: str) -> None:
    killing = incident_telling(extract(text), word, text)
    assert names_in(killing, Role.INITIATOR)[:1] == [attackers]
    assert force in names_in(killing, Role.TARGET)


@pytest.mark.parametrize(("text", "word", "force"), NO_ATTACK_OF_THEIRS)
def test_a_clause_of_no_attack_keeps_the_killers(extract: Extract, text: str, word: str, force: str) -> None:
    killing = incident_telling(extract(text), word, text)
    assert names_in(killing, Role.INITIATOR)[:1] == [force]
