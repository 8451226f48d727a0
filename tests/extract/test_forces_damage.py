"""Damage the state's forces do is theirs, not a protest's violence: "soldiers torched homes" in a village
and "students marched" in the capital a day later are two incidents, however close their days. Damage
by the crowd, or by no one named, still joins the protest as a riot. Sentences written for these tests
(fiction in the style of news)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

DESTRUCTION = "looting_property_destruction"


@pytest.mark.parametrize("text", [
    ("Troops burn market stalls in Odeni\n\n"
     "Troops burned dozens of market stalls in the town of Odeni on Friday, traders said. In the capital, "
     "teachers staged a peaceful rally on Saturday to demand back pay."),
    ("Police raze shacks in Verlo settlement\n\n"
     "Police officers demolished hundreds of shacks in the Verlo settlement on Tuesday, residents said. Hundreds "
     "of students marched through the city centre on Wednesday against tuition fees."),
])
def test_damage_by_the_state_stays_its_own(extract: Extract, text: str) -> None:
    types = {m.trigger.text: m.type for m in extract(text)}
    assert DESTRUCTION in types.values(), types
    assert "violent_demonstration" not in types.values(), types


def test_damage_by_the_crowd_is_the_riot(extract: Extract) -> None:
    text = ("Protesters torch cars in Lormont\n\n"
            "Thousands of protesters marched through Lormont on Sunday against a rise in bread prices, and some "
            "torched cars near the town hall.")
    types = [m.type for m in extract(text)]
    assert "violent_demonstration" in types, types
