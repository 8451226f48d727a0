"""A protest broken up with deaths is excessive force against protesters, not a protest with intervention.

ACLED's codebook keeps "protest with intervention" for a crowd the authorities disperse without deadly
force; once the force kills, the event is "excessive force against protesters". Reports tell the dispersal
in one word (dispersed, tear gas, baton charge) and the dead in another, so the mention takes the fatal
type from its toll (``fatal`` of ``protest_with_intervention`` in data/taxonomy.yaml). Dead police, a
toll of wounded only, or a toll denied leave the intervention alone. Every article here is fiction
written for these tests, in the style of wire and local copy, from several countries.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

INTERVENTION = "protest_with_intervention"
EXCESSIVE = "excessive_force_against_protesters"


@pytest.mark.parametrize("text", [
    ("Riot police dispersed a rally of miners in Potosi on Friday. One demonstrator was killed and 12 were "
     "hurt, the ombudsman said."),
    ("Security forces broke up a sit-in outside the governor's office in Kassala on Sunday, killing three "
     "people, activists said."),
    ("At least four people were killed when soldiers dispersed a crowd of students protesting fuel prices in "
     "Conakry on Monday."),
    ("Police used batons and tear gas to break up a march of farmers near Amritsar on Thursday; a 60-year-old "
     "farmer died of his injuries."),
    ("Troops fired tear gas at thousands of demonstrators in Mandalay on Saturday, and one young man was "
     "killed, witnesses said."),
])
def test_a_dispersal_that_kills_is_excessive_force(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert EXCESSIVE in types and INTERVENTION not in types, types


@pytest.mark.parametrize("text", [
    ("Police fired tear gas to disperse hundreds of teachers who marched in Nairobi on Monday; nine people "
     "were injured."),
    "Riot police dispersed a rally of pensioners in Yerevan on Friday. No one was killed, officials said.",
    "Police used water cannon to break up a protest by taxi drivers in Dakar on Wednesday, arresting 20.",
    ("Protesters stoned a police station in Kisumu on Thursday and police fired tear gas; a policeman was "
     "killed."),
])
def test_a_dispersal_without_protesters_dead_stays_an_intervention(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert INTERVENTION in types and EXCESSIVE not in types, types


def test_a_killing_told_apart_is_not_the_dispersal(extract: Extract) -> None:
    text = ("Police fired tear gas at students in Kampala on Tuesday. Separately, gunmen killed two traders in a "
            "market in the north of the country.")
    types = [m.type for m in extract(text)]
    assert INTERVENTION in types and EXCESSIVE not in types, types
