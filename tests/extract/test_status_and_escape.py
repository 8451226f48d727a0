"""People named by what they went through, and doers escaping after their act, are no displacement.

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize("text", [
    "Aid trucks reached a camp for displaced families outside Kaga Bandoro on Tuesday, the UN said.",
    "Militiamen attacked a settlement of internally displaced persons near Djugu on Sunday, officials said.",
    "The governor visited displaced farmers sheltering in schools in Maiduguri on Thursday.",
])
def test_displaced_as_a_description_is_no_displacement(extract: Extract, text: str) -> None:
    assert not any(m.type == "displacement" for m in extract(text))


@pytest.mark.parametrize("text", [
    "Gunmen stormed the market in Maro and killed seven traders. The attackers burned a grain store "
    "before fleeing into the bush, a district official said.",
    "Assailants on motorbikes shot dead a village chief in Tillaberi on Friday and fled towards the border.",
    "Militants torched two churches in Kirinyaga on Saturday before fleeing into the forest, police said.",
])
def test_doers_fleeing_after_their_act_is_no_displacement(extract: Extract, text: str) -> None:
    assert not any(m.type == "displacement" for m in extract(text))


@pytest.mark.parametrize("text", [
    # near misses: civilians who flee, or are displaced, are displacement
    "Thousands of villagers fled their homes in Kaya after militants attacked the town on Sunday, officials said.",
    "More than 2,000 people have been displaced by fighting in Rutshuru since Monday, the UN said.",
])
def test_civilians_driven_out_are_displacement(extract: Extract, text: str) -> None:
    assert any(m.type == "displacement" for m in extract(text))
