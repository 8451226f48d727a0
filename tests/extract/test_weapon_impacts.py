"""A weapon that hits, lands or slams into a place is an attack by that weapon.

"A missile hit an apartment block", "two drones hit a fuel depot", "mortar shells landed on the
market": the weapon is the subject of a verb of impact, and no attack verb is said. The weapon
names the ACLED sub-type (shelling/missile for ground fire, air/drone strike for drones and
aircraft); "hit" alone is no trigger ("hit by sanctions", "hit a record").
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(("text", "type_id"), [
    ("Two drones hit a fuel depot in the city of Vesk overnight, the regional governor said.", "air_drone_strike"),
    ("A ballistic missile hit an apartment block in the port city of Sorel on Thursday, killing six.",
     "shelling_missile_attack"),
    ("Mortar shells landed on the central market of Hora on Sunday, wounding 14 people.",
     "shelling_missile_attack"),
    ("Several rockets slammed into a residential district of Tarn shortly after midnight.",
     "shelling_missile_attack"),
])
def test_a_weapon_that_hits_is_an_attack_by_it(extract: Extract, text: str, type_id: str) -> None:
    types = [m.type for m in extract(text)]
    assert type_id in types, types


@pytest.mark.parametrize("text", [
    "The economy of Vesk was hit hard by the sanctions imposed last year.",
    "Exports of the company's drones hit a record in the first quarter, the ministry said.",
])
def test_hit_without_a_weapon_hitting_is_no_attack(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert "air_drone_strike" not in types and "shelling_missile_attack" not in types, types
