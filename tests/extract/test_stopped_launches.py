"""A launch that only describes the means an interception stopped is no attack of its own
(``extract.stopped_launches``): "air defences shot down 12 drones launched by the rebels" is one
disrupted weapons use by the defenders, whose target is the launcher, not an air strike by the defenders.

Every sentence here is fiction written for these tests, in the styles of wire copy and local papers.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in, only

from sitreps.models import Role

DISRUPTED = "disrupted_weapons_use"


@pytest.mark.parametrize(("text", "defender", "launcher"), [
    ("Armenian troops said they shot down 14 of 20 drones launched by the separatists on Friday.",
     "troops", "separatists"),
    ("The Saudi-led coalition intercepted three ballistic missiles fired by the Houthis toward Najran on "
     "Sunday, state television reported.", "coalition", "Houthis"),
    ("Israeli air defences shot down two drones launched by Hezbollah over the Galilee overnight, the "
     "military said.", "Israeli", "Hezbollah"),
    ("Polish fighter jets intercepted a cruise missile launched by Russia near the border on Tuesday.",
     "jets", "Russia"),
    ("The Indian army said it intercepted six rockets fired by militants across the Line of Control.",
     "army", "militants"),
])
def test_the_interception_is_the_incident(extract: Extract, text: str, defender: str, launcher: str) -> None:
    events = extract(text)
    interception = only(events, DISRUPTED)
    assert any(defender in name for name in names_in(interception, Role.INITIATOR)), interception.actors
    assert any(launcher in name for name in names_in(interception, Role.TARGET)), interception.actors
    assert not any(defender in name for m in events if m.type != DISRUPTED
                   for name in names_in(m, Role.INITIATOR)), [(m.type, m.actors) for m in events]


@pytest.mark.parametrize(("text", "attacker"), [
    ("Russia launched 40 drones at Kharkiv overnight, and air defences shot down 31 of them, the governor said.",
     "Russia"),
    ("Drones launched by the RSF struck a fuel depot in Port Sudan on Sunday, an army spokesman said.", "RSF"),
])
def test_a_launch_told_for_itself_stays_an_attack(extract: Extract, text: str, attacker: str) -> None:
    """Near misses: the launch has a clause of its own, or no interception stopped its means."""
    events = extract(text)
    assert any(attacker in name for m in events if m.type != DISRUPTED for name in names_in(m, Role.INITIATOR)), \
        [(m.type, m.actors) for m in events]
