"""A killing stays an event when its sentence tells what its victims were accused of.

A casualty word beside another violent word is usually that event's outcome ("an attack killed 12"),
so it was dropped for any violent word of its sentence: "a crowd lynched two men accused of kidnapping
a child" kept only the kidnapping. A violent word in a clause that describes a person ("men accused of
kidnapping", "a suspect who had kidnapped") tells that person's own act, not the cause of the killing.
Sentences written for these tests (fiction in the style of news, from several countries).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

KILLINGS = {"mob_violence", "attack_on_civilians", "excessive_force_against_protesters", "armed_clash"}


@pytest.mark.parametrize(("text", "wanted"), [
    ("An angry crowd lynched two men accused of kidnapping a child in Puebla state on Wednesday before police "
     "could intervene, local media reported.", "mob_violence"),
    ("Villagers beat to death a man suspected of abducting a schoolgirl in the Kisii highlands on Sunday, police "
     "said.", "mob_violence"),
    ("Police shot dead a suspect who had kidnapped a businessman in the city of Owerri on Friday, a police "
     "spokesman said.", None),
])
def test_the_killing_of_an_accused_stays(extract: Extract, text: str, wanted: str | None) -> None:
    types = [m.type for m in extract(text)]
    assert KILLINGS & set(types), types
    assert wanted is None or wanted in types, types


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 people in an attack on the village of Doruna on Saturday, residents said.",
    "A drone strike on a wedding party killed 14 guests in the village of Amaro on Friday, witnesses said.",
])
def test_a_toll_of_the_sentences_attack_stays_its_outcome(extract: Extract, text: str) -> None:
    assert len(extract(text)) == 1, [(m.type, m.trigger.text) for m in extract(text)]


def test_a_killing_with_no_doer_stays_the_incidents_toll(extract: Extract) -> None:
    text = ("All 14 gunmen involved in the attack on the Doruna market have been killed, the army said on "
            "Wednesday.")
    found = extract(text)
    assert len(found) == 1, [(m.type, m.trigger.text) for m in found]
