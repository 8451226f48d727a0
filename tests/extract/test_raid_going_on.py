"""A raid told after its part: "The gunmen also shot dead the imam" after the abduction they carried out (round 29).

ACLED codes one event per incident: bandits who storm a mosque, abduct worshippers and shoot the imam carried
out one raid. Wire copy tells the part first, placed and dated ("abducted 43 worshippers in Kauru on Sunday"),
and then the killing with no place or day of its own, going on from the doers told before ("The gunmen ...
also"), so the killing is the raid whose part the abduction is (``raid_parts``, ``battle_parts``; extract.
battle_strikes.host_going_on, extract.incidents.goes_on). Kept apart: a killing with its own town and day, and
one by doers told afresh. Every article here is fiction written for these tests, from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, incident_telling


@pytest.mark.parametrize(("text", "part", "host"), [
    # an abduction, then the killing of the imam by the same gunmen (Nigeria)
    ("Bandits abducted 43 worshippers from a mosque in Kauru on Sunday, police said. The gunmen also shot dead "
     "the mosque's imam as he tried to flee, residents said.", "abducted", "shot dead"),
    # pupils kidnapped, then a teacher killed (Cameroon)
    ("Separatist fighters kidnapped 30 pupils from a school in Kumbo on Monday, officials said. The fighters, "
     "who came on foot, also killed a teacher, the governor said.", "kidnapped", "killed"),
    # houses burned, then villagers killed by the same militiamen (eastern Congo)
    ("Militiamen burned 40 houses in Djugu on Friday, local officials said. The militiamen also killed seven "
     "villagers, a local chief said.", "burned", "killed"),
])
def test_a_killing_going_on_from_its_raid_is_that_raid(extract: Extract, text: str, part: str, host: str) -> None:
    events = extract(text)
    incident = incident_telling(events, part, text)
    assert incident is incident_telling(events, host, text), [(m.type, m.trigger.text) for m in events]
    assert incident.type == "attack_on_civilians", (incident.type, incident.trigger.text)


@pytest.mark.parametrize(("text", "part", "host"), [
    # the same doers, but a killing of its own town and day
    ("Bandits abducted 43 worshippers from a mosque in Kauru on Sunday, police said. The gunmen also killed "
     "three traders in Bokkos on Wednesday, residents said.", "abducted", "killed"),
    # doers told afresh
    ("Separatist fighters kidnapped 30 pupils from a school in Kumbo on Monday, officials said. Soldiers also "
     "killed a teacher, the governor said.", "kidnapped", "killed"),
])
def test_a_killing_of_its_own_place_or_doers_stays_apart(extract: Extract, text: str, part: str,
                                                          host: str) -> None:
    events = extract(text)
    assert incident_telling(events, part, text) is not incident_telling(events, host, text), \
        [(m.type, m.trigger.text) for m in events]
