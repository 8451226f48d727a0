"""The body reporting a defence is no side of it when the defence names its own defenders (issue 13).

"Ukraine's General Staff did not confirm the loss, saying its troops were still repelling assaults":
the troops met the assaults; the General Staff only speaks. A verb of defence with a subject of its own
borrows no other from the clause it is reported in (``arguments.trigger_slots``). A defence verb with
no subject of its own still takes the one it shares ("troops arrived and repelled the assault").
Every sentence here was written for sitreps.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

REPORTED_DEFENCES = [
    ("Ukraine's General Staff did not confirm the loss, saying its troops were still repelling assaults near the"
     " village.", "General Staff"),
    ("Sudan's army said its soldiers were still fighting off attacks near the town.", "Sudan's army"),
    ("Armenia's defence ministry rejected the claim, saying its units were still repulsing attacks near the"
     " border.", "defence ministry"),
    ("The Nigerian army dismissed the claim, saying its troops were repelling waves of attacks near Malam"
     " Fatori.", "Nigerian army"),
    ("Colombia's defence ministry disputed the account, saying its soldiers had repelled an assault near the"
     " river.", "defence ministry"),
]


def _defence_sides(extract: Extract, text: str) -> list[str]:
    fights = [m for m in extract(text) if m.type == "armed_clash"]
    assert fights, "the sentence must hold the defence for this test to mean anything"
    return [a.name for m in fights for a in m.actors]


@pytest.mark.parametrize(("text", "speaker"), REPORTED_DEFENCES)
def test_the_speaker_is_no_side(extract: Extract, text: str, speaker: str) -> None:
    assert not [name for name in _defence_sides(extract, text) if speaker in name]


def test_a_shared_subject_still_defends(extract: Extract) -> None:
    assert "Troops" in _defence_sides(extract, "Troops arrived and repelled the assault on the base, the army said.")


def test_its_own_defenders_stay(extract: Extract) -> None:
    text = "The Malian junta denied the report, saying its soldiers had repelled a jihadist assault on the camp."
    assert {"soldiers", "jihadist"} <= set(_defence_sides(extract, text))
