"""A sentence dated by an incident told before it ("on the same day") tells another incident.

A writer who dates a shooting "on the same day" as a shelling told just before has two incidents in mind;
consolidation once joined them by their shared district and day. A comparison ("on the same day as the
vote") dates the incident by something else and keeps it what it was. Every text here is fiction written
for these tests, in the style of wire copy and local press, from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, incident_telling


@pytest.mark.parametrize(("text", "first", "second"), [
    ("On Wednesday a mortar shell landed in a market in Imam Sahib district of Kunduz province, wounding five "
     "people. Unknown gunmen shot and killed a teacher in Imam Sahib district of Kunduz province on the same "
     "day, a police spokesman said.", "mortar shell", "shot"),
    ("Militants fired rockets at an army camp in Bannu on Friday, police said. A roadside bomb wounded two "
     "policemen in Bannu that same day, officials said.", "fired rockets", "roadside bomb"),
    ("A drone struck a fuel depot in Kramatorsk on Sunday, the governor said. Russian shelling hit a school "
     "in Kramatorsk the same night, he said.", "struck", "shelling"),
])
def test_an_incident_dated_by_another_is_another(extract: Extract, text: str, first: str, second: str) -> None:
    events = extract(text)
    assert incident_telling(events, first, text) is not incident_telling(events, second, text)


@pytest.mark.parametrize(("text", "first", "second"), [
    # a comparison dates the attack by the vote: the sentence retells the attack
    ("Gunmen attacked a polling station in Kaduna on Saturday, killing two voters. The attack came on the "
     "same day as the governorship vote, police said.", "attacked", "attack came"),
    # no "same day": the lead's attack and its retelling stay one
    ("Gunmen attacked a polling station in Kaduna on Saturday, killing two voters. The attack on the station "
     "lasted an hour, police said.", "attacked", "attack on"),
])
def test_a_retelling_without_the_cue_stays_one(extract: Extract, text: str, first: str, second: str) -> None:
    events = extract(text)
    assert incident_telling(events, first, text) is incident_telling(events, second, text)
