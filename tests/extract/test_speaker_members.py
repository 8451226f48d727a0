"""A speaker's own members act for it: "the RSF said its fighters had captured the town" is the RSF's act.

Every sentence here is fiction written for these tests, in the style of wire copy from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role


def _named(events: list[EventMention], role: Role) -> str:
    return " | ".join(f"{a.evidence[0].text} [{a.actor_id}]" for m in events for a in m.actors if a.role is role)


@pytest.mark.parametrize(("text", "speaker"), [
    ("The RSF said its fighters had captured the town of Um Rawaba from the army on Sunday.", "sd-rsf"),
    ("Hezbollah said its fighters fired a barrage of rockets at an Israeli base near Metula.", "lb-hezbollah"),
    ("Al-Shabaab said its militants attacked a military base near Baidoa on Tuesday.", "so-al-shabaab"),
])
def test_the_speakers_members_act_for_it(extract: Extract, text: str, speaker: str) -> None:
    assert speaker in _named(extract(text), Role.INITIATOR)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Three journalists died on Wednesday when their car was hit near Lviv, their employer said.", "employer"),
    ("The Houthis said their drones struck a tanker in the Gulf of Aden on Friday.", "Houthis"),
])
def test_a_possessive_before_no_member_noun_is_not_the_speaker(extract: Extract, text: str, speaker: str) -> None:
    events = extract(text)
    assert speaker not in _named(events, Role.TARGET)
