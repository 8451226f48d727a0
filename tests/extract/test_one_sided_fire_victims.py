"""A one-sided shooting whose dead are civilians is an attack on civilians; a fight between two sides that kills
villagers caught in it stays a clash.

ACLED codes the victims' character: "gunmen opened fire near the market, killing seven herders" is violence
against civilians, though "open fire" and "attack" are the clash's words. Where the act names its target the
clash's retype rules read it; where the dead are only told by a casualty clause ("killing seven herders") the
type's ``fatal`` rule reads them (round 28, issue #13 "Types"). Every sentence here is fiction written for these
tests, in the style of wire copy, from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

ATTACK = "attack_on_civilians"
CLASH = "armed_clash"


def _types(extract: Extract, text: str) -> set[str]:
    return {m.type for m in extract(text)}


@pytest.mark.parametrize("text", [
    # Burkina Faso: gunmen fire on herders
    "Gunmen opened fire near Djibo on Sunday, killing seven herders, a local official said.",
    # Nigeria: attackers strike at dawn and kill villagers
    "Attackers struck at dawn in Bokkos district, killing 12 villagers, residents said.",
    # Mexico: a shooting that kills shoppers
    "Armed men opened fire outside a shop in Celaya late on Sunday, killing five shoppers, police said.",
])
def test_a_one_sided_shooting_that_kills_civilians_is_an_attack(extract: Extract, text: str) -> None:
    types = _types(extract, text)
    assert ATTACK in types and CLASH not in types, types


@pytest.mark.parametrize("text", [
    # Sudan: a fight between two armies that kills villagers caught in it
    "Fighting between the army and the paramilitary force killed 12 villagers near El Obeid on Monday.",
    # Somalia: a named armed target keeps the clash, whoever died
    "Militants opened fire on soldiers at a checkpoint near Afgoye, killing two soldiers and a farmer.",
    # Pakistan: the dead are the force's own
    "Gunmen opened fire on a police patrol in Bannu on Friday, killing three policemen.",
])
def test_a_fight_or_an_armed_target_keeps_the_clash(extract: Extract, text: str) -> None:
    types = _types(extract, text)
    assert CLASH in types and ATTACK not in types, types
