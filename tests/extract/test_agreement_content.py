"""What a deal, a truce or a demand asks for is its content, not an incident of its own.

ACLED codes the agreement (or the demand's protest), not the withdrawal it asks, the deployment
it provides for or the fighting it halts. An event noun in the object side of a clause whose
subject is a deal, or under a word of demanding, agreeing or halting, is no row. Acts told as
happening beside a truce stay incidents. Every text here is fiction written for these tests, in
the style of news copy from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention


def told(events: list[EventMention]) -> list[tuple[str, str]]:
    return [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize(("text", "content"), [
    # the terms of a deal: the clause's subject is the deal
    ("The accord signed in Lusaka on Friday demands the withdrawal of the Kivu Defence Front from the towns "
     "it holds, mediators said.", "withdrawal"),
    ("The truce, brokered by Qatar on Sunday, calls for the deployment of monitors along the front line near "
     "Baraka.", "deployment"),
    ("The roadmap includes the withdrawal of foreign fighters from the port of Sirta within ninety days, "
     "the envoy told reporters in Geneva on Thursday.", "withdrawal"),
    # a demand: what is demanded has not happened
    ("Students in Omdara demanded the withdrawal of troops from the university campus on Tuesday.", "withdrawal"),
    ("Church leaders in Port Salut appealed for the deployment of police units to the southern districts on "
     "Wednesday.", "deployment"),
    # what a deal halts
    ("Under the deal, the rebel alliance agreed to a halt to attacks on aid convoys near Garo, officials "
     "said on Monday.", "attacks"),
])
def test_the_content_of_a_deal_or_demand_is_no_incident(extract: Extract, text: str, content: str) -> None:
    events = extract(text)
    assert content not in [m.trigger.text for m in events], told(events)


@pytest.mark.parametrize(("text", "incident"), [
    ("Fighting broke out near Baraka on Sunday despite the truce signed last week, residents said.", "Fighting"),
    ("The ceasefire collapsed on Monday as shelling resumed in the eastern suburbs of Kessa.", "shelling"),
    ("The agreement was signed in Tamba on Monday, a day after clashes in the hills killed nine soldiers.",
     "clashes"),
    ("Rebel fighters began their withdrawal from the town of Ruvo on Monday, three days after the accord was "
     "signed, residents said.", "withdrawal"),
    # what a demand is about is not what it asks
    ("Hundreds of students demanded justice on Friday for the killing of a classmate by police in Kessa.",
     "killing"),
])
def test_acts_told_beside_a_deal_stay_incidents(extract: Extract, text: str, incident: str) -> None:
    events = extract(text)
    assert incident in [m.trigger.text for m in events], told(events)


def test_the_deal_itself_stays(extract: Extract) -> None:
    events = extract("The truce, brokered by Qatar on Sunday, calls for the deployment of monitors along the "
                     "front line near Baraka.")
    assert "ceasefire" in [m.type for m in events], told(events)
