"""Round 27 (issue #13 "Actors"): "a car bomb killed nine people, police said, blaming al-Shabaab".

A participle of blame on the act's clause, or on the verb that reports it, names who the source holds
responsible: the act's doer when its own clause names none (``extract.claimants``). Sentences written for
these tests, in wire style from several conflicts; near misses after.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role


def _doers(events: list[EventMention], type_id: str) -> list[str]:
    acts = [m for m in events if m.type == type_id]
    assert acts, [(m.type, m.trigger.text) for m in events]
    return [a.name.lower() for m in acts for a in m.actors if a.role is Role.INITIATOR]


@pytest.mark.parametrize(("text", "type_id", "doer"), [
    ("A car bomb killed nine people at a checkpoint in Mogadishu on Sunday, police said, blaming al-Shabaab.",
     "remote_explosive", "al-shabaab"),
    ("A drone attack on a wedding in North Kordofan killed 22 people, a local rights group said, blaming the RSF.",
     "air_drone_strike", "rsf"),
    ("Shelling killed 15 people in a market in El Fasher on Monday, local officials said, blaming the "
     "paramilitary forces.", "shelling_missile_attack", "paramilitary forces"),
])
def test_the_party_blamed_in_passing_is_the_doer(extract: Extract, text: str, type_id: str, doer: str) -> None:
    assert any(doer in d for d in _doers(extract(text), type_id))


def test_a_blame_for_something_else_names_no_doer(extract: Extract) -> None:
    text = ("A car bomb killed nine people at a checkpoint in Mogadishu on Sunday, residents said, blaming the "
            "government for the lack of security.")
    assert not any("government" in d for d in _doers(extract(text), "remote_explosive"))


def test_a_doer_the_clause_names_stays(extract: Extract) -> None:
    text = "Gunmen killed nine people at a checkpoint in Mogadishu on Sunday, police said, blaming al-Shabaab."
    doers = _doers(extract(text), "attack_on_civilians")
    assert doers and "gunmen" in doers[0], doers
