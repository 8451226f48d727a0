"""A taking that names who acts in the story ("the gang behind the kidnapping") is no abduction row.

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(("text", "main"), [
    # Italy/Sahel: attackers linked to an earlier kidnapping
    ("Two soldiers died on Thursday in an attack by gunmen linked to the kidnapping of the Italian priest, "
     "officials said.", "armed_clash"),
    # DR Congo: a militia known for an abduction attacks a camp
    ("The militia responsible for the abduction of 40 villagers in Ituri attacked a displacement camp on "
     "Tuesday, killing 19 people.", "attack_on_civilians"),
    # Nigeria: airstrikes on the gang behind a school kidnapping
    ("Airstrikes hit the hideout of the gang behind the kidnapping of schoolchildren in Kuriga, killing 20 "
     "bandits on Monday, the air force said.", "air_drone_strike"),
    # Mexico: a gunfight with a gang described by a past kidnapping
    ("A gunfight broke out on Friday between police and a gang that had kidnapped a businessman, leaving two "
     "officers dead.", "armed_clash"),
])
def test_a_taking_that_describes_a_doer_is_no_abduction_row(extract: Extract, text: str, main: str) -> None:
    events = extract(text)
    assert any(m.type == main for m in events), [(m.type, m.trigger.text) for m in events]
    assert not [m for m in events if m.type == "abduction"], [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize("text", [
    # near miss: the taking is the news, and its takers are described by it elsewhere
    "Gunmen kidnapped 20 students in Kaduna on Monday. The gang behind the kidnapping demanded a ransom on "
    "Wednesday, parents said.",
    # near miss: victims of a kidnapping, not doers
    "Police said on Sunday that the victims of the kidnapping in Zamfara were all farmers.",
    # near miss: a gang described by a taking dated in its own clause is reported with it
    "Police clashed on Friday with a gang that kidnapped a businessman in Toluca on Wednesday, leaving two "
    "officers dead.",
])
def test_a_reported_taking_stays(extract: Extract, text: str) -> None:
    events = extract(text)
    assert any(m.type == "abduction" for m in events), [(m.type, m.trigger.text) for m in events]
