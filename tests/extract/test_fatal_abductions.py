"""An abduction whose toll has dead is an attack, as ACLED's codebook codes it.

ACLED keeps "abduction/forced disappearance" for people taken "without reports of further violence":
a raid that kills some villagers and carries off others is an attack. The abduction mention takes
``attack_on_civilians`` from its toll (``fatal`` of ``abduction`` in data/taxonomy.yaml); dead abductors
(a rescue, a posse) or a toll denied leave the abduction alone. Every article here is fiction written
for these tests, in the style of wire and local copy, from several countries.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

ABDUCTION = "abduction"
ATTACK = "attack_on_civilians"


@pytest.mark.parametrize("text", [
    "Bandits raided the village of Kurmin Masara overnight, killing 11 residents and abducting 20.",
    ("Suspected rebels abducted 15 people and killed four others in an overnight raid on Mangina, a local "
     "official said."),
    "Jihadists abducted 40 women gathering firewood near Djibo; five who resisted were killed, residents said.",
    "Armed herders abducted seven farmers in Benue on Friday and killed two of them, a local chief said.",
])
def test_an_abduction_that_kills_is_an_attack(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert ATTACK in types and ABDUCTION not in types, types


@pytest.mark.parametrize("text", [
    "Armed men abducted 23 passengers from a bus on the highway near Zamfara, police said.",
    ("Kidnappers seized a businessman in Kano on Monday; two of the abductors were killed when police "
     "tracked them down."),
    "Gunmen kidnapped 30 students from a school in Kebbi state on Friday; no one was killed, officials said.",
])
def test_an_abduction_without_victims_dead_stays_an_abduction(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert ABDUCTION in types and ATTACK not in types, types
