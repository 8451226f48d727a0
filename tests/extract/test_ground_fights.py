"""A ground fight that air strikes or shelling support is an armed clash, not remote violence.

ACLED codes remote violence (air/drone strikes, shelling) where one side strikes from afar with no
ground fight; when a sentence tells two armed sides fighting ("clashed", "battled", "heavy fighting")
and the strikes that backed one of them, the event is the clash. Strikes told on their own, or a fight
told apart (another sentence, or "days after clashes"), keep their types. Sentences written for these
tests (fiction in the style of news, from several conflicts).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

CLASH = "armed_clash"
REMOTE = {"air_drone_strike", "shelling_missile_attack"}


@pytest.mark.parametrize("text", [
    ("Clashes between the army and the Kivu Liberation Front raged for a second day near Masisi on Monday, as "
     "army helicopters carried out air strikes on rebel positions, residents said."),
    ("Government troops backed by drone strikes clashed with jihadist fighters on the outskirts of Tessit "
     "overnight, leaving at least nine fighters dead, a security source said."),
    ("Fighters of the Chin National Army battled junta soldiers for control of a hilltop camp near Falam on "
     "Saturday, and the military called in fighter jets to support its troops, a local outlet reported."),
    ("Heavy fighting broke out between separatist militiamen and soldiers near the town of Bamessing on Friday, "
     "with the army shelling the hills where the militiamen were dug in, a local official said."),
])
def test_a_supported_ground_fight_is_a_clash(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert CLASH in types, types
    assert not REMOTE & set(types), types


@pytest.mark.parametrize("text", [
    ("A drone struck a pickup truck carrying two commanders of the Kivu Liberation Front near Masisi on "
     "Thursday, killing both men, days after clashes in the area, a spokesman for the group said."),
    ("Fighter jets bombed a camp of jihadist fighters near Tessit on Friday, killing dozens of them, the army "
     "said in a statement."),
])
def test_strikes_told_on_their_own_stay_remote(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert "air_drone_strike" in types, types


def test_a_participle_of_past_wars_is_no_fight(extract: Extract) -> None:
    text = ("An air strike hit a clinic in the town of Dorra on Monday, killing 14 people, the deadliest strike "
            "in three wars fought in the region since 2011, health officials said.")
    types = [m.type for m in extract(text)]
    assert "air_drone_strike" in types, types
    assert CLASH not in types, types


def test_a_fight_told_in_another_sentence_leaves_the_shelling(extract: Extract) -> None:
    text = ("The army said dozens of its soldiers had been killed in fierce battles with rebels around Dorra over "
            "the past week. It said army shelling had stopped the rebels from taking positions inside Dorra.")
    types = [m.type for m in extract(text)]
    assert "shelling_missile_attack" in types, types
