"""People held hostage over a period are a state the story recalls, not an abduction of its own.

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, incident_telling


@pytest.mark.parametrize(("text", "main"), [
    # Sahel: the captors of earlier hostages attack a post
    ("Fighters who had held two aid workers hostage since March attacked an army post near Kidal on Sunday, "
     "killing four soldiers, the army said.", "armed_clash"),
    # Syria: an airstrike on a group that holds journalists
    ("An airstrike on a compound in Idlib killed eight militants on Tuesday. The group has held two "
     "journalists hostage for more than a year.", "air_drone_strike"),
    # Gaza: a strike near where hostages are still held
    ("An Israeli drone strike hit a house in Khan Younis on Monday, killing six people, medics said. "
     "Militants are still holding dozens of captives in the area.", "air_drone_strike"),
    # Colombia: a clash with a front that has held soldiers captive for months
    ("Troops clashed with dissident rebels in Cauca on Friday, leaving three fighters dead, the army said. "
     "The front has been holding four soldiers captive for months.", "armed_clash"),
])
def test_a_hostage_held_over_a_period_is_no_abduction_row(extract: Extract, text: str, main: str) -> None:
    events = extract(text)
    assert any(m.type == main for m in events), [(m.type, m.trigger.text) for m in events]
    assert not [m for m in events if m.type == "abduction"], [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize("text", [
    # near misses: a taking told in this incident stays
    "Gunmen abducted 20 students from a school in Kaduna state on Tuesday, police said.",
    "Five aid workers were kidnapped on Tuesday near Gao, the United Nations said.",
    "Armed men took 30 passengers hostage on a highway in Borno on Wednesday.",
    # a hold told on its day is the hostage-taking itself
    "Gunmen held 14 bank staff hostage for six hours in Medellin on Thursday before police stormed the branch.",
    "Bandits held 12 villagers hostage in Zamfara on Monday, police said.",
    # a hold that is a step of the story's own act, hung on "after"
    "A gunman was shot dead by police in Lyon on Friday after holding 12 customers hostage in a pharmacy "
    "for hours, prosecutors said.",
])
def test_a_taking_told_as_news_stays(extract: Extract, text: str) -> None:
    events = extract(text)
    assert any(m.type == "abduction" for m in events), [(m.type, m.trigger.text) for m in events]


def test_a_hold_that_retells_the_story_taking_stays(extract: Extract) -> None:
    # near miss: a release story; the hold retells the kidnapping the article tells, and keeps its victim
    text = ("Bandits kidnapped a Catholic priest in Enugu state on April 2, police said. Father Okafor was "
            "released on Sunday after being held hostage for three weeks by the gang, the diocese said.")
    assert incident_telling(extract(text), "held hostage", text).type == "abduction"
