"""A passive verb of defence tells the attack it met as the active does: the attacker is the initiator.

"The RSF's assault on El Fasher was repelled by the army" is the RSF's attack on the army (ACLED
codes the attacker as actor 1, whoever prevailed). Every sentence here is fiction written for these
tests, in the style of wire copy from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role


def _named(events: list[EventMention], role: Role) -> str:
    return " | ".join(a.evidence[0].text for m in events for a in m.actors if a.role is role)


@pytest.mark.parametrize(("text", "attacker", "defender"), [
    ("The RSF's assault on El Fasher was repelled by the army on Sunday, a military spokesman said.", "RSF", "army"),
    ("An attack by Fano militiamen on the town of Lalibela was repulsed by federal troops on Friday.", "Fano",
     "troops"),
    ("Al-Shabaab fighters were repelled by Somali soldiers after they stormed a base near Baidoa.", "Shabaab",
     "soldiers"),
])
def test_the_attacker_of_a_repelled_attack_initiates(extract: Extract, text: str, attacker: str,
                                                     defender: str) -> None:
    events = extract(text)
    assert attacker in _named(events, Role.INITIATOR)
    assert defender not in _named(events, Role.INITIATOR)


@pytest.mark.parametrize(("text", "attacker"), [
    ("Troops repelled an attack by jihadists on a checkpoint near Niono on Monday, the army said.", "jihadists"),
    ("Police repulsed gang members who tried to storm the station in Port-au-Prince on Saturday.", "gang members"),
])
def test_the_active_voice_still_reads_the_attacker(extract: Extract, text: str, attacker: str) -> None:
    assert attacker in _named(extract(text), Role.INITIATOR)
