"""A speaker's own forces and weapons: "Baku said its troops attacked", "Kyiv said its drones struck".

The possessive names the speaker's side; a bare "troops" read with the sentence's countries took the
other side's demonym ("Armenian positions") and swapped the roles. A capital another authority holds
speaks for that authority ("Sanaa said": the Houthis). Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role


def initiators(events: list[EventMention]) -> list[str | None]:
    return [a.actor_id for m in events for a in m.actors if a.role == Role.INITIATOR]


@pytest.mark.parametrize(("text", "actor_id"), [
    ("Baku said its troops had attacked Armenian separatist positions in Karabakh on Tuesday.", "az-armed-forces"),
    ("Moscow said its forces had shelled Ukrainian positions near Bakhmut on Friday.", "ru-armed-forces"),
    ("Sanaa said its forces had downed an American drone over Marib province on Friday.", "ye-houthis"),
    ("Sanaa said on Tuesday it had struck a cargo ship in the Red Sea with two missiles.", "ye-houthis"),
    ("Kyiv said its drones had struck an oil depot in Bryansk overnight.", "ua-government"),
    ("Tehran said its missiles had hit Israeli air bases on Tuesday night.", "ir-government"),
    ("Israel said its strike had killed a senior Hezbollah commander in Beirut on Tuesday.", "il-government"),
    ("The Houthis said their attack had set a Greek tanker ablaze in the Red Sea.", "ye-houthis"),
])
def test_a_speakers_own_forces_are_its_side(extract: Extract, text: str, actor_id: str) -> None:
    found = initiators(extract(text))
    assert actor_id in found, found


@pytest.mark.parametrize(("text", "wrong"), [
    ("Baku said its troops had attacked Armenian separatist positions in Karabakh on Tuesday.", "am-armed-forces"),
    ("Moscow said its forces had shelled Ukrainian positions near Bakhmut on Friday.", "ua-armed-forces"),
    ("Sanaa said its forces had downed an American drone over Marib province on Friday.", "us-armed-forces"),
])
def test_the_other_sides_demonym_never_owns_them(extract: Extract, text: str, wrong: str) -> None:
    assert wrong not in initiators(extract(text))


@pytest.mark.parametrize(("text", "speaker", "doer"), [
    ("The governor said Russian drones had struck an oil depot in Belgorod overnight.", "governor", "ru-armed-forces"),
    ("Moscow said Ukrainian drones had attacked a refinery in Tuapse.", "ru-government", "ua-armed-forces"),
    ("The army said its soldiers had come under attack from militants near Niono on Monday.", "army",
     "new:militants"),
])
def test_near_misses_keep_the_speaker_apart(extract: Extract, text: str, speaker: str, doer: str) -> None:
    found = initiators(extract(text))
    assert doer in found and not any(speaker in str(a) for a in found), found

