"""A pronoun subject of a reported clause told before its speaker ("They abducted 80 pupils, police said")
stands for someone told earlier, not the speaker; told after it ("the army said it had shelled") or in the
first person ("We shelled their positions, the army said") it stands for the speaker.

Sentences written for these tests (fiction in the style of news).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import Role


def _initiators(extract: Extract, text: str, type_id: str) -> list[str]:
    return [a.evidence[0].text for m in extract(text) if m.type == type_id
            for a in m.actors if a.role == Role.INITIATOR]


@pytest.mark.parametrize(("text", "type_id", "speaker"), [
    ("Armed men stormed a boarding school in Katsina on Friday. They abducted more than 80 pupils, police said.",
     "abduction", "police"),
    ("Militiamen set up a roadblock near Djugu on Sunday. They kidnapped six traders, local officials said.",
     "abduction", "officials"),
    ("Unknown gunmen entered the village of Tinfa at dawn. They killed nine farmers, the governor said.",
     "attack_on_civilians", "governor"),
])
def test_a_pronoun_before_its_speaker_is_not_the_speaker(extract: Extract, text: str, type_id: str,
                                                       speaker: str) -> None:
    assert not any(speaker in name for name in _initiators(extract, text, type_id))


@pytest.mark.parametrize(("text", "type_id", "speaker"), [
    ("The army said it had arrested three rebel commanders near Beni on Tuesday.", "arrest", "army"),
    ("We detained four smugglers at the Torkham crossing on Monday, the border police said.", "arrest",
     "border police"),
])
def test_a_pronoun_after_its_speaker_or_in_the_first_person_is_the_speaker(
        extract: Extract, text: str, type_id: str, speaker: str) -> None:
    assert any(speaker in name for name in _initiators(extract, text, type_id))
