"""A verb whose subject names the doers by the act they did ("the attackers", "the assailants", "the raiders")
speaks again of that act: what they did next in the same raid (burning homes, looting a clinic) is part of the
incident, as ACLED codes property destruction only where it stands alone. The subject may be shared with an
earlier verb of the sentence ("The attackers arrived at dusk ... and set fire to homes"); they are the doers of the
incident told just before, not of a headline's first one. Round 27, issue #13 (wire parts g and s).

Every text here is fiction written for these tests, in the styles of Congolese, Burkinabe, Nigerian and Mozambican
wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract


def _rows(events: list) -> list[tuple[str, str]]:
    return [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize("text", [
    ("Suspected rebels killed at least 14 villagers in an overnight raid on Mbau, local officials said on Sunday. "
     "The attackers arrived shortly after midnight, went from door to door and set fire to dozens of homes."),
    ("Gunmen killed nine people in an attack on a market in Djibo on Friday, security sources said. The assailants "
     "looted shops and burned a health centre, residents said."),
    ("Insurgents killed six farmers near Macomia on Tuesday, police said. The raiders also torched a primary school, "
     "a local administrator said."),
])
def test_the_doers_next_acts_are_part_of_their_attack(extract: Extract, text: str) -> None:
    events = [m for m in extract(text) if m.acled is not None]
    assert [m.type for m in events] == ["attack_on_civilians"], _rows(events)


def test_a_crowd_that_burns_is_still_its_own_incident(extract: Extract) -> None:
    text = ("Gunmen killed five villagers near Gwoza on Monday, police said. On Wednesday, angry protesters set fire "
            "to the local government office in Maiduguri over the killings.")
    types = {m.type for m in extract(text) if m.acled is not None}
    assert "attack_on_civilians" in types and len(types) >= 2, types


def test_the_doers_refer_to_the_incident_told_just_before(extract: Extract) -> None:
    """In a round-up the attackers are those of the incident told last, not of the headline's first incident."""
    text = ("Army repels assault on Kaya, gunmen kill villagers in Dori\n\n"
            "Soldiers repelled an assault on their base in Kaya on Sunday, the army said. "
            "Separately, gunmen killed at least 11 villagers in a hamlet near Dori on Sunday, residents said. "
            "The attackers arrived on motorbikes and set fire to granaries, a resident said.")
    events = [m for m in extract(text) if m.acled is not None]
    killing = [m for m in events if m.type == "attack_on_civilians"]
    assert len(killing) == 1, [(m.type, m.trigger.text) for m in events]
    assert "set fire to" in [r.text for r in killing[0].retellings], killing[0].retellings
