"""Destruction chained by "after"/"before" to an attack on civilians by the same side is that attack.

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

DESTRUCTION = "looting_property_destruction"


@pytest.mark.parametrize("text", [
    "Camp attack in Djugu\n\nAt least 12 people were burned alive after their shelters were set on fire at a camp "
    "near Djugu on Monday, local officials said.",
    "Gunmen looted shops before killing five traders at the Maiduguri cattle market on Friday, residents said.",
    "Militiamen torched a school in Ituri on Saturday before shooting dead four teachers, the army said.",
])
def test_the_destruction_an_attack_on_civilians_did_is_that_attack(extract: Extract, text: str) -> None:
    events = extract(text)
    assert [m.type for m in events if m.type in ("attack_on_civilians", DESTRUCTION)] == ["attack_on_civilians"]


def test_looting_after_a_clash_is_its_own_incident(extract: Extract) -> None:
    events = extract("Insurgents looted the market in Gamboru on Sunday after attacking the army base, residents said.")
    assert {m.type for m in events} >= {DESTRUCTION, "armed_clash"}


def test_one_side_s_burning_after_the_other_side_s_shelling_stays_apart(extract: Extract) -> None:
    events = extract("Rebels burned the market of Beni on Monday after the army shelled their camp near Oicha on "
                     "Sunday.")
    assert {m.type for m in events} >= {DESTRUCTION, "shelling_missile_attack"}
