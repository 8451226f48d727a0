"""Round 27 (issue #13 "Actors"): "armed men believed to belong to the ELN kidnapped a councillor".

The parser makes "believed" the clause's verb, its subject "armed men" and the kidnapping its complement, so
the men were read as the speaker of a belief and the kidnapping had no doer (wire dev). A verb of saying or
believing with a "to be"/"to belong" complement only describes its subject. Sentences written for these
tests, in wire style from several conflicts; near misses after.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role


def _doers(events: list[EventMention]) -> list[str]:
    return [a.name.lower() for m in events for a in m.actors if a.role is Role.INITIATOR]


@pytest.mark.parametrize(("text", "doer"), [
    ("Separately, armed men believed to belong to the ELN kidnapped a municipal councillor from his farm "
     "outside Saravena on Sunday, his family said.", "armed men"),
    ("Gunmen believed to be members of a local militia killed 12 villagers in Bokkos on Monday.", "gunmen"),
    ("Fighters said to be loyal to the warlord abducted two aid workers near Baidoa on Friday.", "fighters"),
])
def test_a_described_doer_is_no_speaker(extract: Extract, text: str, doer: str) -> None:
    events = extract(text)
    assert any(doer in d for d in _doers(events)), [(m.type, m.actors) for m in events]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Police believed the gunmen killed 12 villagers in Bokkos on Monday.", "police"),
    ("The army said militants killed 12 villagers in Bokkos on Monday.", "army"),
])
def test_a_speaker_of_a_belief_stays_no_doer(extract: Extract, text: str, speaker: str) -> None:
    events = extract(text)
    assert not any(speaker in d for d in _doers(events)), [(m.type, m.actors) for m in events]
